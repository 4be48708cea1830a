package vn.campaign.core.report;

import java.util.Objects;

/**
 * One work in the list of plaque works.
 *
 * @param number the line's number, from 1
 * @param work   the work's name
 * @param unit   the unit it belongs to
 * @param basis  why it is listed: selected by the organiser, awarded, or requested by its unit
 * @since 0.1.0
 */
public record PlaqueLine(int number, String work, String unit, String basis) {

    /**
     * Validates the line.
     *
     * @param number the line's number, from 1
     * @param work the work's name
     * @param unit the unit it belongs to
     * @param basis why it is listed: selected by the organiser, awarded, or requested by its unit
     */
    public PlaqueLine {
        Objects.requireNonNull(work, "work");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(basis, "basis");
    }
}
