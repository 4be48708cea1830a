package vn.campaign.api.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PublicKey;
import java.util.Base64;

/** RSA key pairs and PEM files for the RS256 tests. */
final class RsaKeys {

    private RsaKeys() {
    }

    /**
     * A fresh key pair.
     *
     * @param bits the modulus size
     * @return the pair
     */
    static KeyPair generate(int bits) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(bits);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("RSA is not available", e);
        }
    }

    /**
     * The PEM text of a public key, as an identity provider publishes it.
     *
     * @param key the key
     * @return {@code -----BEGIN PUBLIC KEY-----} …
     */
    static String pem(PublicKey key) {
        return "-----BEGIN PUBLIC KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(key.getEncoded())
                + "\n-----END PUBLIC KEY-----\n";
    }

    /**
     * Writes a public key's PEM file.
     *
     * @param key  the key
     * @param file where
     * @return the file
     */
    static Path write(PublicKey key, Path file) {
        try {
            return Files.writeString(file, pem(key), StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
