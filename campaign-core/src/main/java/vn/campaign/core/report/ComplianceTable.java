package vn.campaign.core.report;

import java.util.List;
import java.util.Objects;

/**
 * The compliance table ("Biểu số 03"): every required unit against every obligation of the campaign.
 *
 * @param number         the table's number
 * @param title          its title
 * @param obligations    the obligations' names, the columns after the unit, in the campaign's order
 * @param verdictHeader  the header of the last column, the overall verdict
 * @param groups         the units, grouped by kind
 * @param satisfiedCount per obligation, how many units have satisfied it (the table's last row)
 * @param compliantCount how many units have satisfied every obligation
 * @since 0.1.0
 */
public record ComplianceTable(String number, String title, List<String> obligations, String verdictHeader,
        List<Group<ComplianceRow>> groups, List<Integer> satisfiedCount, int compliantCount) {

    /** The text of the last row. */
    public static final String SATISFIED_ROW = "Số đơn vị đã đạt";

    /**
     * Validates the table.
     *
     * @param number the table's number
     * @param title its title
     * @param obligations the obligations' names, the columns after the unit, in the campaign's order
     * @param verdictHeader the header of the last column, the overall verdict
     * @param groups the units, grouped by kind
     * @param satisfiedCount per obligation, how many units have satisfied it (the table's last row)
     * @param compliantCount how many units have satisfied every obligation
     */
    public ComplianceTable {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(verdictHeader, "verdictHeader");
        obligations = List.copyOf(obligations);
        groups = List.copyOf(groups);
        satisfiedCount = List.copyOf(satisfiedCount);
        if (satisfiedCount.size() != obligations.size()) {
            throw new IllegalArgumentException("one satisfied count per obligation is needed");
        }
    }
}
