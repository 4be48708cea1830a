package vn.campaign.importer.mapping;

import vn.campaign.core.rule.Severity;
import vn.campaign.core.text.Message;
import vn.campaign.importer.issue.IssueCode;

/**
 * The issue codes the mapping adds to those of the row step ({@code UNIT_MISSING}, {@code DATE_UNREADABLE},
 * …) and of the core's rules ({@code DATE_OUTSIDE_CAMPAIGN}, …). Messages are templates whose {@code %s} take
 * the arguments in order.
 */
public enum MappingCode implements IssueCode {
    /** The unit text fits several units of the campaign; the candidates are named. */
    UNIT_AMBIGUOUS(Severity.ERROR,
            "“%s” có thể là nhiều đơn vị: %s. Hãy ghi rõ phường hay xã, hoặc ghi mã đơn vị.",
            "\"%s\" could name several units: %s. Write \"phường\" or \"xã\", or the unit's code."),
    /** The unit text fits none of the units of the campaign. */
    UNIT_UNRECOGNISED(Severity.ERROR,
            "Không nhận ra đơn vị “%s” trong các đơn vị tham gia đợt thi đua.",
            "\"%s\" names none of the units taking part in the campaign."),
    /** The sheet has no unit column and no group heading names the row's unit: a title, the sheet or file name did. */
    UNIT_NOT_ON_ROW(Severity.WARNING,
            "Dòng không ghi đơn vị; lấy đơn vị “%s” theo %s.",
            "The row names no unit; the unit \"%s\" was taken from %s."),
    /** The planned day of a work differs from the day its kind's own column gives. */
    DATES_DISAGREE(Severity.WARNING,
            "Ngày dự kiến (%s) khác ngày ở cột %s (%s); đã lấy ngày dự kiến.",
            "The planned day (%s) differs from the day in column %s (%s); the planned day was taken."),
    /** The row has the same unit and name (once folded) as an earlier row of the file. */
    DUPLICATE_ROW(Severity.ERROR,
            "Trùng đơn vị và tên với dòng %s của trang “%s”; dòng này không được nhập.",
            "Same unit and name as row %s of sheet \"%s\"; this row was not imported."),
    /** The row is hidden in the workbook. */
    ROW_HIDDEN(Severity.WARNING,
            "Dòng bị ẩn trong bảng tính; vẫn được nhập.",
            "The row is hidden in the workbook; it was imported all the same."),
    /** An event row has a value in a column that only works have (amount, plaque, investor, funding). */
    VALUE_NOT_USED(Severity.WARNING,
            "Lễ hội, sự kiện không có trường “%s”; giá trị ở cột %s không được lưu.",
            "An event has no %s; the value in column %s was not stored."),
    /** The system id column of an exported file holds something that is not a registration's id. */
    ID_UNREADABLE(Severity.ERROR,
            "“%s” ở cột Mã hệ thống không phải mã của một đăng ký do hệ thống xuất ra; dòng này không được nhập.",
            "\"%s\" in the system id column is not the id of a registration the platform exported; this row was"
                    + " not imported."),
    /** The system id names an event on a row of works, or a work on a row of events. */
    ID_OF_OTHER_TYPE(Severity.ERROR,
            "Mã hệ thống “%s” là của %s, nhưng dòng này là %s; dòng này không được nhập.",
            "The system id \"%s\" is %s's, but this row is %s; this row was not imported."),
    /** A row with a system id has no readable version beside it. */
    VERSION_MISSING(Severity.ERROR,
            "Dòng có mã hệ thống nhưng thiếu phiên bản hợp lệ (“%s”); hãy xuất lại tệp từ hệ thống.",
            "The row has a system id but no valid version (\"%s\"); export the file from the platform again."),
    /** No registration has the row's system id. */
    ID_UNKNOWN(Severity.ERROR,
            "Không có đăng ký nào mang mã hệ thống “%s”; dòng này không được nhập.",
            "No registration has the system id \"%s\"; this row was not imported."),
    /** The row's system id is a registration of another campaign. */
    ID_OF_OTHER_CAMPAIGN(Severity.ERROR,
            "Mã hệ thống “%s” là đăng ký của đợt thi đua %s, không phải %s; dòng này không được nhập.",
            "The system id \"%s\" is a registration of campaign %s, not %s; this row was not imported."),
    /** The row names another unit than the one the registration with its system id belongs to. */
    UNIT_OF_REGISTRATION_DIFFERS(Severity.ERROR,
            "Đăng ký mang mã hệ thống này thuộc đơn vị %s, dòng lại ghi đơn vị %s; không chuyển được đăng ký sang"
                    + " đơn vị khác, dòng này không được nhập.",
            "The registration with this system id belongs to unit %s, but the row names unit %s; a registration"
                    + " cannot move to another unit, so this row was not imported."),
    /** The row has the same system id as an earlier row of the file. */
    DUPLICATE_ID(Severity.ERROR,
            "Trùng mã hệ thống với dòng %s của trang “%s”; dòng này không được nhập.",
            "Same system id as row %s of sheet \"%s\"; this row was not imported.");

    private final Severity severity;
    private final String template;
    private final String templateEn;

    MappingCode(Severity severity, String template, String templateEn) {
        this.severity = severity;
        this.template = template;
        this.templateEn = templateEn;
    }

    /**
     * How serious the issue is.
     *
     * @return ERROR rejects the row, WARNING lets it through
     */
    public Severity severity() {
        return severity;
    }

    /**
     * The message with its arguments, the same in both languages.
     *
     * @param args the arguments
     * @return the message
     */
    public Message message(Object... args) {
        return Message.format(template, templateEn, args);
    }

    /**
     * The message with arguments written differently in each language (a day as 19/05/2022 or 2022-05-19).
     *
     * @param args   the arguments of the Vietnamese message
     * @param argsEn the arguments of the English message
     * @return the message
     */
    public Message message(Object[] args, Object[] argsEn) {
        return new Message(String.format(template, args), String.format(templateEn, argsEn));
    }
}
