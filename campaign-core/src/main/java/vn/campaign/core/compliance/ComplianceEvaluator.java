package vn.campaign.core.compliance;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import vn.campaign.core.campaign.Campaign;
import vn.campaign.core.campaign.Obligation;
import vn.campaign.core.campaign.RegistrationType;
import vn.campaign.core.registration.Registration;
import vn.campaign.core.registration.RegistrationStatus;
import vn.campaign.core.summary.UnitSummary;
import vn.campaign.core.summary.UnitSummary.Tally;
import vn.campaign.core.unit.Unit;
import vn.campaign.core.unit.UnitCode;

/**
 * Evaluates a campaign's obligations for every unit they bind, on a day.
 *
 * <p>A unit is bound when its kind is one an obligation applies to and it exists during the campaign.
 * A registration counts towards an obligation when it is of the unit, of the obligation's type and
 * kinds, and neither rejected nor cancelled. While the campaign runs (the day is on or before its last
 * day), approved and completed registrations meet the obligation; from the day after its end only completed
 * ones do, and an approved registration never completed is counted as pending. Registrations waiting for
 * approval (or in any other live status short of approval) are pending. An obligation is SATISFIED when
 * enough registrations meet it, PENDING when it would be counting the pending ones, MISSING otherwise.
 *
 * <p>On the same day, an approved registration whose due day ({@link Registration#dueDay()}) has passed is
 * overdue, and a unit is at risk ({@link ComplianceRisk}) when an obligation rests on overdue registrations, or
 * is still MISSING within the campaign's reminder days of its registration deadline or after it. The
 * evaluation reads each registration once, so its cost grows linearly with units plus registrations; from the
 * units' {@link UnitSummary summaries} ({@link #evaluateSummaries}) it grows with the units only. Both ways
 * feed the same tallies to the same code.
 *
 * @since 0.1.0
 */
public final class ComplianceEvaluator {

    private ComplianceEvaluator() {
    }

    /**
     * Evaluates a campaign on its last day, in the registrations' current statuses: approved registrations
     * still meet obligations then. Callers that know the day should use
     * {@link #evaluate(Campaign, Collection, Iterable, LocalDate)}.
     *
     * @param campaign      the campaign
     * @param units         the units to consider (others are ignored); several versions of a code are
     *                      resolved to the one valid at the end of the campaign
     * @param registrations the campaign's registrations (others are ignored)
     * @return the report
     */
    public static ComplianceReport evaluate(Campaign campaign, Collection<Unit> units,
            Iterable<? extends Registration> registrations) {
        return evaluate(campaign, units, registrations, campaign.period().endsOn());
    }

    /**
     * Evaluates a campaign on a day (today, for a report of now), in the registrations' current statuses.
     *
     * @param campaign      the campaign
     * @param units         the units to consider (others are ignored); several versions of a code are
     *                      resolved to the one valid at the end of the campaign
     * @param registrations the campaign's registrations (others are ignored)
     * @param today         the day that decides whether the campaign has ended, what is overdue and what is
     *                      at risk
     * @return the report
     * @since 0.2.0
     */
    public static ComplianceReport evaluate(Campaign campaign, Collection<Unit> units,
            Iterable<? extends Registration> registrations, LocalDate today) {
        return evaluate(campaign, units, registrations, Registration::status, today);
    }

    /**
     * Evaluates a campaign as it stood at the end of a day: each registration in the status its history
     * shows at that moment; one not yet registered then, or whose history is not known, does not count. The
     * same day decides whether the campaign had ended, what was overdue and what was at risk.
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
        return evaluate(campaign, units, registrations, r -> r.timeline().statusAt(end), day);
    }

    /**
     * Evaluates a campaign on a day from its units' summaries, as a store keeps them: the same report as
     * {@link #evaluate(Campaign, Collection, Iterable, LocalDate)} gives from the registrations the summaries were
     * made of, computed by the same code.
     *
     * @param campaign  the campaign
     * @param units     the units to consider (others are ignored); several versions of a code are resolved to
     *                  the one valid at the end of the campaign
     * @param summaries the summaries of the campaign's units (others are ignored)
     * @param today     the day that decides whether the campaign has ended, what is overdue and what is at risk
     * @return the report
     * @since 0.5.0
     */
    public static ComplianceReport evaluateSummaries(Campaign campaign, Collection<Unit> units,
            Collection<UnitSummary> summaries, LocalDate today) {
        return evaluate(campaign, units, sink -> {
            for (UnitSummary s : summaries) {
                if (s.campaign().equals(campaign.code())) {
                    s.tallies().forEach(t -> sink.accept(s.unit(), t));
                }
            }
        }, today);
    }

    private static ComplianceReport evaluate(Campaign campaign, Collection<Unit> units,
            Iterable<? extends Registration> registrations,
            Function<Registration, @Nullable RegistrationStatus> statusOf, LocalDate day) {
        return evaluate(campaign, units, sink -> {
            for (Registration r : registrations) {
                RegistrationStatus status = statusOf.apply(r);
                if (status != null && r.campaign().equals(campaign.code())) {
                    sink.accept(r.unit(), Tally.of(r, status));
                }
            }
        }, day);
    }

    /** The one evaluation, over tallies of the campaign's registrations however they were made. */
    private static ComplianceReport evaluate(Campaign campaign, Collection<Unit> units,
            Consumer<BiConsumer<UnitCode, Tally>> tallies, LocalDate day) {
        List<Obligation> obligations = campaign.obligations();
        Map<UnitCode, Unit> bound = new LinkedHashMap<>();
        units.stream()
                .filter(u -> u.isValidDuring(campaign.period()))
                .filter(u -> obligations.stream().anyMatch(o -> o.appliesTo().contains(u.kind())))
                .sorted(Comparator.comparing((Unit u) -> u.code().value()))
                .forEach(u -> bound.merge(u.code(), u,
                        (a, b) -> b.isValidOn(campaign.period().endsOn()) ? b : a));
        boolean ended = campaign.hasEndedBy(day);
        Map<UnitCode, int[]> counts = new HashMap<>();
        int n = obligations.size();
        tallies.accept((unit, t) -> {
            if (!t.status().counts() || !bound.containsKey(unit)) {
                return;
            }
            boolean meets = meets(t.status(), ended);
            boolean overdue = t.isOverdueOn(day);
            for (int i = 0; i < n; i++) {
                if (countsTowards(t, obligations.get(i))) {
                    int[] c = counts.computeIfAbsent(unit, k -> new int[3 * n]);
                    c[meets ? 3 * i : 3 * i + 1] += t.count();
                    if (overdue) {
                        c[3 * i + 2] += t.count();
                    }
                }
            }
        });
        List<UnitCompliance> results = new ArrayList<>(bound.size());
        for (Unit unit : bound.values()) {
            int[] c = counts.getOrDefault(unit.code(), new int[3 * n]);
            List<ObligationResult> perObligation = new ArrayList<>();
            List<ComplianceRisk> risks = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                Obligation o = obligations.get(i);
                if (!o.appliesTo().contains(unit.kind())) {
                    continue;
                }
                int approved = c[3 * i];
                int pending = c[3 * i + 1];
                int overdue = c[3 * i + 2];
                ObligationStatus status = approved >= o.minimum() ? ObligationStatus.SATISFIED
                        : approved + pending >= o.minimum() ? ObligationStatus.PENDING : ObligationStatus.MISSING;
                ObligationResult result = new ObligationResult(o, status, approved, pending, overdue);
                perObligation.add(result);
                risk(campaign, result, ended, day).ifPresent(risks::add);
            }
            results.add(new UnitCompliance(unit, perObligation, risks));
        }
        return new ComplianceReport(campaign.code(), results);
    }

    /**
     * Whether a registration in a status meets an obligation: completed always, approved only while the
     * campaign runs; waiting and any other live status never.
     */
    private static boolean meets(RegistrationStatus status, boolean ended) {
        return status == RegistrationStatus.COMPLETED || status == RegistrationStatus.APPROVED && !ended;
    }

    /** The reason an obligation is at risk on the day, if it is. */
    private static Optional<ComplianceRisk> risk(Campaign campaign, ObligationResult result, boolean ended,
            LocalDate day) {
        Obligation o = result.obligation();
        LocalDate deadline = campaign.registrationDeadline();
        // while the campaign runs the overdue registrations are among those meeting it; after, among the pending
        int meetingOnTime = ended ? result.approved() : result.approved() - result.overdue();
        if (result.status() != ObligationStatus.MISSING && result.overdue() > 0 && meetingOnTime < o.minimum()) {
            return Optional.of(new ComplianceRisk(ComplianceRisk.Kind.RESTS_ON_OVERDUE, o, result.overdue(),
                    deadline));
        }
        if (result.status() == ObligationStatus.MISSING) {
            int daysLeft = (int) ChronoUnit.DAYS.between(day, deadline);
            if (daysLeft < 0) {
                return Optional.of(new ComplianceRisk(ComplianceRisk.Kind.MISSING_AFTER_DEADLINE, o,
                        daysLeft, deadline));
            }
            if (daysLeft <= campaign.reminderDays()) {
                return Optional.of(new ComplianceRisk(ComplianceRisk.Kind.MISSING_NEAR_DEADLINE, o,
                        daysLeft, deadline));
            }
        }
        return Optional.empty();
    }

    private static boolean countsTowards(Tally t, Obligation o) {
        if (o.registers() != t.type()) {
            return false;
        }
        return t.type() == RegistrationType.WORK ? o.workKinds().contains(t.workKind())
                : o.eventKinds().contains(t.eventKind());
    }
}
