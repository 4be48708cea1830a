package vn.campaign.api.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import vn.campaign.api.support.RunningServerTestBase;

/**
 * The public site over HTTP without a token: its pages and assets are served to anyone with GET, and only with
 * GET.
 */
class PublicSiteHttpIT extends RunningServerTestBase {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Test
    void servesThePagesAndTheirAssetsToAnonymousReaders() throws Exception {
        HttpResponse<String> home = get("/");
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        assertThat(home.body()).contains("<html lang=\"vi\">").contains("/site/home.js");

        HttpResponse<String> work = get("/works/V29yazpzb21ldGhpbmc");
        assertThat(work.statusCode()).isEqualTo(200);
        assertThat(work.body()).contains("/site/work.js");

        for (String asset : new String[] {"/site/site.css", "/site/site.js", "/site/home.js", "/site/work.js",
            "/webjars/graphiql/2.4.7/graphiql.min.js", "/webjars/react/18.3.1/umd/react.production.min.js"}) {
            assertThat(get(asset).statusCode()).as(asset).isEqualTo(200);
        }
    }

    @Test
    void servesNothingButGet() throws Exception {
        for (String path : new String[] {"/", "/works/V29yazpzb21ldGhpbmc", "/site/site.css"}) {
            HttpResponse<String> post = HTTP.send(HttpRequest.newBuilder(url(path))
                    .POST(HttpRequest.BodyPublishers.ofString("x")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(post.statusCode()).as("POST " + path).isIn(404, 405);
        }
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(url(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
