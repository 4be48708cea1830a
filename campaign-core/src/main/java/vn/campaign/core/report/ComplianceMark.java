package vn.campaign.core.report;

import vn.campaign.core.compliance.ObligationResult;

/**
 * How a unit stands against one obligation, as the compliance table says it.
 *
 * @since 0.1.0
 */
public enum ComplianceMark {
    /** Enough approved registrations. */
    SATISFIED("đã đạt"),
    /** Enough once those waiting are approved. */
    PENDING("chờ duyệt"),
    /**
     * Not enough met, and approved registrations whose due day passed without completion count towards it:
     * after the campaign's end, the approved ones never completed.
     *
     * @since 0.2.0
     */
    OVERDUE("quá hạn, chưa hoàn thành"),
    /** Not enough registered. */
    MISSING("chưa đăng ký"),
    /** The obligation does not bind the unit's kind. */
    NOT_BOUND("-");

    private final String label;

    ComplianceMark(String label) {
        this.label = label;
    }

    /**
     * The words in the table.
     *
     * @return "đã đạt", "chờ duyệt", "quá hạn, chưa hoàn thành", "chưa đăng ký" or "-"
     */
    public String label() {
        return label;
    }

    static ComplianceMark of(ObligationResult result, boolean campaignEnded) {
        return switch (result.status()) {
            case SATISFIED -> SATISFIED;
            case PENDING -> campaignEnded && result.overdue() > 0 ? OVERDUE : PENDING;
            case MISSING -> MISSING;
        };
    }
}
