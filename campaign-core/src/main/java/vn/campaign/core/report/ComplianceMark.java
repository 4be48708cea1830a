package vn.campaign.core.report;

import vn.campaign.core.compliance.ObligationStatus;

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
     * @return "đã đạt", "chờ duyệt", "chưa đăng ký" or "-"
     */
    public String label() {
        return label;
    }

    static ComplianceMark of(ObligationStatus status) {
        return switch (status) {
            case SATISFIED -> SATISFIED;
            case PENDING -> PENDING;
            case MISSING -> MISSING;
        };
    }
}
