package vn.campaign.api.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.reactive.function.BodyInserters;

import vn.campaign.api.support.EmbeddedStoreTestBase;
import vn.campaign.core.application.CampaignPlatform;
import vn.campaign.core.campaign.Directive32;
import vn.campaign.core.registration.NaturalKey;
import vn.campaign.core.text.VietnameseText;
import vn.campaign.core.unit.UnitCode;

/**
 * Why CSRF tokens are not needed, held as tests: the service never sets a cookie and never authenticates by
 * one; a cross-site form can only send what a browser sends without a preflight ({@code text/plain},
 * {@code application/x-www-form-urlencoded}, {@code multipart/form-data}), which {@code /graphql} refuses;
 * and no cross-origin page is allowed to read or call it unless its origin is configured.
 */
class CsrfStanceIT extends EmbeddedStoreTestBase {

    @Autowired
    private WebApplicationContext context;

    @Autowired
    private CampaignPlatform platform;

    @Test
    void setsNoCookieEvenForASignedInWrite() {
        String name = "Khánh thành cầu " + UUID.randomUUID();
        SecuredEndpoint.as(context, Caller.CITY_ADMIN).client().post().contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("query", mutation(name)))
                .exchange()
                .expectStatus().isOk()
                .expectHeader().doesNotExist(HttpHeaders.SET_COOKIE)
                .expectBody().jsonPath("$.data.registerWork.work.status").isEqualTo("REGISTERED");
    }

    @Test
    void ignoresASessionCookieAndRefusesHttpBasicCredentials() {
        String name = "Khánh thành cầu " + UUID.randomUUID();
        WebTestClient anonymous = SecuredEndpoint.as(context, Caller.ANONYMOUS).client();

        anonymous.post().contentType(MediaType.APPLICATION_JSON).cookie("JSESSIONID", "0123456789ABCDEF")
                .bodyValue(Map.of("query", mutation(name)))
                .exchange()
                .expectStatus().isOk()
                .expectHeader().doesNotExist(HttpHeaders.SET_COOKIE)
                .expectBody().jsonPath("$.errors[0].extensions.classification").isEqualTo("UNAUTHORIZED");
        // Issue 17: HTTP basic credentials were ignored and the request ran as anonymous; now they are refused.
        anonymous.post().contentType(MediaType.APPLICATION_JSON).cookie("JSESSIONID", "0123456789ABCDEF")
                .header(HttpHeaders.AUTHORIZATION, "Basic YWRtaW46YWRtaW4=")
                .bodyValue(Map.of("query", mutation(name)))
                .exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().doesNotExist(HttpHeaders.SET_COOKIE)
                .expectBody().jsonPath("$.errors[0].extensions.classification").isEqualTo("UNAUTHORIZED");
        assertNotStored(name);
    }

    @Test
    void refusesTheBodiesACrossSiteFormCanSend() {
        String name = "Khánh thành cầu " + UUID.randomUUID();
        String json = "{\"query\":\"" + mutation(name).replace("\"", "\\\"").replace("\n", " ") + "\"}";
        WebTestClient admin = SecuredEndpoint.as(context, Caller.CITY_ADMIN).client();

        admin.post().contentType(MediaType.TEXT_PLAIN).bodyValue(json).exchange()
                .expectStatus().isEqualTo(415);
        admin.post().contentType(MediaType.APPLICATION_FORM_URLENCODED).bodyValue("query=" + json).exchange()
                .expectStatus().isEqualTo(415);
        MultipartBodyBuilder form = new MultipartBodyBuilder();
        form.part("query", json);
        admin.post().contentType(MediaType.MULTIPART_FORM_DATA).body(BodyInserters.fromMultipartData(form.build()))
                .exchange()
                .expectStatus().isEqualTo(415);
        assertNotStored(name);
    }

    @Test
    void grantsNoCrossOriginAccessWhileNoOriginIsConfigured() {
        WebTestClient anonymous = SecuredEndpoint.as(context, Caller.ANONYMOUS).client();

        anonymous.options().header(HttpHeaders.ORIGIN, "https://evil.example")
                .header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "POST")
                .header(HttpHeaders.ACCESS_CONTROL_REQUEST_HEADERS, "authorization,content-type")
                .exchange()
                .expectHeader().doesNotExist(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN);
        anonymous.post().header(HttpHeaders.ORIGIN, "https://evil.example").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("query", "{ campaigns { code } }"))
                .exchange()
                .expectHeader().doesNotExist(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN);
    }

    private void assertNotStored(String name) {
        assertThat(platform.registrations().findByNaturalKey(new NaturalKey(Directive32.CODE, new UnitCode("18070"),
                VietnameseText.fold(name)))).isEmpty();
    }

    private static String mutation(String name) {
        return """
                mutation { registerWork(input: {campaignCode: "CT32-2022", unitCode: "18070", name: "%s",
                  kind: INAUGURATION, plannedOn: "2022-05-19", taskAreaCode: "URBAN"}) { work { status } } }""".formatted(name);
    }
}
