package vn.campaign.bench.graphql;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.Base64;
import java.util.Objects;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * An HS256 bearer token for a user of a role and unit, signed with the secret the benchmark gives the
 * service ({@code campaign.security.jwt.secret}), so that the benchmark may register works as the city's
 * administrator.
 */
public final class DevelopmentToken {

    private DevelopmentToken() {
    }

    /**
     * Signs a token valid for two hours.
     *
     * @param secret the shared secret, at least 32 bytes
     * @param role   the role claim, such as {@code CITY_ADMIN}
     * @param unit   the unit claim, such as {@code 436}
     * @return the compact token
     */
    public static String sign(String secret, String role, String unit) {
        Objects.requireNonNull(secret, "secret");
        long now = Instant.now().getEpochSecond();
        String header = encode("{\"alg\":\"HS256\",\"typ\":\"JWT\"}");
        String claims = encode("{\"sub\":\"benchmark\",\"role\":\"" + role + "\",\"unit\":\"" + unit + "\",\"iat\":"
                + now + ",\"exp\":" + (now + 7200) + "}");
        String signed = header + "." + claims;
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return signed + "." + Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(mac.doFinal(signed.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    private static String encode(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
