package vn.campaign.importer.issue;

import vn.campaign.core.rule.Severity;

/**
 * A code whose severity is fixed and that has a short Vietnamese description: the row step's and the value
 * parsers' codes. The stage that meets the cell writes the message from it, with the cell's text.
 */
public interface DescribedCode extends IssueCode {

    /**
     * How serious the issue is.
     *
     * @return ERROR rejects the row, WARNING lets it through
     */
    Severity severity();

    /**
     * A short description in Vietnamese, for the import report.
     *
     * @return the description
     */
    String vietnamese();
}
