package vn.campaign.api.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.test.web.servlet.client.MockMvcWebTestClient;
import org.springframework.web.context.WebApplicationContext;

import com.nimbusds.jwt.JWTClaimsSet;

import vn.campaign.api.support.EmbeddedStoreTestBase;

/**
 * Issue 17, rough edges of the HTTP boundary found by a probe: an {@code Authorization} header of another scheme
 * than Bearer ran as anonymous; unknown paths told anonymous callers to sign in; 401 bodies were in English
 * only and quoted the token library; a VIEWER's refused write did not say the role was the reason.
 */
class HttpEdgeAnswersIT extends EmbeddedStoreTestBase {

    private static final String QUERY = "{ campaigns { code } }";

    @Autowired
    private WebApplicationContext context;

    @ParameterizedTest(name = "Authorization: {0}")
    @ValueSource(strings = {"Basic YWRtaW46YWRtaW4=", "Token abc", "Digest realm=x", "eyJhbGciOiJIUzI1NiJ9"})
    void refusesAnAuthorizationHeaderOfAnotherSchemeThanBearerWith401(String header) {
        Map<String, Object> response = refused(anonymous().post().uri("/graphql")
                .contentType(MediaType.APPLICATION_JSON).header(HttpHeaders.AUTHORIZATION, header)
                .bodyValue(Map.of("query", QUERY)));

        assertThat((String) GraphQlHttp.at(response, "errors.0.message")).contains("Bearer scheme");
        assertThat((String) GraphQlHttp.at(response, "errors.0.extensions.messageVi")).contains("kiểu Bearer");
    }

    @Test
    void stillRunsARequestWithoutAuthorizationAsTheAnonymousCaller() {
        Map<String, Object> response = GraphQlHttp.post(SecuredEndpoint.as(context, Caller.ANONYMOUS).client(), QUERY,
                Map.of());

        assertThat(GraphQlHttp.at(response, "data.campaigns.0.code")).isEqualTo("CT32-2022");
    }

    @ParameterizedTest(name = "GET {0}")
    // "/" is the public page (vn.campaign.api.site) since issue 18.
    @ValueSource(strings = {"/nowhere", "/api/nothing", "/graphql-old/x", "/site/nothing.js", "/api/plaques"})
    void answersUnknownPathsWith404NotSignInFirst(String path) {
        String body = anonymous().get().uri(path).exchange().expectStatus().isNotFound()
                .expectBody(String.class).returnResult().getResponseBody();

        assertThat(body == null ? "" : body).doesNotContain("Sign in");
    }

    @Test
    void keepsTheActuatorBeyondHealthAndInfoClosed() {
        anonymous().get().uri("/actuator/env").exchange().expectStatus().isUnauthorized();
        anonymous().get().uri("/actuator/health").exchange().expectStatus().isOk();
    }

    @Test
    void answers401InVietnameseAndEnglishWithoutTheLibrarysText() {
        Instant past = Instant.now().minus(Duration.ofHours(2));
        String expired = TestTokens.hs256(new JWTClaimsSet.Builder().subject("late").claim("role", "VIEWER")
                .issueTime(Date.from(past)).expirationTime(Date.from(past.plus(Duration.ofHours(1)))).build(),
                JwtProperties.DEVELOPMENT_SECRET);
        for (String token : new String[] {expired, "a.b.c", TestTokens.cityAdmin() + "x"}) {
            Map<String, Object> response = refused(anonymous().post().uri("/graphql")
                    .header(HttpHeaders.AUTHORIZATION, "Bearer " + token).contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("query", QUERY)));
            String en = (String) GraphQlHttp.at(response, "errors.0.message");
            String vi = (String) GraphQlHttp.at(response, "errors.0.extensions.messageVi");

            assertThat(en).startsWith("The bearer token was refused: ").doesNotContain("Jwt", "JWT", "decode", "Exception");
            assertThat(vi).startsWith("Mã đăng nhập bị từ chối: ").doesNotContain("Jwt", "JWT", "token");
            assertThat(GraphQlHttp.at(response, "errors.0.extensions.code")).isEqualTo("UNAUTHORIZED");
        }
        Map<String, Object> signIn = refused(anonymous().get().uri("/api/imports"));
        assertThat((String) GraphQlHttp.at(signIn, "errors.0.extensions.messageVi")).startsWith("Cần đăng nhập");
    }

    @Test
    void saysTheRoleIsTheReasonWhenAViewerWrites() {
        Map<String, Object> response = GraphQlHttp.post(SecuredEndpoint.as(context, Caller.VIEWER).client(), """
                mutation { registerWork(input: {campaignCode: "CT32-2022", unitCode: "18070", name: "Cầu Issue 17",
                  kind: INAUGURATION, plannedOn: "2022-05-19"}) { work { id } } }""", Map.of());

        assertThat(GraphQlHttp.classifications(response)).containsExactly("FORBIDDEN");
        assertThat((String) GraphQlHttp.at(response, "errors.0.message"))
                .isEqualTo("Your role VIEWER (read only) does not allow you to act for unit 18070.");
        assertThat((String) GraphQlHttp.at(response, "errors.0.extensions.messageVi"))
                .isEqualTo("Vai trò VIEWER (chỉ xem) của bạn không được làm thay đơn vị 18070.");
    }

    /** A client at the root of the application, without a token. */
    private WebTestClient anonymous() {
        return MockMvcWebTestClient.bindTo(SecuredEndpoint.mockMvc(context)).build();
    }

    private static Map<String, Object> refused(WebTestClient.RequestHeadersSpec<?> request) {
        String body = request.exchange().expectStatus().isUnauthorized()
                .expectHeader().value(HttpHeaders.WWW_AUTHENTICATE, v -> assertThat(v).startsWith("Bearer"))
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_JSON)
                .expectBody(String.class).returnResult().getResponseBody();
        assertThat(body).doesNotContain("\tat ");
        Map<String, Object> response = GraphQlHttp.Json.read(body == null ? "{}" : body);
        assertThat(GraphQlHttp.classifications(response)).containsExactly("UNAUTHORIZED");
        return response;
    }
}
