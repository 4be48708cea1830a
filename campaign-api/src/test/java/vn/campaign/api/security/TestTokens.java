package vn.campaign.api.security;

import java.nio.charset.StandardCharsets;
import java.security.interfaces.RSAPrivateKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

/**
 * Bearer tokens for tests, signed like the service expects them: HS256 with the development secret unless
 * told otherwise, valid for an hour.
 */
public final class TestTokens {

    private TestTokens() {
    }

    /**
     * A city administrator's token.
     *
     * @return the token
     */
    public static String cityAdmin() {
        return user("admin.test", "CITY_ADMIN", null);
    }

    /**
     * A viewer's token.
     *
     * @return the token
     */
    public static String viewer() {
        return user("viewer.test", "VIEWER", null);
    }

    /**
     * A unit officer's token.
     *
     * @param unit the officer's unit code
     * @return the token
     */
    public static String unitOfficer(String unit) {
        return user("officer." + unit, "UNIT_OFFICER", unit);
    }

    /**
     * A user's token.
     *
     * @param subject the {@code sub}
     * @param role    the {@code role}
     * @param unit    the {@code unit}, or {@code null} for none
     * @return the token
     */
    public static String user(String subject, String role, @Nullable String unit) {
        JWTClaimsSet.Builder claims = valid().subject(subject).claim("role", role);
        if (unit != null) {
            claims.claim("unit", unit);
        }
        return hs256(claims.build(), JwtProperties.DEVELOPMENT_SECRET);
    }

    /**
     * Claims that expire in an hour and were issued now, to add a subject and role to.
     *
     * @return the claims builder
     */
    public static JWTClaimsSet.Builder valid() {
        Instant now = Instant.now();
        return new JWTClaimsSet.Builder().issueTime(Date.from(now)).expirationTime(Date.from(now.plus(Duration.ofHours(1))));
    }

    /**
     * Claims of any shape, signed with HS256.
     *
     * @param claims the claims
     * @param secret the secret
     * @return the token
     */
    public static String hs256(JWTClaimsSet claims, String secret) {
        try {
            return sign(new MACSigner(secret.getBytes(StandardCharsets.UTF_8)), JWSAlgorithm.HS256, claims);
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot sign with HS256", e);
        }
    }

    /**
     * Claims signed with RS256.
     *
     * @param claims the claims
     * @param key    the private key
     * @return the token
     */
    public static String rs256(JWTClaimsSet claims, RSAPrivateKey key) {
        return sign(new RSASSASigner(key), JWSAlgorithm.RS256, claims);
    }

    /**
     * The claims of a user as a map, for variations.
     *
     * @param subject the subject
     * @param role    the role
     * @return the claims
     */
    public static Map<String, Object> claims(String subject, String role) {
        return Map.of("sub", subject, "role", role);
    }

    private static String sign(JWSSigner signer, JWSAlgorithm algorithm, JWTClaimsSet claims) {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(algorithm).type(JOSEObjectType.JWT).build(), claims);
        try {
            jwt.sign(signer);
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot sign with " + algorithm, e);
        }
        return jwt.serialize();
    }
}
