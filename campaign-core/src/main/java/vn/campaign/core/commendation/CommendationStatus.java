package vn.campaign.core.commendation;

/**
 * Where a commendation proposal stands.
 *
 * @since 0.4.0
 */
public enum CommendationStatus {
    /** Đề nghị: proposed, waiting for review. */
    PROPOSED,
    /** Trả lại: returned to the proposer for more information; it edits and resubmits. */
    RETURNED,
    /** Đã duyệt: approved by the last review step; a decision may cover it. */
    APPROVED,
    /** Không duyệt: rejected, with a reason. */
    REJECTED,
    /** Đã quyết định: covered by a decision (quyết định khen thưởng). */
    DECIDED
}
