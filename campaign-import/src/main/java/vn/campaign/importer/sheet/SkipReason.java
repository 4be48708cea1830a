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
    /** A subtotal or total row ("Cộng", "Tổng cộng", "TỔNG CỘNG (I+II)", "Tổng số: 12 công trình"). */
    TOTAL,
    /** A note or unit-of-measure line ("Ghi chú: …", "Lưu ý: …", "ĐVT: triệu đồng"). */
    NOTE,
    /** The signature block under the list ("Người lập biểu", "TM. ĐẢNG ỦY"). */
    FOOTER,
    /** A row whose values all lie in columns that are mapped to no field. */
    UNMAPPED,
    /** A data row hidden in the workbook: not part of the sheet as signed, so not imported. */
    HIDDEN,
    /**
     * A row of a pivot table or a summary made from one: a sheet the workbook stores a pivot table on, or
     * whose first rows read "Row Labels", "Grand Total", "Count of …" or Excel's Vietnamese "Nhãn Hàng",
     * "Tổng Cuối", "Đếm …", "Tổng của …".
     */
    PIVOT,
    /** A row of a sheet in which no header was found. */
    NO_HEADER,
    /**
     * A row of a sheet whose table lists something other than registrations: units and names without any
     * kind, date, place or amount (a compliance matrix, a list of plaques).
     */
    NOT_REGISTRATIONS
}
