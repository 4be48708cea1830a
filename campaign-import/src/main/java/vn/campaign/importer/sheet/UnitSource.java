package vn.campaign.importer.sheet;

/**
 * Where the unit text of a data row comes from.
 */
public enum UnitSource {
    /** The row's own cell in the unit column. */
    COLUMN,
    /** The latest group heading above the row that names a unit. */
    GROUP_ROW,
    /** A title row above the header ("UBND PHƯỜNG VĂN YÊN", "Đơn vị: Xã Thạch Bình"), in a sheet without a unit column. */
    TITLE,
    /** The sheet's name ("P. Văn Yên"), in a sheet without a unit column and without a title naming a unit. */
    SHEET_NAME,
    /** The file's name ("dang-ky-xa-thach-binh.xlsx"), when neither the title nor the sheet name names a unit. */
    FILE_NAME,
    /** Neither: the row has no unit text. */
    NONE
}
