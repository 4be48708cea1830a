package vn.campaign.importer.report;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import vn.campaign.core.rule.RuleCode;
import vn.campaign.importer.issue.IssueCode;
import vn.campaign.importer.issue.RuleIssueCode;
import vn.campaign.importer.mapping.MappingCode;
import vn.campaign.importer.parse.RowIssueCode;
import vn.campaign.importer.value.ValueIssueCode;

/**
 * Every issue code the importer knows, by name: the value parsers', the row step's, the mapping's and the
 * core's rules. A report read back from JSON gets its typed codes from here.
 */
public final class IssueCodes {

    private static final Map<String, IssueCode> BY_NAME = byName();

    private IssueCodes() {
    }

    private static Map<String, IssueCode> byName() {
        Map<String, IssueCode> codes = new HashMap<>();
        Stream.of(ValueIssueCode.values(), RowIssueCode.values(), MappingCode.values(),
                Stream.of(RuleCode.values()).map(RuleIssueCode::of).toArray(IssueCode[]::new))
                .flatMap(Stream::of)
                .forEach(code -> {
                    IssueCode before = codes.put(code.name(), code);
                    if (before != null) {
                        throw new IllegalStateException("two catalogues use the code " + code.name());
                    }
                });
        return Map.copyOf(codes);
    }

    /**
     * The code of a name, as a report writes it.
     *
     * @param name the name ({@code DATE_UNREADABLE})
     * @return the code; a code this version does not know (a newer server's) is kept by its name
     */
    public static IssueCode named(String name) {
        Objects.requireNonNull(name, "name");
        IssueCode known = BY_NAME.get(name);
        return known != null ? known : new UnknownIssueCode(name);
    }

    /**
     * A code this version of the importer does not know, read from a newer server's report.
     *
     * @param name the name as written
     */
    record UnknownIssueCode(String name) implements IssueCode {

        /** Checks the name. */
        UnknownIssueCode {
            Objects.requireNonNull(name, "name");
            if (name.isBlank()) {
                throw new IllegalArgumentException("code must not be blank");
            }
        }

        @Override
        public String toString() {
            return name;
        }
    }
}
