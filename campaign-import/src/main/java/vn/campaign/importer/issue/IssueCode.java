package vn.campaign.importer.issue;

/**
 * The stable code of an issue, as the report prints it. Each stage has its own catalogue, an enum that
 * implements this interface; the core's rule codes come in through {@link RuleIssueCode}.
 *
 * <p>Codes are unique across the catalogues, so that the name alone, as written in a JSON report, tells
 * which one it is. Implementations print their name with {@code toString()}.
 */
public interface IssueCode {

    /**
     * The stable name ({@code DATE_UNREADABLE}, {@code UNIT_AMBIGUOUS}, {@code DATE_OUTSIDE_CAMPAIGN}).
     *
     * @return the name
     */
    String name();
}
