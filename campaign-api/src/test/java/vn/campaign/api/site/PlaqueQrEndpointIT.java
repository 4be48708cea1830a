package vn.campaign.api.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import vn.campaign.api.support.RunningServerTestBase;

/**
 * {@code GET /api/plaques/{workId}/qr.png} and {@code .svg} on the running service, without a token: the code of
 * an awarded plaque decodes to its work's public page; every other id is 404.
 */
class PlaqueQrEndpointIT extends RunningServerTestBase {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Test
    void anAwardedPlaquesCodeLinksToItsWorksPublicPage() throws Exception {
        PublicData data = new PublicData(url("/graphql"));
        String id = data.approvedWork("18070", PublicData.name("Khánh thành cầu Cày"), "4500000000");
        data.awardPlaque(id);

        HttpResponse<byte[]> png = get("/api/plaques/" + id + "/qr.png");
        HttpResponse<byte[]> svg = get("/api/plaques/" + id + "/qr.svg");

        assertThat(png.statusCode()).isEqualTo(200);
        assertThat(png.headers().firstValue("Content-Type")).hasValue("image/png");
        assertThat(QrImages.decodePng(png.body())).isEqualTo(url("/works/" + id).toString());
        assertThat(svg.statusCode()).isEqualTo(200);
        assertThat(svg.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("image/svg+xml"));
        assertThat(QrImages.decodeSvg(new String(svg.body(), StandardCharsets.UTF_8))).isEqualTo(url("/works/" + id).toString());
    }

    @Test
    void isNotFoundForAWorkWithoutAnAwardedPlaqueAnUnapprovedOneOrNoWork() throws Exception {
        PublicData data = new PublicData(url("/graphql"));
        String approved = data.approvedWork("18070", PublicData.name("Khánh thành nhà văn hóa"), "1200000000");
        String waiting = data.registeredWork("18070", PublicData.name("Khánh thành trường mầm non"), "900000000");
        String event = data.approvedEvent("18070", PublicData.name("Giải bóng đá"), "2022-05-21");

        for (String id : new String[] {approved, waiting, event, "bm90LWEtd29yaw", "V29yazpub3QtYS11dWlk"}) {
            assertThat(get("/api/plaques/" + id + "/qr.png").statusCode()).as(id + ".png").isEqualTo(404);
            assertThat(get("/api/plaques/" + id + "/qr.svg").statusCode()).as(id + ".svg").isEqualTo(404);
        }
    }

    private HttpResponse<byte[]> get(String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url(path).toString())).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }
}
