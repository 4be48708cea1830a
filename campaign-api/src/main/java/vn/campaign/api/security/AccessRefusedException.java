package vn.campaign.api.security;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.springframework.graphql.execution.ErrorType;

import vn.campaign.core.access.Actor;
import vn.campaign.core.rule.RuleCode;
import vn.campaign.core.rule.Violation;

/**
 * The core's access policy refused a request: {@code UNAUTHORIZED} (not signed in) or {@code FORBIDDEN}
 * (signed in, not allowed). Unlike a broken business rule, which the payload's {@code userErrors} carry,
 * a refusal is a top-level GraphQL error classified {@link ErrorType#UNAUTHORIZED} or
 * {@link ErrorType#FORBIDDEN}, resolved by {@link AccessRefusedExceptionResolver}.
 */
public final class AccessRefusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Violation violation;

    /**
     * A refusal.
     *
     * @param violation the core's {@code UNAUTHORIZED} or {@code FORBIDDEN} violation
     * @throws IllegalArgumentException for any other violation
     */
    public AccessRefusedException(Violation violation) {
        super(Objects.requireNonNull(violation, "violation").message().en(), null, false, false);
        if (!isAccessViolation(violation)) {
            throw new IllegalArgumentException("not an access violation: " + violation.code());
        }
        this.violation = violation;
    }

    /**
     * The violation.
     *
     * @return the core's violation
     */
    public Violation violation() {
        return violation;
    }

    /**
     * The GraphQL error type of the refusal.
     *
     * @return UNAUTHORIZED or FORBIDDEN
     */
    public ErrorType errorType() {
        return violation.code() == RuleCode.UNAUTHORIZED ? ErrorType.UNAUTHORIZED : ErrorType.FORBIDDEN;
    }

    /**
     * Throws when the core refused access, so that the refusal becomes a top-level error instead of a user
     * error; otherwise does nothing.
     *
     * @param violations what the core answered
     * @throws AccessRefusedException when one of them is UNAUTHORIZED or FORBIDDEN
     */
    public static void throwIfRefused(List<Violation> violations) {
        Optional<Violation> refusal = violations.stream().filter(AccessRefusedException::isAccessViolation).findFirst();
        if (refusal.isPresent()) {
            throw new AccessRefusedException(refusal.get());
        }
    }

    /**
     * Refuses an anonymous caller at once: every write needs a signed-in caller, so there is no point looking
     * anything up for one (and nothing to learn from a lookup).
     *
     * @param actor the caller
     * @throws AccessRefusedException UNAUTHORIZED when the caller is anonymous
     */
    public static void requireSignedIn(Actor actor) {
        if (actor instanceof Actor.Anonymous) {
            throw new AccessRefusedException(Violation.of(RuleCode.UNAUTHORIZED, List.of()));
        }
    }

    /**
     * Whether a violation is an access refusal.
     *
     * @param violation a violation
     * @return {@code true} for UNAUTHORIZED and FORBIDDEN
     */
    public static boolean isAccessViolation(Violation violation) {
        return violation.code() == RuleCode.UNAUTHORIZED || violation.code() == RuleCode.FORBIDDEN;
    }
}
