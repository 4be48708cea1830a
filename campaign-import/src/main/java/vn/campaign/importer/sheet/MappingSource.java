package vn.campaign.importer.sheet;

/**
 * How a column came to be mapped to a field.
 */
public enum MappingSource {
    /** Its header matched one of the field's synonyms. */
    HEADER_SYNONYM,
    /** The caller named the column for the field. */
    EXPLICIT
}
