package vn.campaign.api.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.campaign.api.support.RunningServerTestBase;

/**
 * The photos of the public page as an anonymous visitor gets them over HTTP: a public work's photo is served by
 * the service with its media type; the evidence of a work that is not public — or no longer public — is not
 * served, however its id is come by (listed, guessed next to a public one, malformed), and GraphQL does not list it.
 */
class PublicPhotosIT extends RunningServerTestBase {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void aPublicWorksPhotoIsServedToAnyoneWithItsMediaType() throws Exception {
        PublicData data = new PublicData(url("/graphql"));
        String work = data.approvedWork("18070", PublicData.name("Khánh thành vườn hoa"), "200000000");
        byte[] png = PublicData.png(40, 30, 0x1B5E20);
        String photo = data.photo(work, png, "Vườn hoa sau khánh thành");

        HttpResponse<byte[]> response = anonymousGet("/api/evidence/" + photo);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("image/png");
        assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(response.body()).isEqualTo(png);
        JsonNode listed = anonymousGraphQl(work).path("data").path("node").path("evidence");
        assertThat(listed).hasSize(1);
        assertThat(listed.path(0).path("url").asString()).isEqualTo("/api/evidence/" + photo);
        assertThat(listed.path(0).path("caption").asString()).isEqualTo("Vườn hoa sau khánh thành");
    }

    @Test
    void theEvidenceOfAWorkThatIsNotPublicIsNeitherListedNorServedEvenToAGuessedId() throws Exception {
        PublicData data = new PublicData(url("/graphql"));
        String open = data.approvedWork("18073", PublicData.name("Khánh thành sân chơi"), "150000000");
        String waiting = data.registeredWork("18073", PublicData.name("Khánh thành nhà chờ"), "90000000");
        String publicPhoto = data.photo(open, PublicData.png(20, 20, 0x8B0000), "Sân chơi");
        byte[] secret = PublicData.png(21, 21, 0x4A148C);
        String hidden = data.photo(waiting, secret, "Ảnh chưa công khai");
        data.minutes(waiting);

        assertThat(anonymousGraphQl(waiting).path("data").path("node").isNull()).isTrue();
        assertThat(anonymousGet("/api/evidence/" + hidden).statusCode()).isEqualTo(404);
        List<String> guessed = new ArrayList<>();
        BigInteger near = new BigInteger(publicPhoto, 16);
        for (int step = -8; step <= 24; step++) {
            guessed.add(String.format("%024x", near.add(BigInteger.valueOf(step))));
        }
        assertThat(guessed).as("the hidden photo's id is among the guesses").contains(hidden);
        for (String id : guessed) {
            HttpResponse<byte[]> response = anonymousGet("/api/evidence/" + id);
            if (!id.equals(publicPhoto)) {
                assertThat(response.statusCode()).as("GET /api/evidence/%s", id).isEqualTo(404);
            }
            assertThat(response.body()).as("GET /api/evidence/%s", id).isNotEqualTo(secret);
        }
        for (String malformed : List.of("x", hidden.toUpperCase(), hidden + "0", "..%2f" + hidden, "%20" + hidden)) {
            assertThat(anonymousGet("/api/evidence/" + malformed).statusCode()).as(malformed).isIn(400, 404);
        }
    }

    @Test
    void aPhotoStopsBeingPublicWhenItsWorkIsCancelled() throws Exception {
        PublicData data = new PublicData(url("/graphql"));
        String work = data.approvedWork("18076", PublicData.name("Khánh thành bến thuyền"), "120000000");
        String photo = data.photo(work, PublicData.png(16, 16, 0x004D40), "Bến thuyền");
        assertThat(anonymousGet("/api/evidence/" + photo).statusCode()).isEqualTo(200);

        data.cancel(work, 1, "Dừng do thiếu kinh phí");

        assertThat(anonymousGet("/api/evidence/" + photo).statusCode()).isEqualTo(404);
        assertThat(anonymousGraphQl(work).path("data").path("node").isNull()).isTrue();
    }

    private HttpResponse<byte[]> anonymousGet(String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url("/") + path.substring(1))).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    private JsonNode anonymousGraphQl(String workId) throws IOException, InterruptedException {
        String body = JSON.writeValueAsString(Map.of("query",
                "query($id: ID!) { node(id: $id) { ... on Work { name evidence { url caption contentType } } } }",
                "variables", Map.of("id", workId)));
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(url("/graphql"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return JSON.readTree(response.body());
    }
}
