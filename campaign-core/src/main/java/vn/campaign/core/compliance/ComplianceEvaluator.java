package vn.campaign.core.compliance;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import vn.campaign.core.campaign.Campaign;
import vn.campaign.core.campaign.Obligation;
import vn.campaign.core.campaign.RegistrationType;
import vn.campaign.core.registration.Event;
import vn.campaign.core.registration.Registration;
import vn.campaign.core.registration.RegistrationStatus;
import vn.campaign.core.registration.Work;
import vn.campaign.core.unit.Unit;
import vn.campaign.core.unit.UnitCode;

/**
 * Evaluates a campaign's obligations for every unit they bind.
 *
 * <p>A unit is bound when its kind is one an obligation applies to and it exists during the campaign.
 * A registration counts towards an obligation when it is of the unit, of the obligation's type and
 * kinds, and neither rejected nor cancelled: approved and completed ones make the obligation
 * SATISFIED; registered ones (waiting for approval) make it at most PENDING. The evaluation reads each
 * registration once, so its cost grows linearly with units plus registrations.
 *
 * @since 0.1.0
 */
public final class ComplianceEvaluator {

    private ComplianceEvaluator() {
    }

    /**
     * Evaluates a campaign.
     *
     * @param campaign      the campaign
     * @param units         the units to consider (others are ignored); several versions of a code are
     *                      resolved to the one valid at the end of the campaign
     * @param registrations the campaign's registrations (others are ignored)
     * @return the report
     */
    public static ComplianceReport evaluate(Campaign campaign, Collection<Unit> units,
            Iterable<? extends Registration> registrations) {
        return evaluate(campaign, units, registrations, Registration::status);
    }

    /**
     * Evaluates a campaign as it stood at the end of a day: each registration in the status its history
     * shows at that moment; one not yet registered then, or whose history is not known, does not count.
     *
     * @param campaign      the campaign
     * @param units         the units to consider
     * @param registrations the campaign's registrations
     * @param day           the day
     * @param zone          the time zone in which the day ends
     * @return the report
     * @since 0.2.0
     */
    public static ComplianceReport evaluateAsOf(Campaign campaign, Collection<Unit> units,
            Iterable<? extends Registration> registrations, LocalDate day, ZoneId zone) {
        Instant end = day.plusDays(1).atStartOfDay(zone).toInstant().minusNanos(1);
        return evaluate(campaign, units, registrations, r -> r.timeline().statusAt(end));
    }

    private static ComplianceReport evaluate(Campaign campaign, Collection<Unit> units,
            Iterable<? extends Registration> registrations,
            Function<Registration, @Nullable RegistrationStatus> statusOf) {
        List<Obligation> obligations = campaign.obligations();
        Map<UnitCode, Unit> bound = new LinkedHashMap<>();
        units.stream()
                .filter(u -> u.isValidDuring(campaign.period()))
                .filter(u -> obligations.stream().anyMatch(o -> o.appliesTo().contains(u.kind())))
                .sorted(Comparator.comparing((Unit u) -> u.code().value()))
                .forEach(u -> bound.merge(u.code(), u,
                        (a, b) -> b.isValidOn(campaign.period().endsOn()) ? b : a));
        Map<UnitCode, int[]> counts = new HashMap<>();
        int n = obligations.size();
        for (Registration r : registrations) {
            RegistrationStatus status = statusOf.apply(r);
            if (status == null || !r.campaign().equals(campaign.code()) || !status.counts()
                    || !bound.containsKey(r.unit())) {
                continue;
            }
            boolean approved = status == RegistrationStatus.APPROVED || status == RegistrationStatus.COMPLETED;
            for (int i = 0; i < n; i++) {
                if (countsTowards(r, obligations.get(i))) {
                    int[] c = counts.computeIfAbsent(r.unit(), k -> new int[2 * n]);
                    c[approved ? 2 * i : 2 * i + 1]++;
                }
            }
        }
        List<UnitCompliance> results = new ArrayList<>(bound.size());
        for (Unit unit : bound.values()) {
            int[] c = counts.getOrDefault(unit.code(), new int[2 * n]);
            List<ObligationResult> perObligation = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                Obligation o = obligations.get(i);
                if (!o.appliesTo().contains(unit.kind())) {
                    continue;
                }
                int approved = c[2 * i];
                int pending = c[2 * i + 1];
                ObligationStatus status = approved >= o.minimum() ? ObligationStatus.SATISFIED
                        : approved + pending >= o.minimum() ? ObligationStatus.PENDING : ObligationStatus.MISSING;
                perObligation.add(new ObligationResult(o, status, approved, pending));
            }
            results.add(new UnitCompliance(unit, perObligation));
        }
        return new ComplianceReport(campaign.code(), results);
    }

    private static boolean countsTowards(Registration r, Obligation o) {
        if (o.registers() == RegistrationType.WORK) {
            return r instanceof Work w && o.workKinds().contains(w.kind());
        }
        return r instanceof Event e && o.eventKinds().contains(e.kind());
    }
}
