package vn.campaign.core.compliance;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import vn.campaign.core.unit.Unit;

/**
 * How one unit stands against every obligation that binds it.
 *
 * @param unit        the unit
 * @param obligations each obligation's result, in the campaign's order
 * @since 0.1.0
 */
public record UnitCompliance(Unit unit, List<ObligationResult> obligations) {

    /**
     * Validates the result.
     *
     * @param unit the unit
     * @param obligations each obligation's result, in the campaign's order
     */
    public UnitCompliance {
        Objects.requireNonNull(unit, "unit");
        obligations = List.copyOf(obligations);
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
                        + (o.pending() > 0 ? " (" + o.pending() + " đang chờ duyệt)" : ""))
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
                        + (o.pending() > 0 ? " (" + o.pending() + " awaiting approval)" : ""))
                .collect(Collectors.joining("; "));
    }

    /** How many more approved registrations the obligation needs. */
    private static int missing(ObligationResult result) {
        return Math.max(0, result.obligation().minimum() - result.approved());
    }
}
