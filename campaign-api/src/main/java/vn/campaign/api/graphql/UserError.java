package vn.campaign.api.graphql;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import vn.campaign.core.rule.RuleCode;
import vn.campaign.core.rule.Violation;

/**
 * A broken business rule as the API reports it: the rule's code, the path of the input field (prefixed
 * with {@code input}, as the mutation's argument is named), and the messages.
 *
 * @param code      the rule's code from the core's catalogue (the GraphQL enum {@code UserErrorCode})
 * @param field     the input field path, or {@code null} when the whole input is at fault
 * @param message   the Vietnamese message
 * @param messageEn the English message
 */
public record UserError(RuleCode code, @Nullable List<String> field, String message, String messageEn) {

    /** Validates the error. */
    public UserError {
        Objects.requireNonNull(code, "code");
        field = field == null ? null : List.copyOf(field);
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(messageEn, "messageEn");
    }

    /**
     * The user error of a violation.
     *
     * @param violation the violation
     * @return the error
     */
    public static UserError of(Violation violation) {
        List<String> path = null;
        if (!violation.field().isRoot()) {
            path = new ArrayList<>();
            path.add("input");
            path.addAll(violation.field().segments());
        }
        return new UserError(violation.code(), path, violation.message().vi(), violation.message().en());
    }

    /**
     * The errors among violations.
     *
     * @param violations violations of any severity
     * @return the user errors of the ERRORs
     */
    public static List<UserError> errors(List<Violation> violations) {
        return violations.stream().filter(Violation::isError).map(UserError::of).toList();
    }

    /**
     * The warnings among violations.
     *
     * @param violations violations of any severity
     * @return the user errors of the WARNINGs
     */
    public static List<UserError> warnings(List<Violation> violations) {
        return violations.stream().filter(v -> !v.isError()).map(UserError::of).toList();
    }
}
