package vn.campaign.importer.value;

import vn.campaign.core.rule.Severity;
import vn.campaign.importer.issue.IssueCode;

/**
 * The stable codes of the issues found while parsing a cell value. A problem means the value could
 * not be read; a warning means it was read, with an assumption the report should show.
 */
public enum ValueIssueCode implements IssueCode {
    /** The date cell is empty. */
    DATE_EMPTY(true, "Ô ngày để trống"),
    /** The text does not read as a date, month, quarter or year. */
    DATE_UNREADABLE(true, "Không đọc được ngày"),
    /** The date does not exist (31/4/2022, month 13, quarter V) or its year is outside 1900–2100. */
    DATE_IMPOSSIBLE(true, "Ngày không tồn tại"),
    /** The number is not an Excel date serial. */
    DATE_SERIAL_INVALID(true, "Số ngày kiểu Excel không hợp lệ"),
    /** A month was given instead of a day; the range covers the month. */
    DATE_IS_MONTH(false, "Chỉ ghi tháng, lấy cả tháng"),
    /** A quarter was given instead of a day; the range covers the quarter. */
    DATE_IS_QUARTER(false, "Chỉ ghi quý, lấy cả quý"),
    /** A year was given instead of a day; the range covers the year. */
    DATE_IS_YEAR(false, "Chỉ ghi năm, lấy cả năm"),
    /** The year had two digits and was read as 20yy. */
    DATE_TWO_DIGIT_YEAR(false, "Năm ghi hai chữ số, hiểu là 20xx"),
    /** The date was qualified as approximate ("dự kiến", "khoảng", "cuối tháng"). */
    DATE_APPROXIMATE(false, "Ngày ghi ước chừng"),

    /** The amount cell is empty or holds only a dash. */
    AMOUNT_EMPTY(true, "Ô số tiền để trống"),
    /** The text does not read as an amount of money. */
    AMOUNT_UNREADABLE(true, "Không đọc được số tiền"),
    /** The amount is below zero. */
    AMOUNT_NEGATIVE(true, "Số tiền âm"),
    /** The amount does not fit in a whole number of đồng. */
    AMOUNT_TOO_LARGE(true, "Số tiền quá lớn"),
    /** A single separator before three digits could mean thousands or a decimal point. */
    AMOUNT_SEPARATOR_AMBIGUOUS(false, "Dấu phân cách có thể hiểu hai cách"),
    /** The unit written in the cell differs from the unit of the column header; the cell's unit was used. */
    AMOUNT_UNIT_DIFFERS_FROM_HEADER(false, "Đơn vị trong ô khác đơn vị ở tiêu đề cột"),
    /** The amount had a fraction of a đồng and was rounded. */
    AMOUNT_ROUNDED(false, "Số tiền được làm tròn đến đồng"),
    /** The amount was qualified as approximate ("khoảng", "dự kiến", "~"). */
    AMOUNT_APPROXIMATE(false, "Số tiền ghi ước chừng"),

    /** The kind of work is empty. */
    WORK_KIND_EMPTY(true, "Chưa ghi loại công trình"),
    /** The text names neither an inauguration nor a groundbreaking. */
    WORK_KIND_UNKNOWN(true, "Không nhận ra loại công trình (khánh thành / khởi công)"),
    /** The text names both an inauguration and a groundbreaking. */
    WORK_KIND_AMBIGUOUS(true, "Ghi cả khánh thành và khởi công"),
    /** The kind was inferred from a description ("hoàn thành", "đưa vào sử dụng"), not named. */
    WORK_KIND_INFERRED(false, "Loại công trình suy ra từ mô tả"),
    /** The kind of event is empty. */
    EVENT_KIND_EMPTY(true, "Chưa ghi loại sự kiện"),
    /** The text names no kind of event. */
    EVENT_KIND_UNKNOWN(true, "Không nhận ra loại sự kiện"),
    /** The text matches several kinds of event; the most specific was taken. */
    EVENT_KIND_AMBIGUOUS(false, "Sự kiện khớp nhiều loại, lấy loại cụ thể nhất"),

    /** The plaque mark is neither a yes mark nor a no mark. */
    PLAQUE_MARK_UNREADABLE(true, "Không đọc được đánh dấu gắn biển");

    private final boolean problem;
    private final String vietnamese;

    ValueIssueCode(boolean problem, String vietnamese) {
        this.problem = problem;
        this.vietnamese = vietnamese;
    }

    /**
     * Whether the value could not be read.
     *
     * @return {@code true} for a problem, {@code false} for a warning
     */
    public boolean isProblem() {
        return problem;
    }

    /**
     * How serious the issue is for the row.
     *
     * @return ERROR for a problem, WARNING for a warning
     */
    public Severity severity() {
        return problem ? Severity.ERROR : Severity.WARNING;
    }

    /**
     * A short description in Vietnamese, for the import report.
     *
     * @return the description
     */
    public String vietnamese() {
        return vietnamese;
    }
}
