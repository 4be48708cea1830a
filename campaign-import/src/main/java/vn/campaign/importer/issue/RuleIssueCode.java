package vn.campaign.importer.issue;

import java.util.Objects;
import vn.campaign.core.rule.RuleCode;

/**
 * A rule of the core broken by a row, as an issue code: the name is the rule's.
 *
 * @param rule the core's rule code
 */
public record RuleIssueCode(RuleCode rule) implements IssueCode {

    private static final RuleIssueCode[] BY_RULE = java.util.Arrays.stream(RuleCode.values())
            .map(RuleIssueCode::new).toArray(RuleIssueCode[]::new);

    /**
     * Checks the rule.
     *
     * @param rule the core's rule code
     */
    public RuleIssueCode {
        Objects.requireNonNull(rule, "rule");
    }

    /**
     * The code of a rule; one shared instance per rule, since a warning may repeat on every row.
     *
     * @param rule the rule
     * @return the code
     */
    public static RuleIssueCode of(RuleCode rule) {
        return BY_RULE[rule.ordinal()];
    }

    @Override
    public String name() {
        return rule.name();
    }

    @Override
    public String toString() {
        return rule.name();
    }
}
