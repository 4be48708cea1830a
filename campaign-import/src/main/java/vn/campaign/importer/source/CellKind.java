package vn.campaign.importer.source;

/**
 * What a cell holds, as stored in the file. A formula cell has the kind of its cached value.
 */
public enum CellKind {
    /** Text, possibly in a legacy font encoding. */
    TEXT,
    /** A number without a date format. */
    NUMBER,
    /** A number whose format shows it as a date: an Excel serial date. */
    DATE,
    /** TRUE or FALSE. */
    BOOLEAN,
    /** An error value such as {@code #N/A} or {@code #REF!}. */
    ERROR,
    /** Nothing: only a formula without a cached value is kept with this kind. */
    BLANK
}
