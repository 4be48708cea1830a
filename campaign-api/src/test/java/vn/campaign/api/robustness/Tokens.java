package vn.campaign.api.robustness;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import tools.jackson.databind.json.JsonMapper;

/**
 * Bearer tokens for the robustness tests: JWTs signed with HS256 by a secret the test passes to the server
 * ({@code campaign.security.jwt.secret}), with the claims {@code sub}, {@code role}, {@code iat} and
 * {@code exp}.
 */
final class Tokens {

    /** The secret the servers of these tests check tokens with. */
    static final String SECRET = "robustness-tests-secret-0123456789-abcdefghij";

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Base64.Encoder BASE64 = Base64.getUrlEncoder().withoutPadding();

    private Tokens() {
    }

    /**
     * A city administrator's token, valid for an hour.
     *
     * @return the token
     */
    static String cityAdmin() {
        Instant now = Instant.now();
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("sub", "robustness-test-admin");
        claims.put("role", "CITY_ADMIN");
        claims.put("iat", now.getEpochSecond());
        claims.put("exp", now.plus(Duration.ofHours(1)).getEpochSecond());
        String signed = encode(Map.of("alg", "HS256", "typ", "JWT")) + "." + encode(claims);
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return signed + "." + BASE64.encodeToString(mac.doFinal(signed.getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is missing from this JVM", e);
        }
    }

    private static String encode(Map<String, Object> json) {
        return BASE64.encodeToString(JSON.writeValueAsBytes(json));
    }
}
