package vn.campaign.core.report;

import java.util.List;
import java.util.Objects;
import vn.campaign.core.unit.Unit;

/**
 * One required unit in the compliance table.
 *
 * @param number    the unit's number within its group, from 1
 * @param unit      the unit
 * @param marks     one mark per obligation of the campaign, in its order
 * @param compliant whether every obligation that binds the unit is satisfied
 * @since 0.1.0
 */
public record ComplianceRow(int number, Unit unit, List<ComplianceMark> marks, boolean compliant) {

    /**
     * Validates the row.
     *
     * @param number the unit's number within its group, from 1
     * @param unit the unit
     * @param marks one mark per obligation of the campaign, in its order
     * @param compliant whether every obligation that binds the unit is satisfied
     */
    public ComplianceRow {
        Objects.requireNonNull(unit, "unit");
        marks = List.copyOf(marks);
    }

    /**
     * The overall verdict in words.
     *
     * @return "Đạt" or "Chưa đạt"
     */
    public String verdict() {
        return compliant ? "Đạt" : "Chưa đạt";
    }
}
