package vn.campaign.api.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.context.WebApplicationContext;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.PlainHeader;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;

import vn.campaign.api.support.EmbeddedStoreTestBase;

/**
 * Bearer tokens at the HTTP boundary: a valid token of each role is accepted; no token is the anonymous
 * caller; every kind of bad token — expired, not yet valid, forged, unsigned, malformed, without expiry or
 * subject, with an unknown role, an officer without a unit or with a unit that does not exist — is answered
 * 401 with the {@code WWW-Authenticate} header and a JSON error, and never downgraded to anonymous.
 */
class BearerTokenIT extends EmbeddedStoreTestBase {

    private static final String WHO_AM_I = "{ campaigns { code } }";

    @Autowired
    private WebApplicationContext context;

    @ParameterizedTest
    @EnumSource(Caller.class)
    void answersAPublicQueryForEveryCallerWithOrWithoutAToken(Caller caller) {
        Map<String, Object> response = GraphQlHttp.post(SecuredEndpoint.as(context, caller).client(), WHO_AM_I, Map.of());

        assertThat(response.get("errors")).isNull();
        assertThat(GraphQlHttp.at(response, "data.campaigns.0.code")).isEqualTo("CT32-2022");
    }

    @Test
    void refusesAnExpiredTokenWith401AndTheBearerChallenge() {
        Instant past = Instant.now().minus(Duration.ofHours(2));
        String token = TestTokens.hs256(new JWTClaimsSet.Builder().subject("late").claim("role", "CITY_ADMIN")
                .issueTime(Date.from(past)).expirationTime(Date.from(past.plus(Duration.ofHours(1)))).build(),
                JwtProperties.DEVELOPMENT_SECRET);

        assertRefused(token, "expired");
    }

    @Test
    void refusesATokenNotValidYet() {
        Instant future = Instant.now().plus(Duration.ofHours(1));
        String token = TestTokens.hs256(TestTokens.valid().subject("early").claim("role", "VIEWER")
                .notBeforeTime(Date.from(future)).build(), JwtProperties.DEVELOPMENT_SECRET);

        assertRefused(token, "used before");
    }

    @Test
    void refusesATokenSignedWithAnotherSecret() {
        String token = TestTokens.hs256(TestTokens.valid().subject("mallory").claim("role", "CITY_ADMIN").build(),
                "a-secret-that-is-long-enough-but-not-the-servers-one");

        assertRefused(token, "signature");
    }

    @Test
    void refusesAnUnsignedToken() {
        String token = new PlainJWT(new PlainHeader.Builder().type(JOSEObjectType.JWT).build(),
                TestTokens.valid().subject("mallory").claim("role", "CITY_ADMIN").build()).serialize();

        assertRefused(token, "");
    }

    @Test
    void refusesATokenWhoseSignedHeaderNamesAnotherAlgorithm() {
        String valid = TestTokens.cityAdmin();
        String header = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(
                new JWSHeader.Builder(JWSAlgorithm.HS512).build().toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        String token = header + valid.substring(valid.indexOf('.'));

        assertRefused(token, "");
    }

    @Test
    void refusesMalformedTokens() {
        assertRefused("not-a-token", "");
        assertRefused("a.b.c", "");
        assertRefused(TestTokens.cityAdmin() + "x", "");
    }

    @Test
    void refusesATokenWithoutExpiry() {
        String token = TestTokens.hs256(new JWTClaimsSet.Builder().subject("forever").claim("role", "VIEWER")
                .issueTime(new Date()).build(), JwtProperties.DEVELOPMENT_SECRET);

        assertRefused(token, "exp");
    }

    @Test
    void refusesATokenWithoutSubject() {
        String token = TestTokens.hs256(TestTokens.valid().claim("role", "VIEWER").build(),
                JwtProperties.DEVELOPMENT_SECRET);

        assertRefused(token, "sub");
    }

    @Test
    void refusesATokenWithAnUnknownOrMissingRole() {
        assertRefused(TestTokens.user("root", "SUPERUSER", null), "role claim must be one of CITY_ADMIN, UNIT_OFFICER, VIEWER, CITY_OFFICE, CITY_LEADERSHIP");
        assertRefused(TestTokens.user("lower", "city_admin", null), "role claim");
        assertRefused(TestTokens.hs256(TestTokens.valid().subject("nobody").build(), JwtProperties.DEVELOPMENT_SECRET),
                "no role claim");
        assertRefused(TestTokens.hs256(TestTokens.valid().subject("list").claim("role", java.util.List.of("CITY_ADMIN"))
                .build(), JwtProperties.DEVELOPMENT_SECRET), "no role claim");
    }

    @Test
    void refusesAUnitOfficerWithoutAUnitOrWithAUnitThatDoesNotExist() {
        assertRefused(TestTokens.user("officer.none", "UNIT_OFFICER", null), "needs a unit claim");
        assertRefused(TestTokens.user("officer.bad", "UNIT_OFFICER", "18070/../x"), "needs a unit claim");
        assertRefused(TestTokens.user("officer.ghost", "UNIT_OFFICER", "99999"), "names no unit: 99999");
    }

    @Test
    void ignoresAUnitClaimOnARoleThatHasNoUnit() {
        Map<String, Object> response = GraphQlHttp.post(
                SecuredEndpoint.withToken(context, TestTokens.user("viewer.unit", "VIEWER", "99999")).client(),
                WHO_AM_I, Map.of());

        assertThat(response.get("errors")).isNull();
    }

    @Test
    void neverTreatsABadTokenAsAnonymousEvenForAPublicQuery() {
        client("garbage").post().contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("query", WHO_AM_I))
                .exchange()
                .expectStatus().isUnauthorized();
    }

    @Test
    void readsTheTokenFromTheAuthorizationHeaderOnlyNeverFromTheQueryString() {
        WebTestClient anonymous = SecuredEndpoint.as(context, Caller.ANONYMOUS).client();

        Map<String, Object> body = Map.of("query", """
                mutation { registerWork(input: {campaignCode: "CT32-2022", unitCode: "18070", name: "Cầu qua URL",
                  kind: INAUGURATION, plannedOn: "2022-05-19"}) { work { id } } }""");
        String answer = anonymous.post().uri(u -> u.queryParam("access_token", TestTokens.cityAdmin()).build())
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body)
                .exchange().expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();

        assertThat(answer).contains("\"classification\":\"UNAUTHORIZED\"");
    }

    @Test
    void publishesItsResourceMetadataWithoutClaimingCertificateBoundTokens() {
        WebTestClient root = org.springframework.test.web.servlet.client.MockMvcWebTestClient
                .bindTo(SecuredEndpoint.mockMvc(context)).build();

        root.get().uri("/.well-known/oauth-protected-resource").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.bearer_methods_supported[0]").isEqualTo("header")
                .jsonPath("$.tls_client_certificate_bound_access_tokens").isEqualTo(false)
                .jsonPath("$.resource_name").isEqualTo("Hà Tĩnh City campaign platform API");
    }

    @Test
    void refusesOtherPathsWithoutAToken() {
        WebTestClient root = org.springframework.test.web.servlet.client.MockMvcWebTestClient
                .bindTo(SecuredEndpoint.mockMvc(context)).build();

        root.get().uri("/actuator/env").exchange().expectStatus().isUnauthorized();
        root.get().uri("/actuator/health").exchange().expectStatus().isOk();
    }

    private WebTestClient client(String token) {
        return SecuredEndpoint.withToken(context, token).client();
    }

    private void assertRefused(String token, String reason) {
        String body = client(token).post().contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("query", WHO_AM_I))
                .exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().value(HttpHeaders.WWW_AUTHENTICATE, v -> assertThat(v)
                        .startsWith("Bearer").contains("error=\"invalid_token\""))
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_JSON)
                .expectBody(String.class).returnResult().getResponseBody();
        Map<String, Object> response = GraphQlHttp.Json.read(body);
        assertThat(GraphQlHttp.classifications(response)).containsExactly("UNAUTHORIZED");
        assertThat((String) GraphQlHttp.at(response, "errors.0.message")).startsWith("The bearer token was refused")
                .contains(reason);
        assertThat(body).doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(response).doesNotContainKey("data");
    }
}
