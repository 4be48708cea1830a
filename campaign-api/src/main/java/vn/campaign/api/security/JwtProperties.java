package vn.campaign.api.security;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.io.Resource;

/**
 * How bearer tokens are checked, bound from {@code campaign.security.jwt.*}.
 *
 * <p>With {@code public-key} set, tokens must be signed with RS256 by the matching private key (production:
 * the key of the city's identity provider). Otherwise they must be signed with HS256 by {@code secret}, which
 * defaults to the documented {@link #DEVELOPMENT_SECRET}; the {@code prod} profile refuses to start with it.
 *
 * @param secret    the HS256 secret, at least {@value #MIN_SECRET_BYTES} bytes of UTF-8; blank for none
 * @param publicKey where the PEM-encoded RSA public key is ({@code file:/etc/campaign/jwt.pem},
 *                  {@code classpath:...}), or {@code null} to use the secret
 * @param issuer    the {@code iss} every token must carry, or {@code null} to accept any issuer
 */
@ConfigurationProperties("campaign.security.jwt")
public record JwtProperties(
        @DefaultValue(DEVELOPMENT_SECRET) String secret,
        @Nullable Resource publicKey,
        @Nullable String issuer) {

    /**
     * The development secret, documented in the README so that anyone can mint a token on their machine
     * ({@code scripts/dev-token.sh}). Never valid in the {@code prod} profile.
     */
    public static final String DEVELOPMENT_SECRET = "campaign-platform-development-secret-do-not-use-in-production";

    /** The shortest HS256 secret accepted: 256 bits, the size of the hash. */
    public static final int MIN_SECRET_BYTES = 32;

    /**
     * Validates the settings.
     *
     * @throws IllegalArgumentException if the issuer is blank
     */
    public JwtProperties {
        Objects.requireNonNull(secret, "secret");
        if (issuer != null && issuer.isBlank()) {
            throw new IllegalArgumentException("campaign.security.jwt.issuer must not be blank; leave it unset "
                    + "to accept any issuer");
        }
    }

    /**
     * Whether the secret is the documented development one.
     *
     * @return {@code true} for {@link #DEVELOPMENT_SECRET}
     */
    public boolean usesDevelopmentSecret() {
        return DEVELOPMENT_SECRET.equals(secret);
    }

    /**
     * The secret's length in bytes.
     *
     * @return the number of UTF-8 bytes of the secret
     */
    public int secretBytes() {
        return secret.getBytes(StandardCharsets.UTF_8).length;
    }
}
