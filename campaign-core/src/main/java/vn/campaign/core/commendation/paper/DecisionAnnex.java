package vn.campaign.core.commendation.paper;

import java.util.List;
import java.util.Objects;
import vn.campaign.core.report.Group;
import vn.campaign.core.report.ReportHeading;

/**
 * The list annexed to a commendation decision (Nghị định 30/2020/NĐ-CP, Phụ lục III, Mẫu 1.3: the attachment
 * repeats the heading block without number and date): "DANH SÁCH TẬP THỂ, CÁ NHÂN ĐƯỢC KHEN THƯỞNG", the
 * campaign, "(Kèm theo Quyết định số … ngày … của …)", then the collectives ("I. TẬP THỂ") and the individuals
 * ("II. CÁ NHÂN"), each numbered from 1. A group without lines is left out and the numerals follow the groups
 * shown.
 *
 * @param heading        the issuer of the decision (its number line and signer are not shown)
 * @param title          "DANH SÁCH TẬP THỂ, CÁ NHÂN ĐƯỢC KHEN THƯỞNG"
 * @param subject        what the recipients are commended for ("Có thành tích trong …")
 * @param attachedTo     "(Kèm theo Quyết định số 123/QĐ-UBND ngày 01/7/2022 của Chủ tịch …)"
 * @param decisionNumber the decision's number, for the file's name
 * @param groups         the collectives, then the individuals
 * @since 0.4.0
 */
public record DecisionAnnex(ReportHeading heading, String title, String subject, String attachedTo,
        String decisionNumber, List<Group<CommendationEntry>> groups) {

    /** The title of the list. */
    public static final String TITLE = "DANH SÁCH TẬP THỂ, CÁ NHÂN ĐƯỢC KHEN THƯỞNG";

    /**
     * Validates the annex.
     *
     * @param heading        the issuer of the decision
     * @param title          the list's title
     * @param subject        what the recipients are commended for
     * @param attachedTo     the line naming the decision
     * @param decisionNumber the decision's number
     * @param groups         the collectives, then the individuals
     */
    public DecisionAnnex {
        Objects.requireNonNull(heading, "heading");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(attachedTo, "attachedTo");
        Objects.requireNonNull(decisionNumber, "decisionNumber");
        groups = List.copyOf(groups);
    }
}
