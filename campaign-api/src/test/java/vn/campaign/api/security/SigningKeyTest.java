package vn.campaign.api.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.FileSystemResource;

/**
 * The choice of the key tokens are checked with: the public key when one is configured, otherwise the
 * secret — never a missing, short or (in the {@code prod} profile) published one.
 */
class SigningKeyTest {

    private static final String OWN_SECRET = "a-secret-of-the-city-that-is-long-enough-for-hs256";

    @TempDir
    Path directory;

    @Test
    void usesTheDevelopmentSecretOutsideProductionAndSaysSo() {
        SigningKey key = SigningKey.choose(new JwtProperties(JwtProperties.DEVELOPMENT_SECRET, null, null), false);

        assertThat(key).isInstanceOfSatisfying(SigningKey.HmacSecret.class, h -> assertThat(h.development()).isTrue());
        assertThat(key.describe()).contains("development secret").contains("prod profile refuses it");
        assertThat(key.toString()).doesNotContain(JwtProperties.DEVELOPMENT_SECRET);
    }

    @Test
    void refusesTheDevelopmentSecretInProductionNamingWhatToSet() {
        assertThatThrownBy(() -> SigningKey.choose(new JwtProperties(JwtProperties.DEVELOPMENT_SECRET, null, null), true))
                .isInstanceOf(SigningKey.InsecureKeyException.class)
                .hasMessageStartingWith("The prod profile refuses the development JWT secret")
                .hasMessageContaining("campaign.security.jwt.public-key")
                .hasMessageContaining("CAMPAIGN_SECURITY_JWT_SECRET");
    }

    @Test
    void refusesToRunWithNoKeyAtAll() {
        for (boolean production : new boolean[] {false, true}) {
            assertThatThrownBy(() -> SigningKey.choose(new JwtProperties(" ", null, null), production))
                    .isInstanceOf(SigningKey.InsecureKeyException.class)
                    .hasMessageStartingWith("No key to check bearer tokens with");
        }
    }

    @Test
    void refusesASecretShorterThan256Bits() {
        assertThatThrownBy(() -> SigningKey.choose(new JwtProperties("only-thirty-one-bytes-long-here", null, null),
                false))
                .hasMessage("campaign.security.jwt.secret must be at least 32 bytes (256 bits) for HS256, but it is 31 bytes.");
        assertThat(SigningKey.choose(new JwtProperties("exactly-thirty-two-bytes-long-ok", null, null), false))
                .isInstanceOf(SigningKey.HmacSecret.class);
    }

    @Test
    void acceptsASecretOfTheCitysOwnInProduction() {
        assertThat(SigningKey.choose(new JwtProperties(OWN_SECRET, null, null), true))
                .isInstanceOfSatisfying(SigningKey.HmacSecret.class, h -> assertThat(h.development()).isFalse());
    }

    @Test
    void prefersThePublicKeyWhenOneIsConfiguredEvenInProductionWithTheDevelopmentSecretLeftAsItIs() {
        Path pem = RsaKeys.write(RsaKeys.generate(2048).getPublic(), directory.resolve("jwt.pem"));

        SigningKey key = SigningKey.choose(new JwtProperties(JwtProperties.DEVELOPMENT_SECRET,
                new FileSystemResource(pem), null), true);

        assertThat(key).isInstanceOf(SigningKey.RsaPublicKey.class);
        assertThat(key.describe()).startsWith("RS256 with the public key from").contains("jwt.pem");
    }

    @Test
    void refusesAPublicKeyFileThatIsMissingMalformedOrTooSmall() throws Exception {
        Path missing = directory.resolve("missing.pem");
        Path garbage = Files.writeString(directory.resolve("garbage.pem"), "-----BEGIN PUBLIC KEY-----\nxyz\n");
        Path small = RsaKeys.write(RsaKeys.generate(1024).getPublic(), directory.resolve("small.pem"));

        assertThatThrownBy(() -> choose(missing)).hasMessageContaining("cannot read a PEM-encoded RSA public key")
                .hasMessageContaining("missing.pem");
        assertThatThrownBy(() -> choose(garbage)).hasMessageContaining("cannot read a PEM-encoded RSA public key");
        assertThatThrownBy(() -> choose(small)).hasMessageContaining("must have at least 2048 bits, but it has 1024");
    }

    private static SigningKey choose(Path pem) {
        return SigningKey.choose(new JwtProperties(OWN_SECRET, new FileSystemResource(pem), null), true);
    }
}
