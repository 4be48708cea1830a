package vn.campaign.importer.sheet;

/**
 * Why a row holds no registration.
 */
public enum SkipReason {
    /** A row above the header: the issuing body, the list's title, a date line. */
    TITLE,
    /** A header row, a header repeated further down, or a row of column numbers under the header. */
    HEADER,
    /** A row with nothing visible in it, or a run of row numbers the file stores nothing for. */
    BLANK,
    /** A group heading ("I. KHỐI PHƯỜNG", "1. Phường Bắc Hà") that names the unit of the rows below. */
    GROUP,
    /** A subtotal or total row ("Cộng", "Tổng cộng"). */
    TOTAL,
    /** The signature block under the list ("Người lập biểu", "TM. ĐẢNG ỦY"). */
    FOOTER,
    /** A row whose values all lie in columns that are mapped to no field. */
    UNMAPPED,
    /** A row of a sheet in which no header was found. */
    NO_HEADER
}
