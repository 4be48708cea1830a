package vn.campaign.importer.value;

import org.jspecify.annotations.Nullable;

/**
 * How precisely a date was written.
 */
public enum DatePrecision {
    /** A single day ("19/5/2022"). */
    DAY(null, "ngày", "day"),
    /** A run of days written in one cell ("12-14/5/2022", "Từ ngày 3/6 đến ngày 5/6/2022"): its first to last day. */
    DAYS(null, "các ngày", "days"),
    /** A month ("tháng 5/2022"): the range covers it. */
    MONTH(ValueIssueCode.DATE_IS_MONTH, "tháng", "month"),
    /** A quarter ("Quý II/2022"): the range covers it. */
    QUARTER(ValueIssueCode.DATE_IS_QUARTER, "quý", "quarter"),
    /** A year ("năm 2022"): the range covers it. */
    YEAR(ValueIssueCode.DATE_IS_YEAR, "năm", "year");

    private final @Nullable ValueIssueCode warning;
    private final String vietnamese;
    private final String english;

    DatePrecision(@Nullable ValueIssueCode warning, String vietnamese, String english) {
        this.warning = warning;
        this.vietnamese = vietnamese;
        this.english = english;
    }

    /**
     * The warning the date parser gives for a date of this precision.
     *
     * @return the code, or {@code null} for a day, which needs none
     */
    public @Nullable ValueIssueCode warning() {
        return warning;
    }

    /**
     * The precision's noun in Vietnamese ({@code tháng}).
     *
     * @return the noun
     */
    public String vietnamese() {
        return vietnamese;
    }

    /**
     * The precision's noun in English ({@code month}).
     *
     * @return the noun
     */
    public String english() {
        return english;
    }
}
