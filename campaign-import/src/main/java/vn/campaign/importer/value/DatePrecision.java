package vn.campaign.importer.value;

/**
 * How precisely a date was written.
 */
public enum DatePrecision {
    /** A single day ("19/5/2022"). */
    DAY,
    /** A month ("tháng 5/2022"): the range covers it. */
    MONTH,
    /** A quarter ("Quý II/2022"): the range covers it. */
    QUARTER,
    /** A year ("năm 2022"): the range covers it. */
    YEAR
}
