package vn.campaign.importer.sheet;

/**
 * Where the unit text of a data row comes from.
 */
public enum UnitSource {
    /** The row's own cell in the unit column. */
    COLUMN,
    /** The latest group heading above the row that names a unit. */
    GROUP_ROW,
    /** Neither: the row has no unit text. */
    NONE
}
