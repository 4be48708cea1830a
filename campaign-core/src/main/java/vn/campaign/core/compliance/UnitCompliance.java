package vn.campaign.core.compliance;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import vn.campaign.core.text.Message;
import vn.campaign.core.unit.Unit;

/**
 * How one unit stands against every obligation that binds it.
 *
 * @param unit        the unit
 * @param obligations each obligation's result, in the campaign's order
 * @param risks       why some of its obligations are at risk on the day of the evaluation, in the campaign's
 *                    order of obligations; empty when none is
 * @since 0.1.0
 */
public record UnitCompliance(Unit unit, List<ObligationResult> obligations, List<ComplianceRisk> risks) {

    /**
     * Validates the result.
     *
     * @param unit the unit
     * @param obligations each obligation's result, in the campaign's order
     * @param risks why some of its obligations are at risk on the day of the evaluation, in the campaign's
     *        order of obligations; empty when none is
     */
    public UnitCompliance {
        Objects.requireNonNull(unit, "unit");
        obligations = List.copyOf(obligations);
        risks = List.copyOf(risks);
        for (ComplianceRisk risk : risks) {
            if (obligations.stream().noneMatch(o -> o.obligation().equals(risk.obligation()))) {
                throw new IllegalArgumentException("obligation " + risk.obligation().code()
                        + " is at risk but does not bind unit " + unit.code());
            }
        }
    }

    /**
     * A result with no obligation at risk.
     *
     * @param unit        the unit
     * @param obligations each obligation's result
     */
    public UnitCompliance(Unit unit, List<ObligationResult> obligations) {
        this(unit, obligations, List.of());
    }

    /**
     * Whether some obligation is at risk: met only by overdue registrations, or still missing close to or after
     * the registration deadline.
     *
     * @return {@code true} when {@link #risks()} is not empty
     * @since 0.2.0
     */
    public boolean atRisk() {
        return !risks.isEmpty();
    }

    /**
     * Why the unit is at risk, one message per reason.
     *
     * @return the messages, in the order of {@link #risks()}
     * @since 0.2.0
     */
    public List<Message> atRiskReasons() {
        return risks.stream().map(ComplianceRisk::message).toList();
    }

    /**
     * Whether every obligation is satisfied.
     *
     * @return {@code true} when all are SATISFIED
     */
    public boolean compliant() {
        return obligations.stream().allMatch(o -> o.status() == ObligationStatus.SATISFIED);
    }

    /**
     * The obligations not yet satisfied (pending or missing).
     *
     * @return those results
     */
    public List<ObligationResult> unmet() {
        return obligations.stream().filter(o -> o.status() != ObligationStatus.SATISFIED).toList();
    }

    /**
     * How the unit stands, in plain Vietnamese words built from the campaign's own names of its obligations:
     * "Phường Nam Hà: còn thiếu 1 — Đăng ký ít nhất 01 lễ hội … (1 đang chờ duyệt)", or "…: đã đạt đủ các yêu
     * cầu".
     *
     * @return the explanation
     * @since 0.2.0
     */
    public String explanation() {
        if (compliant()) {
            return unit.name() + ": đã đạt đủ các yêu cầu";
        }
        return unit.name() + ": " + unmet().stream()
                .map(o -> "còn thiếu " + missing(o) + " — " + o.obligation().name()
                        + waitingVi(o))
                .collect(Collectors.joining("; "));
    }

    /**
     * How the unit stands, in plain English words built from the campaign's English names of its
     * obligations.
     *
     * @return the explanation
     * @since 0.2.0
     */
    public String explanationEn() {
        if (compliant()) {
            return unit.name() + ": meets every obligation";
        }
        return unit.name() + ": " + unmet().stream()
                .map(o -> missing(o) + " more needed — " + o.obligation().nameEn()
                        + waitingEn(o))
                .collect(Collectors.joining("; "));
    }

    /** What waits, in Vietnamese: for approval alone, or, once some are overdue, for approval or completion. */
    private static String waitingVi(ObligationResult o) {
        if (o.overdue() == 0) {
            return o.pending() > 0 ? " (" + o.pending() + " đang chờ duyệt)" : "";
        }
        return " (" + (o.pending() > 0 ? o.pending() + " đang chờ duyệt hoặc hoàn thành; " : "")
                + o.overdue() + " quá hạn chưa hoàn thành)";
    }

    /** What waits, in English. */
    private static String waitingEn(ObligationResult o) {
        if (o.overdue() == 0) {
            return o.pending() > 0 ? " (" + o.pending() + " awaiting approval)" : "";
        }
        return " (" + (o.pending() > 0 ? o.pending() + " awaiting approval or completion; " : "")
                + o.overdue() + " overdue, not completed)";
    }

    /** How many more approved registrations the obligation needs. */
    private static int missing(ObligationResult result) {
        return Math.max(0, result.obligation().minimum() - result.approved());
    }
}
