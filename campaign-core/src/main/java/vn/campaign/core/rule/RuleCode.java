package vn.campaign.core.rule;

import java.util.Objects;
import vn.campaign.core.text.Message;

/**
 * The catalogue of rules: each code is stable and documented in {@code docs/rules.md} with the
 * directive's sentence it comes from. Messages are templates whose {@code %s} take the arguments in order.
 *
 * @since 0.1.0
 */
public enum RuleCode {
    /** A required field is missing or blank. */
    REQUIRED(Severity.ERROR, "Trường %s là bắt buộc.", "%s is required."),
    /** A text is longer than allowed. */
    TOO_LONG(Severity.ERROR, "Trường %s dài quá %s ký tự.", "%s is longer than %s characters."),
    /** A name holds no letter or digit ("---", "🎉🎉🎉"). */
    NAME_INVALID(Severity.ERROR, "Tên phải có ít nhất một chữ cái hoặc chữ số.",
            "A name must contain at least one letter or digit."),
    /** A text holds a control character or a bidirectional override. */
    CONTROL_CHARACTER(Severity.ERROR, "Trường %s chứa ký tự điều khiển không được phép (%s).",
            "%s contains a control character that is not allowed (%s)."),
    /** The campaign does not exist. */
    CAMPAIGN_UNKNOWN(Severity.ERROR, "Không có đợt thi đua mã %s.", "There is no campaign with code %s."),
    /** No unit carries the code. */
    UNIT_UNKNOWN(Severity.ERROR, "Không có đơn vị mã %s.", "There is no unit with code %s."),
    /** The unit does not exist during the campaign (merged away, or not yet created). */
    UNIT_NOT_VALID(Severity.ERROR, "Đơn vị %s không tồn tại trong thời gian đợt thi đua (%s).",
            "Unit %s does not exist during the campaign (%s)."),
    /** A date lies outside the campaign period. */
    DATE_OUTSIDE_CAMPAIGN(Severity.ERROR, "Ngày %s nằm ngoài thời gian đợt thi đua (%s).",
            "The date %s lies outside the campaign period (%s)."),
    /** An event ends before it starts. */
    EVENT_ENDS_BEFORE_START(Severity.ERROR, "Sự kiện kết thúc (%s) trước khi bắt đầu (%s).",
            "The event ends (%s) before it starts (%s)."),
    /** An investment amount is below zero. */
    INVESTMENT_NEGATIVE(Severity.ERROR, "Kinh phí đầu tư không được âm (%s đồng).",
            "The investment must not be negative (%s VND)."),
    /** An investment amount is beyond the largest the platform records. */
    AMOUNT_TOO_LARGE(Severity.ERROR, "Kinh phí đầu tư vượt quá %s đồng.", "The investment exceeds %s VND."),
    /** An expected number of participants is below zero. */
    PARTICIPANTS_NEGATIVE(Severity.ERROR, "Số người tham gia dự kiến không được âm (%s).",
            "The expected number of participants must not be negative (%s)."),
    /** The task area is not one of the campaign's. */
    TASK_AREA_UNKNOWN(Severity.ERROR, "Đợt thi đua không có lĩnh vực %s.", "The campaign has no task area %s."),
    /** No task area is given, so the registration cannot be followed per task area. */
    TASK_AREA_MISSING(Severity.WARNING, "Chưa chọn lĩnh vực nhiệm vụ.", "No task area is given."),
    /** The unit already registered something of the same name (ignoring case, tone marks and spacing). */
    DUPLICATE_REGISTRATION(Severity.ERROR, "Đơn vị %s đã đăng ký “%s”.", "Unit %s has already registered \"%s\"."),
    /** A status change the lifecycle does not allow. */
    ILLEGAL_TRANSITION(Severity.ERROR, "Không thể chuyển trạng thái từ %s sang %s.",
            "The status cannot change from %s to %s."),
    /** The registration can no longer be edited. */
    NOT_EDITABLE(Severity.ERROR, "Không thể sửa đăng ký ở trạng thái %s.", "A registration in status %s cannot be edited."),
    /** A rejection needs a reason. */
    REASON_REQUIRED(Severity.ERROR, "Cần nêu lý do.", "A reason is required."),
    /** A completion needs the day it took place, within the campaign. */
    ACTUAL_DATE_REQUIRED(Severity.ERROR, "Cần ghi ngày thực hiện.", "The actual date is required."),
    /** A plaque can only go to an approved or completed work. */
    PLAQUE_WORK_NOT_APPROVED(Severity.ERROR, "Chỉ gắn biển cho công trình đã được duyệt (trạng thái hiện tại: %s).",
            "Only an approved work can receive a plaque (current status: %s)."),
    /** Only the campaign's organiser (the city) awards plaques. */
    PLAQUE_NOT_BY_CITY(Severity.ERROR, "Chỉ %s được quyết định gắn biển công trình.",
            "Only %s can award a commemorative plaque."),
    /** The work already carries a plaque. */
    PLAQUE_ALREADY_AWARDED(Severity.ERROR, "Công trình đã được gắn biển.", "The work already carries a plaque."),
    /** The campaign's plaque list names no plaque work under the key (since 0.4.0). */
    PLAQUE_WORK_UNKNOWN(Severity.ERROR, "Danh sách công trình gắn biển của đợt thi đua %s không có công trình %s.",
            "The plaque list of campaign %s has no plaque work %s."),
    /** The plaque work already stands for a registered work; unlink it first (since 0.4.0). */
    PLAQUE_WORK_ALREADY_LINKED(Severity.ERROR,
            "Công trình gắn biển “%s” đã gắn với công trình đăng ký “%s”; hãy bỏ liên kết trước.",
            "The plaque work \"%s\" is already linked to the registered work \"%s\"; unlink it first."),
    /** The plaque work stands for no registered work, so there is nothing to unlink (since 0.4.0). */
    PLAQUE_WORK_NOT_LINKED(Severity.ERROR, "Công trình gắn biển “%s” chưa gắn với công trình đăng ký nào.",
            "The plaque work \"%s\" is not linked to any registered work."),
    /** The registered work already stands for another plaque work of the list (since 0.4.0). */
    WORK_ALREADY_LINKED(Severity.ERROR, "Công trình “%s” đã gắn với công trình gắn biển “%s”.",
            "The work \"%s\" is already linked to the plaque work \"%s\"."),
    /** The registered work belongs to another campaign than the plaque list's (since 0.4.0). */
    WORK_OF_OTHER_CAMPAIGN(Severity.ERROR, "Công trình “%s” thuộc đợt thi đua %s, không thuộc đợt %s.",
            "The work \"%s\" belongs to campaign %s, not to campaign %s."),
    /** Someone else linked or unlinked the plaque work since the caller read it (since 0.4.0). */
    PLAQUE_LINK_CONFLICT(Severity.ERROR,
            "Liên kết của công trình gắn biển đã được người khác sửa (phiên bản hiện tại %s, bạn đã đọc phiên bản %s). Hãy tải lại.",
            "The plaque work's link was changed by someone else (current version %s, you read version %s). Reload it."),
    /** No registration is stored under the id. */
    NOT_FOUND(Severity.ERROR, "Không tìm thấy đăng ký %s.", "registration %s was not found."),
    /** Someone else changed the registration since the caller read it. */
    CONFLICT(Severity.ERROR, "Đăng ký đã được người khác sửa (phiên bản hiện tại %s, bạn đã đọc phiên bản %s). Hãy tải lại.",
            "The registration was changed by someone else (current version %s, you read version %s). Reload it."),
    /** The campaign has no such target. */
    TARGET_UNKNOWN(Severity.ERROR, "Đợt thi đua không có chỉ tiêu %s.", "The campaign has no target %s."),
    /** The target does not concern the reporting unit. */
    TARGET_NOT_FOR_UNIT(Severity.ERROR, "Chỉ tiêu %s không giao cho đơn vị %s.", "Target %s is not assigned to unit %s."),
    /** The caller has not signed in and the action needs it. */
    UNAUTHORIZED(Severity.ERROR, "Cần đăng nhập để thực hiện thao tác này.", "Sign in to do this."),
    /** The caller is signed in, but their role or unit does not allow the action. */
    FORBIDDEN(Severity.ERROR, "Bạn không có quyền %1$s.", "You are not allowed to %2$s."),
    /** A progress figure is below zero. */
    PROGRESS_NEGATIVE(Severity.ERROR, "Số liệu tiến độ không được âm (%s).", "A progress figure must not be negative (%s)."),
    /** The campaign is not OPEN: it accepts no registrations (since 0.3.0). */
    CAMPAIGN_NOT_OPEN(Severity.ERROR, "Đợt thi đua %s đang ở trạng thái %s, không nhận đăng ký.",
            "Campaign %s is %s; it accepts no registrations."),
    /** The unit merged into another before the registration's day; the successor is named (since 0.3.0). */
    UNIT_MERGED(Severity.ERROR, "%s đã sáp nhập vào %s từ ngày %s.", "%s merged into %s on %s."),
    /** A campaign or unit definition is malformed; the field locates it, inside the document (since 0.3.0). */
    DEFINITION_INVALID(Severity.ERROR, "Định nghĩa không hợp lệ: %s.", "The definition is invalid: %s."),
    /** A campaign with the code exists and can no longer be redefined (since 0.3.0). */
    CAMPAIGN_CODE_TAKEN(Severity.ERROR, "Đã có đợt thi đua mã %s (trạng thái %s).",
            "There is already a campaign with code %s (status %s)."),
    /** The campaign changed since the caller read it (since 0.3.0). */
    CAMPAIGN_CONFLICT(Severity.ERROR,
            "Đợt thi đua đã được người khác sửa (phiên bản hiện tại %s, bạn đã đọc phiên bản %s). Hãy tải lại.",
            "The campaign was changed by someone else (current version %s, you read version %s). Reload it."),
    /** The campaign's lifecycle does not allow the change (since 0.3.0). */
    CAMPAIGN_TRANSITION(Severity.ERROR, "Không thể chuyển đợt thi đua từ trạng thái %s sang %s.",
            "A campaign cannot move from %s to %s."),
    /** The unit code already names a unit on the days asked for (since 0.3.0). */
    UNIT_CODE_TAKEN(Severity.ERROR, "Mã đơn vị %s đã được dùng cho %s.", "Unit code %s is already used by %s."),
    /** No unit carries the code on the day asked for (since 0.3.0). */
    UNIT_NOT_VALID_ON(Severity.ERROR, "Không có đơn vị mã %s vào ngày %s.", "No unit has code %s on %s."),
    /** A merger names the same unit as merged away and as successor (since 0.3.0). */
    MERGE_INTO_ITSELF(Severity.ERROR, "Đơn vị %s không thể sáp nhập vào chính nó.", "Unit %s cannot merge into itself."),
    /** A completion without evidence, in a campaign whose definition says {@code evidenceRequired: true}. */
    EVIDENCE_REQUIRED(Severity.ERROR, "Đợt thi đua %s yêu cầu có ít nhất một minh chứng (ảnh, biên bản) trước khi ghi nhận hoàn thành.",
            "Campaign %s requires at least one piece of evidence (a photo, the minutes) before completion."),
    /** Evidence attached to or removed from a completed, rejected or cancelled registration. */
    EVIDENCE_LOCKED(Severity.ERROR, "Không thể thay đổi minh chứng của đăng ký ở trạng thái %s.",
            "The evidence of a registration in status %s cannot change."),
    /**
     * The registration or commendation proposal waits for another review step than the caller's role decides at.
     *
     * @since 0.3.0
     */
    REVIEW_STEP_NOT_YOURS(Severity.ERROR, "Hồ sơ đang chờ bước duyệt %s; vai trò %s của bạn không quyết định ở bước này.",
            "It waits for review step %s; your role %s does not decide at that step."),
    /**
     * The campaign does not let a unit change a registration once approved.
     *
     * @since 0.3.0
     */
    APPROVED_CHANGE_REFUSED(Severity.ERROR,
            "Đợt thi đua không cho đơn vị sửa đăng ký đã được duyệt; hãy đề nghị thành phố sửa.",
            "The campaign does not let a unit change an approved registration; ask the city to change it."),
    /**
     * A unit's change would send back to review a work that already carries the city's plaque.
     *
     * @since 0.3.0
     */
    PLAQUE_WORK_CHANGE_REFUSED(Severity.ERROR,
            "Công trình đã được thành phố gắn biển; đơn vị không thể sửa, hãy đề nghị thành phố sửa.",
            "The city awarded this work a plaque; the unit cannot change it, ask the city to change it."),
    /**
     * The campaign is closed: it takes no registrations nor changes, except evidence and completions during its
     * closing grace period (since 0.4.0).
     */
    CAMPAIGN_CLOSED(Severity.ERROR, "Đợt thi đua %s đã kết thúc (đóng ngày %s), không nhận đăng ký hay thay đổi.",
            "Campaign %s is closed (since %s); it accepts no registrations nor changes."),
    /** A campaign closed before its last day has passed (since 0.4.0). */
    CAMPAIGN_NOT_ENDED(Severity.ERROR, "Chỉ được đóng đợt thi đua sau ngày kết thúc %s.",
            "A campaign can only be closed after its last day, %s."),
    /** A commendation proposed before the campaign is closed, or before the day its definition opens them (since 0.4.0). */
    COMMENDATION_TOO_EARLY(Severity.ERROR, "Đợt thi đua %s chưa nhận đề nghị khen thưởng (chỉ nhận sau khi kết thúc đợt%s).",
            "Campaign %s does not take commendation proposals yet (only once it is closed%s)."),
    /** The recipient belongs to neither the proposing unit nor an organisation under it (since 0.4.0). */
    RECIPIENT_OUTSIDE_UNIT(Severity.ERROR, "Đơn vị %s chỉ đề nghị khen thưởng tập thể, cá nhân thuộc đơn vị mình (người nhận thuộc %s).",
            "Unit %s proposes commendations for its own collectives and people only (the recipient belongs to %s)."),
    /** The campaign's definition has no form of commendation with the code, or not for that kind of recipient (since 0.4.0). */
    COMMENDATION_FORM_UNKNOWN(Severity.ERROR, "Đợt thi đua không có hình thức khen thưởng %s cho %s.",
            "The campaign has no form of commendation %s for a %s recipient."),
    /** A decision covers a proposal whose form the city only proposes upward (since 0.4.0). */
    FORM_NOT_DECIDED_BY_CITY(Severity.ERROR, "Hình thức %s do cấp trên quyết định; thành phố chỉ đề nghị.",
            "Form %s is decided above the city; the city only proposes it."),
    /** The campaign already has a decision with the number (since 0.4.0). */
    DECISION_NUMBER_TAKEN(Severity.ERROR, "Đợt thi đua đã có quyết định số %s.", "The campaign already has decision number %s."),
    /** A proposal already covered by a decision is decided again (since 0.4.0). */
    COMMENDATION_ALREADY_DECIDED(Severity.ERROR, "Đề nghị %s đã được quyết định khen thưởng (quyết định %s).",
            "Proposal %s is already decided (decision %s)."),
    /** A decision covers a proposal that is not approved (since 0.4.0). */
    COMMENDATION_NOT_APPROVED(Severity.ERROR, "Đề nghị %s chưa được duyệt (trạng thái %s).",
            "Proposal %s is not approved (status %s)."),
    /** No commendation proposal has the id, or the caller may not see it (since 0.4.0). */
    COMMENDATION_NOT_FOUND(Severity.ERROR, "Không tìm thấy đề nghị khen thưởng %s.", "Commendation proposal %s was not found.");

    private final Severity severity;
    private final String template;
    private final String templateEn;

    RuleCode(Severity severity, String template, String templateEn) {
        this.severity = severity;
        this.template = template;
        this.templateEn = templateEn;
    }

    /**
     * How serious a violation of this rule is.
     *
     * @return the severity
     */
    public Severity severity() {
        return severity;
    }

    /**
     * The message with its arguments, in Vietnamese and in English.
     *
     * @param args the arguments, in the order the templates name them
     * @return the message
     */
    public Message message(Object... args) {
        return Message.format(Objects.requireNonNull(template), Objects.requireNonNull(templateEn), args);
    }
}
