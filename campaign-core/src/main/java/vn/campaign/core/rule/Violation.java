package vn.campaign.core.rule;

import java.util.List;
import java.util.Objects;
import vn.campaign.core.text.Message;

/**
 * A broken rule: a business failure reported as a value. Its severity is its rule's: a violation cannot
 * carry a code outside the {@link RuleCode catalogue}, nor a severity other than the catalogue's.
 *
 * @param code    the rule's stable code from the {@link RuleCode catalogue}
 * @param field   the path of the field at fault within the command ({@code plannedOn}); the
 *                {@linkplain FieldPath#ROOT root} when the whole command is at fault
 * @param message what is wrong, in Vietnamese and in English
 * @since 0.1.0
 */
public record Violation(RuleCode code, FieldPath field, Message message) {

    /**
     * Validates the violation.
     *
     * @param code the rule's stable code from the {@link RuleCode catalogue}
     * @param field the path of the field at fault within the command ({@code plannedOn}); the {@linkplain FieldPath#ROOT root} when the whole command is at fault
     * @param message what is wrong, in Vietnamese and in English
     */
    public Violation {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(message, "message");
    }

    /**
     * A violation of a catalogued rule, its messages filled with arguments.
     *
     * @param rule  the rule
     * @param field the field path
     * @param args  the values the rule's message templates name, in order
     * @return the violation
     */
    public static Violation of(RuleCode rule, FieldPath field, Object... args) {
        return new Violation(rule, field, rule.message(args));
    }

    /**
     * A violation of a catalogued rule at a path given by its names.
     *
     * @param rule  the rule
     * @param field the field path's names, outermost first; empty for the whole command
     * @param args  the values the rule's message templates name, in order
     * @return the violation
     */
    public static Violation of(RuleCode rule, List<String> field, Object... args) {
        return of(rule, new FieldPath(field), args);
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
        return of(rule, FieldPath.of(field), args);
    }

    /**
     * How serious this violation is: its rule's severity.
     *
     * @return the severity
     */
    public Severity severity() {
        return code.severity();
    }

    /**
     * Whether this violation refuses the action.
     *
     * @return {@code true} for an ERROR
     */
    public boolean isError() {
        return severity() == Severity.ERROR;
    }
}
