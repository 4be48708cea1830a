package vn.campaign.api.security;

import java.util.Arrays;
import java.util.Objects;
import java.util.stream.Collectors;

import org.springframework.security.oauth2.jwt.Jwt;

import vn.campaign.core.access.Actor;
import vn.campaign.core.access.Role;
import vn.campaign.core.unit.UnitCode;

/**
 * The claims of a bearer token that say who calls: {@value #SUBJECT}, {@value #ROLE} (one of the core's
 * {@link Role}s) and, for a unit officer, {@value #UNIT} (a unit code). Reading them gives the
 * {@link Actor.User}, or the reason the token cannot stand for anyone — a value, not an exception, so that
 * the validator and the converter share one reading.
 */
public final class TokenClaims {

    /** The subject: who the user is, as the audit trail records them. */
    public static final String SUBJECT = "sub";
    /** The role claim. */
    public static final String ROLE = "role";
    /** The unit claim of a unit officer. */
    public static final String UNIT = "unit";
    /** The longest subject accepted. */
    public static final int SUBJECT_MAX = 200;

    private static final String ROLES = Arrays.stream(Role.values()).map(Role::name).collect(Collectors.joining(", "));

    private TokenClaims() {
    }

    /**
     * Reads the actor a token stands for.
     *
     * @param jwt a token whose signature and times were checked
     * @return the user, or why the token stands for no one
     */
    public static Reading read(Jwt jwt) {
        Objects.requireNonNull(jwt, "jwt");
        String subject = jwt.getSubject();
        if (subject == null || subject.isBlank()) {
            return new Invalid("the token has no sub claim");
        }
        if (subject.length() > SUBJECT_MAX || subject.chars().anyMatch(Character::isISOControl)) {
            return new Invalid("the sub claim must be at most " + SUBJECT_MAX + " characters without control characters");
        }
        Object role = jwt.getClaims().get(ROLE);
        if (!(role instanceof String roleName)) {
            return new Invalid("the token has no role claim; it must be one of " + ROLES);
        }
        Role parsed = Arrays.stream(Role.values()).filter(r -> r.name().equals(roleName)).findFirst().orElse(null);
        if (parsed == null) {
            return new Invalid("the role claim must be one of " + ROLES + ", not '" + abbreviate(roleName) + "'");
        }
        Object unit = jwt.getClaims().get(UNIT);
        UnitCode unitCode = null;
        if (parsed == Role.UNIT_OFFICER) {
            if (!(unit instanceof String code) || !UnitCode.isWellFormed(code)) {
                return new Invalid("a UNIT_OFFICER token needs a unit claim holding a unit code");
            }
            unitCode = new UnitCode(code);
        }
        return new Valid(new Actor.User(subject, parsed, unitCode));
    }

    private static String abbreviate(String text) {
        String shown = text.length() > 40 ? text.substring(0, 40) + "…" : text;
        return shown.chars().anyMatch(Character::isISOControl) ? "(unprintable)" : shown;
    }

    /** What a token's claims say: {@link Valid} or {@link Invalid}. */
    public sealed interface Reading {
    }

    /**
     * The claims name a user.
     *
     * @param user the user
     */
    public record Valid(Actor.User user) implements Reading {

        /** Validates the reading. */
        public Valid {
            Objects.requireNonNull(user, "user");
        }
    }

    /**
     * The claims name no one.
     *
     * @param reason why, for the 401 answer's error description
     */
    public record Invalid(String reason) implements Reading {

        /** Validates the reading. */
        public Invalid {
            Objects.requireNonNull(reason, "reason");
        }
    }
}
