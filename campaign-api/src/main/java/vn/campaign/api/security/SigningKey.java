package vn.campaign.api.security;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.interfaces.RSAPublicKey;
import java.util.Objects;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.core.io.Resource;
import org.springframework.security.converter.RsaKeyConverters;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

/**
 * The key that bearer tokens are checked with, chosen from the {@link JwtProperties}: an RSA public key
 * (RS256) when {@code campaign.security.jwt.public-key} is set, otherwise the HS256 secret. Only the one
 * algorithm of the key chosen is accepted, so a token signed with HS256 using the public key as its secret
 * (the "algorithm confusion" attack) is refused, and so is {@code alg: none}.
 */
public sealed interface SigningKey {

    /**
     * A decoder that checks signatures with this key, and nothing else yet.
     *
     * @return the decoder builder's result
     */
    NimbusJwtDecoder decoder();

    /**
     * A one-line description for the start-up log, naming the algorithm and the key's origin (never the key).
     *
     * @return the description
     */
    String describe();

    /**
     * Chooses the key.
     *
     * @param properties the settings
     * @param production whether the {@code prod} profile is active
     * @return the key
     * @throws InsecureKeyException when there is no usable key, when the secret is too short, or when the
     *                              {@code prod} profile would run with the development secret
     */
    static SigningKey choose(JwtProperties properties, boolean production) {
        Objects.requireNonNull(properties, "properties");
        if (properties.publicKey() != null) {
            return RsaPublicKey.read(properties.publicKey());
        }
        if (properties.secret().isBlank()) {
            throw new InsecureKeyException("No key to check bearer tokens with: set campaign.security.jwt.public-key "
                    + "to the PEM file of the token issuer's RSA public key (RS256), or campaign.security.jwt.secret "
                    + "to a secret of at least " + JwtProperties.MIN_SECRET_BYTES + " bytes (HS256).");
        }
        if (production && properties.usesDevelopmentSecret()) {
            throw new InsecureKeyException("The prod profile refuses the development JWT secret, which is published "
                    + "in the README: set campaign.security.jwt.public-key to the PEM file of the token issuer's RSA "
                    + "public key (RS256), or campaign.security.jwt.secret (env CAMPAIGN_SECURITY_JWT_SECRET) to a "
                    + "secret of your own of at least " + JwtProperties.MIN_SECRET_BYTES + " bytes (HS256).");
        }
        if (properties.secretBytes() < JwtProperties.MIN_SECRET_BYTES) {
            throw new InsecureKeyException("campaign.security.jwt.secret must be at least "
                    + JwtProperties.MIN_SECRET_BYTES + " bytes (256 bits) for HS256, but it is "
                    + properties.secretBytes() + " bytes.");
        }
        return new HmacSecret(properties.secret(), properties.usesDevelopmentSecret());
    }

    /**
     * HS256 with a shared secret.
     *
     * @param secret      the secret
     * @param development whether it is the published development secret
     */
    record HmacSecret(String secret, boolean development) implements SigningKey {

        /** Validates the key. */
        public HmacSecret {
            Objects.requireNonNull(secret, "secret");
        }

        @Override
        public NimbusJwtDecoder decoder() {
            SecretKey key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
            return NimbusJwtDecoder.withSecretKey(key).macAlgorithm(MacAlgorithm.HS256).build();
        }

        @Override
        public String describe() {
            return development ? "HS256 with the development secret (for development only; the prod profile refuses it)"
                    : "HS256 with the configured secret";
        }

        @Override
        public String toString() {
            return "HmacSecret[" + (development ? "development" : "configured") + "]";
        }
    }

    /**
     * RS256 with the token issuer's public key.
     *
     * @param key      the key
     * @param location where it was read from
     */
    record RsaPublicKey(RSAPublicKey key, String location) implements SigningKey {

        /** The smallest RSA key accepted. */
        public static final int MIN_RSA_BITS = 2048;

        /** Validates the key. */
        public RsaPublicKey {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(location, "location");
        }

        /**
         * Reads a PEM-encoded RSA public key ({@code -----BEGIN PUBLIC KEY-----}).
         *
         * @param resource where the key is
         * @return the key
         * @throws InsecureKeyException when it cannot be read or is not an RSA public key
         */
        static RsaPublicKey read(Resource resource) {
            String location = resource.getDescription();
            RSAPublicKey key;
            try (InputStream in = resource.getInputStream()) {
                key = RsaKeyConverters.x509().convert(in);
            } catch (IOException | RuntimeException e) {
                throw new InsecureKeyException("campaign.security.jwt.public-key: cannot read a PEM-encoded RSA public "
                        + "key (-----BEGIN PUBLIC KEY-----) from " + location + ": " + e.getMessage(), e);
            }
            if (key == null || key.getModulus().bitLength() < MIN_RSA_BITS) {
                throw new InsecureKeyException("campaign.security.jwt.public-key: the RSA key from " + location
                        + " must have at least " + MIN_RSA_BITS + " bits"
                        + (key == null ? "" : ", but it has " + key.getModulus().bitLength()) + ".");
            }
            return new RsaPublicKey(key, location);
        }

        @Override
        public NimbusJwtDecoder decoder() {
            return NimbusJwtDecoder.withPublicKey(key).signatureAlgorithm(SignatureAlgorithm.RS256).build();
        }

        @Override
        public String describe() {
            return "RS256 with the public key from " + location;
        }
    }

    /** The service must not start with the key configuration it was given. */
    final class InsecureKeyException extends IllegalStateException {

        private static final long serialVersionUID = 1L;

        /**
         * An exception.
         *
         * @param message what is wrong and what to set
         */
        public InsecureKeyException(String message) {
            super(message);
        }

        /**
         * An exception with a cause.
         *
         * @param message what is wrong and what to set
         * @param cause   the cause
         */
        public InsecureKeyException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
