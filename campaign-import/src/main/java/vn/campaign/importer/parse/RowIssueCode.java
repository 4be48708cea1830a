package vn.campaign.importer.parse;

import vn.campaign.core.rule.Severity;
import vn.campaign.importer.issue.DescribedCode;

/**
 * The codes of the issues the row step finds itself, besides those of the value parsers
 * ({@link vn.campaign.importer.value.ValueIssueCode}).
 */
public enum RowIssueCode implements DescribedCode {
    /** The row has no name. */
    NAME_MISSING(Severity.ERROR, "Thiếu tên công trình, sự kiện"),
    /** The row has no unit: no unit cell and no group heading above that names one. */
    UNIT_MISSING(Severity.ERROR, "Thiếu đơn vị"),
    /** None of the planned, start and end dates is given. */
    DATE_MISSING(Severity.ERROR, "Thiếu thời gian"),
    /** In a sheet that mixes works and events, the kind names neither. */
    ROW_TYPE_UNKNOWN(Severity.ERROR, "Không rõ là công trình hay sự kiện"),
    /** The cell holds an error value such as {@code #N/A}. */
    CELL_ERROR(Severity.ERROR, "Ô chứa giá trị lỗi"),
    /** The cell holds a value the field cannot take (a date as an amount, TRUE as a date). */
    CELL_TYPE_UNEXPECTED(Severity.ERROR, "Kiểu giá trị trong ô không phù hợp"),
    /** The value is the cached result of a formula, read as saved and not recalculated. */
    FORMULA_CACHED_VALUE(Severity.WARNING, "Giá trị của công thức được đọc như đã lưu, không tính lại"),
    /** The cell holds a formula whose result was never saved: the cell was read as empty. */
    FORMULA_WITHOUT_VALUE(Severity.WARNING, "Công thức chưa có kết quả lưu sẵn; coi như ô trống"),
    /** The sequence number is not a whole number; it is kept only as text. */
    SEQUENCE_UNREADABLE(Severity.WARNING, "Số thứ tự không phải số nguyên");

    private final Severity severity;
    private final String vietnamese;

    RowIssueCode(Severity severity, String vietnamese) {
        this.severity = severity;
        this.vietnamese = vietnamese;
    }

    /**
     * How serious the issue is.
     *
     * @return ERROR rejects the row, WARNING lets it through
     */
    @Override
    public Severity severity() {
        return severity;
    }

    @Override
    public String vietnamese() {
        return vietnamese;
    }
}
