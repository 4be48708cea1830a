package vn.campaign.importer.parse;

/**
 * What a data row registers.
 */
public enum RowType {
    /** A celebratory work: an inauguration or a groundbreaking. */
    WORK,
    /** A festival or event. */
    EVENT,
    /** Neither can be told: the sheet mixes both (or says neither) and the row's kind names neither. */
    UNDETERMINED
}
