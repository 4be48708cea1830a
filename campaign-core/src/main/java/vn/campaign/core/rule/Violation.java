package vn.campaign.core.rule;

import java.util.List;
import java.util.Objects;

/**
 * A broken rule: a business failure reported as a value.
 *
 * @param code      the rule's stable code from the {@link RuleCode catalogue}
 * @param severity  ERROR refuses the action, WARNING lets it through
 * @param field     the path of the field at fault within the command ({@code ["plannedOn"]}); empty
 *                  when the whole command is at fault
 * @param message   what is wrong, in Vietnamese
 * @param messageEn what is wrong, in English
 * @since 0.1.0
 */
public record Violation(String code, Severity severity, List<String> field, String message, String messageEn) {

    /** Validates the violation. */
    public Violation {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(severity, "severity");
        field = List.copyOf(field);
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(messageEn, "messageEn");
    }

    /**
     * A violation of a catalogued rule, its messages filled with arguments.
     *
     * @param rule  the rule
     * @param field the field path
     * @param args  the values the rule's message templates name, in order
     * @return the violation
     */
    public static Violation of(RuleCode rule, List<String> field, Object... args) {
        return new Violation(rule.name(), rule.severity(), field, rule.message(args), rule.messageEn(args));
    }

    /**
     * A violation of a catalogued rule on one top-level field.
     *
     * @param rule  the rule
     * @param field the field name
     * @param args  the values the rule's message templates name
     * @return the violation
     */
    public static Violation on(RuleCode rule, String field, Object... args) {
        return of(rule, List.of(field), args);
    }

    /**
     * Whether this violation refuses the action.
     *
     * @return {@code true} for an ERROR
     */
    public boolean isError() {
        return severity == Severity.ERROR;
    }
}
