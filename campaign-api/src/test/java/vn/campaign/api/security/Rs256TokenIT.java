package vn.campaign.api.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.interfaces.RSAPrivateKey;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.context.WebApplicationContext;

import vn.campaign.api.support.EmbeddedStoreTestBase;

/**
 * Production: the {@code prod} profile with the issuer's RSA public key. An RS256 token signed by the
 * matching private key is accepted; an HS256 token — signed with the development secret, or with the public
 * key's own text as the secret (the algorithm-confusion attack) — and an RS256 token of another key are
 * refused.
 */
@ActiveProfiles("prod")
class Rs256TokenIT extends EmbeddedStoreTestBase {

    private static final KeyPair ISSUER = RsaKeys.generate(2048);
    private static final Path PUBLIC_KEY = writePublicKey();

    @Autowired
    private WebApplicationContext context;

    @DynamicPropertySource
    static void useThePublicKey(DynamicPropertyRegistry registry) {
        registry.add("campaign.security.jwt.public-key", () -> "file:" + PUBLIC_KEY);
        registry.add("campaign.security.jwt.issuer", () -> "https://sso.example/realms/campaign");
    }

    @Test
    void acceptsAnRs256TokenOfTheIssuer() {
        String token = TestTokens.rs256(TestTokens.valid().subject("admin.sso").claim("role", "CITY_ADMIN")
                .issuer("https://sso.example/realms/campaign").build(), (RSAPrivateKey) ISSUER.getPrivate());

        Map<String, Object> response = GraphQlHttp.post(SecuredEndpoint.withToken(context, token).client(), """
                mutation($input: RegisterWorkInput!) { registerWork(input: $input) { work { status } userErrors { code } } }""",
                Map.of("input", Map.of("campaignCode", "CT32-2022", "unitCode", "18070",
                        "name", "Khánh thành đường " + UUID.randomUUID(), "kind", "INAUGURATION",
                        "plannedOn", "2022-05-19", "taskAreaCode", "URBAN")));

        assertThat(GraphQlHttp.at(response, "data.registerWork.work.status")).isEqualTo("REGISTERED");
    }

    @Test
    void refusesATokenOfAnotherIssuer() {
        assertRefused(TestTokens.rs256(TestTokens.valid().subject("admin.sso").claim("role", "CITY_ADMIN")
                .issuer("https://evil.example").build(), (RSAPrivateKey) ISSUER.getPrivate()));
    }

    @Test
    void refusesHs256TokensWhateverTheirSecret() throws IOException {
        String publicKeyText = Files.readString(PUBLIC_KEY, StandardCharsets.US_ASCII);
        var claims = TestTokens.valid().subject("mallory").claim("role", "CITY_ADMIN")
                .issuer("https://sso.example/realms/campaign").build();

        assertRefused(TestTokens.hs256(claims, JwtProperties.DEVELOPMENT_SECRET));
        assertRefused(TestTokens.hs256(claims, publicKeyText));
    }

    @Test
    void refusesAnRs256TokenOfAnotherKey() {
        assertRefused(TestTokens.rs256(TestTokens.valid().subject("mallory").claim("role", "CITY_ADMIN")
                .issuer("https://sso.example/realms/campaign").build(),
                (RSAPrivateKey) RsaKeys.generate(2048).getPrivate()));
    }

    private void assertRefused(String token) {
        SecuredEndpoint.withToken(context, token).client().post().contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("query", "{ campaigns { code } }")).exchange().expectStatus().isUnauthorized();
    }

    private static Path writePublicKey() {
        try {
            Path file = Files.createTempFile("campaign-jwt", ".pem");
            file.toFile().deleteOnExit();
            return RsaKeys.write(ISSUER.getPublic(), file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
