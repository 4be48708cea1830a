package vn.campaign.importer.value;

import vn.campaign.core.rule.Severity;
import vn.campaign.importer.issue.DescribedCode;

/**
 * The stable codes of the issues found while parsing a cell value. A problem means the value could
 * not be read; a warning means it was read, with an assumption the report should show.
 */
public enum ValueIssueCode implements DescribedCode {
    /** The date cell is empty. */
    DATE_EMPTY(Severity.ERROR, "Ô ngày để trống"),
    /** The text does not read as a date, month, quarter or year. */
    DATE_UNREADABLE(Severity.ERROR, "Không đọc được ngày"),
    /** The date does not exist (31/4/2022, month 13, quarter V) or its year is outside 1900–2100. */
    DATE_IMPOSSIBLE(Severity.ERROR, "Ngày không tồn tại"),
    /** The number is not an Excel date serial. */
    DATE_SERIAL_INVALID(Severity.ERROR, "Số ngày kiểu Excel không hợp lệ"),
    /** A month was given instead of a day; the range covers the month. */
    DATE_IS_MONTH(Severity.WARNING, "Chỉ ghi tháng, lấy cả tháng"),
    /** A quarter was given instead of a day; the range covers the quarter. */
    DATE_IS_QUARTER(Severity.WARNING, "Chỉ ghi quý, lấy cả quý"),
    /** A year was given instead of a day; the range covers the year. */
    DATE_IS_YEAR(Severity.WARNING, "Chỉ ghi năm, lấy cả năm"),
    /** The year had two digits and was read as 20yy. */
    DATE_TWO_DIGIT_YEAR(Severity.WARNING, "Năm ghi hai chữ số, hiểu là 20xx"),
    /** A day and month were written without a year; the campaign's year was taken. */
    DATE_YEAR_ASSUMED(Severity.WARNING, "Không ghi năm, lấy năm của đợt thi đua"),
    /** A run of days ends before it starts ("14-12/5/2022"). */
    DATE_SPAN_REVERSED(Severity.ERROR, "Khoảng ngày kết thúc trước khi bắt đầu"),
    /** The date was qualified as approximate ("dự kiến", "khoảng", "cuối tháng"). */
    DATE_APPROXIMATE(Severity.WARNING, "Ngày ghi ước chừng"),

    /** The amount cell is empty or holds only a dash. */
    AMOUNT_EMPTY(Severity.ERROR, "Ô số tiền để trống"),
    /** The text does not read as an amount of money. */
    AMOUNT_UNREADABLE(Severity.ERROR, "Không đọc được số tiền"),
    /** The amount is below zero. */
    AMOUNT_NEGATIVE(Severity.ERROR, "Số tiền âm"),
    /** A single separator before three digits could mean thousands or a decimal point. */
    AMOUNT_SEPARATOR_AMBIGUOUS(Severity.WARNING, "Dấu phân cách có thể hiểu hai cách"),
    /** The unit written in the cell differs from the unit of the column header; the cell's unit was used. */
    AMOUNT_UNIT_DIFFERS_FROM_HEADER(Severity.WARNING, "Đơn vị trong ô khác đơn vị ở tiêu đề cột"),
    /** The amount had a fraction of a đồng and was rounded. */
    AMOUNT_ROUNDED(Severity.WARNING, "Số tiền được làm tròn đến đồng"),
    /** The amount was qualified as approximate ("khoảng", "dự kiến", "~"). */
    AMOUNT_APPROXIMATE(Severity.WARNING, "Số tiền ghi ước chừng"),

    /** The kind of work is empty. */
    WORK_KIND_EMPTY(Severity.ERROR, "Chưa ghi loại công trình"),
    /** The text names neither an inauguration nor a groundbreaking. */
    WORK_KIND_UNKNOWN(Severity.ERROR, "Không nhận ra loại công trình (khánh thành / khởi công)"),
    /** The text names both an inauguration and a groundbreaking. */
    WORK_KIND_AMBIGUOUS(Severity.ERROR, "Ghi cả khánh thành và khởi công"),
    /** The kind was inferred from a description ("hoàn thành", "đưa vào sử dụng"), not named. */
    WORK_KIND_INFERRED(Severity.WARNING, "Loại công trình suy ra từ mô tả"),
    /** The kind cell was empty or unreadable; the kind was read from the name ("Khánh thành nhà văn hóa"). */
    WORK_KIND_FROM_NAME(Severity.WARNING, "Loại công trình lấy theo tên công trình"),
    /** The kind of event is empty. */
    EVENT_KIND_EMPTY(Severity.ERROR, "Chưa ghi loại sự kiện"),
    /** The text names no kind of event. */
    EVENT_KIND_UNKNOWN(Severity.ERROR, "Không nhận ra loại sự kiện"),
    /** The kind cell was empty or unreadable; the kind was read from the name ("Giải bóng đá …"). */
    EVENT_KIND_FROM_NAME(Severity.WARNING, "Loại sự kiện lấy theo tên sự kiện"),
    /** The text matches several kinds of event; the most specific was taken. */
    EVENT_KIND_AMBIGUOUS(Severity.WARNING, "Sự kiện khớp nhiều loại, lấy loại cụ thể nhất"),

    /** The plaque mark is neither a yes mark nor a no mark. */
    PLAQUE_MARK_UNREADABLE(Severity.ERROR, "Không đọc được đánh dấu gắn biển");

    private final Severity severity;
    private final String vietnamese;

    ValueIssueCode(Severity severity, String vietnamese) {
        this.severity = severity;
        this.vietnamese = vietnamese;
    }

    /**
     * Whether the value could not be read.
     *
     * @return {@code true} for a problem, {@code false} for a warning
     */
    public boolean isProblem() {
        return severity == Severity.ERROR;
    }

    /**
     * How serious the issue is for the row.
     *
     * @return ERROR for a problem, WARNING for a warning
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
