package vn.campaign.core.statistics;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import vn.campaign.core.access.Visibility;
import vn.campaign.core.campaign.Campaign;
import vn.campaign.core.campaign.Obligation;
import vn.campaign.core.campaign.RegistrationType;
import vn.campaign.core.campaign.TaskArea;
import vn.campaign.core.campaign.TaskAreaCode;
import vn.campaign.core.registration.Registration;
import vn.campaign.core.registration.RegistrationStatus;
import vn.campaign.core.registration.Vnd;
import vn.campaign.core.summary.UnitSummary;
import vn.campaign.core.summary.UnitSummary.Tally;
import vn.campaign.core.text.VietnameseText;
import vn.campaign.core.unit.Unit;
import vn.campaign.core.unit.UnitCode;

/**
 * Computes a campaign's {@link CampaignStatistics} in memory from the campaign, its units and its
 * registrations, reading each registration once — or from its units' {@link UnitSummary summaries}, reading
 * each summary once. The registrations are first summed up into summaries ({@link UnitSummary#of}), so both
 * ways run the same code and give the same statistics.
 *
 * <p>Only what the caller may see is counted ({@link Visibility#canSee}): an anonymous caller counts the
 * public (approved and completed) registrations only, a unit officer those plus every one of their unit.
 *
 * @since 0.2.0
 */
public final class StatisticsCalculator {

    private StatisticsCalculator() {
    }

    /**
     * Computes the statistics.
     *
     * @param campaign      the campaign
     * @param units         the units to list (those valid during the campaign); several versions of a code
     *                      are resolved to the one valid at the end of the campaign
     * @param registrations the campaign's registrations (others are ignored)
     * @param visibility    what the caller may see
     * @param filter        what to count
     * @param zone          the time zone in which instants fall on days and weeks
     * @return the statistics
     */
    public static CampaignStatistics compute(Campaign campaign, Collection<Unit> units,
            Iterable<? extends Registration> registrations, Visibility visibility, StatisticsFilter filter,
            ZoneId zone) {
        Objects.requireNonNull(visibility, "visibility");
        List<Registration> counted = new ArrayList<>();
        for (Registration r : registrations) {
            if (r.campaign().equals(campaign.code()) && visibility.canSee(r) && filter.keeps(r)) {
                counted.add(r);
            }
        }
        return summed(campaign, units, UnitSummary.byUnit(campaign.code(), counted, zone), visibility, filter);
    }

    /**
     * Computes the statistics from the summaries of the campaign's units: the same figures as
     * {@link #compute(Campaign, Collection, Iterable, Visibility, StatisticsFilter, ZoneId)} from the
     * registrations the summaries were made of. A summary keeps no registration's day, so the filter may not
     * restrict the days.
     *
     * @param campaign   the campaign
     * @param units      the units to list (those valid during the campaign)
     * @param summaries  the summaries of the campaign's units (others are ignored)
     * @param visibility what the caller may see
     * @param filter     what to count, by units and task areas only
     * @return the statistics
     * @throws IllegalArgumentException when the filter restricts the days
     * @since 0.5.0
     */
    public static CampaignStatistics fromSummaries(Campaign campaign, Collection<Unit> units,
            Collection<UnitSummary> summaries, Visibility visibility, StatisticsFilter filter) {
        Objects.requireNonNull(visibility, "visibility");
        if (filter.from() != null || filter.to() != null) {
            throw new IllegalArgumentException("summaries keep no registration's day; filter by days from the registrations");
        }
        return summed(campaign, units, summaries, visibility, filter);
    }

    /** The one computation: over the tallies, investments and weeks of the summaries the caller may see. */
    private static CampaignStatistics summed(Campaign campaign, Collection<Unit> units,
            Collection<UnitSummary> summaries, Visibility visibility, StatisticsFilter filter) {
        List<UnitSummary> kept = new ArrayList<>();
        for (UnitSummary s : summaries) {
            if (!s.campaign().equals(campaign.code())
                    || !filter.units().isEmpty() && !filter.units().contains(s.unit())) {
                continue;
            }
            Predicate<RegistrationStatus> seen = status -> visibility.canSee(s.unit(), status);
            Predicate<@Nullable TaskAreaCode> area = a -> filter.taskAreas().isEmpty()
                    || a != null && filter.taskAreas().contains(a);
            UnitSummary visible = new UnitSummary(s.campaign(), s.unit(),
                    s.tallies().stream().filter(t -> t.count() > 0 && seen.test(t.status()) && area.test(t.taskArea()))
                            .toList(),
                    s.investments().stream().filter(i -> seen.test(i.status()) && area.test(i.taskArea())).toList(),
                    s.weeks().stream().filter(w -> seen.test(w.status()) && area.test(w.taskArea())).toList());
            if (!visible.isEmpty()) {
                kept.add(visible);
            }
        }
        List<Tally> tallies = kept.stream().flatMap(s -> s.tallies().stream()).toList();
        return new CampaignStatistics(campaign.code(), counts(tallies, RegistrationType.WORK),
                counts(tallies, RegistrationType.EVENT), byUnit(campaign, units, kept, filter),
                byTaskArea(campaign, tallies, filter), byWeek(kept), investment(kept), plaques(tallies));
    }

    private static List<UnitStatistics> byUnit(Campaign campaign, Collection<Unit> units, List<UnitSummary> counted,
            StatisticsFilter filter) {
        Map<UnitCode, Unit> valid = new HashMap<>();
        units.stream().filter(u -> u.isValidDuring(campaign.period()))
                .forEach(u -> valid.merge(u.code(), u, (a, b) -> b.isValidOn(campaign.period().endsOn()) ? b : a));
        Map<UnitCode, List<Tally>> byCode = new HashMap<>();
        counted.forEach(s -> byCode.computeIfAbsent(s.unit(), k -> new ArrayList<>()).addAll(s.tallies()));
        TreeMap<String, Unit> listed = new TreeMap<>();
        valid.values().stream()
                .filter(u -> campaign.obligations().stream().map(Obligation::appliesTo).anyMatch(k -> k.contains(u.kind())))
                .forEach(u -> listed.put(u.code().value(), u));
        byCode.keySet().stream().map(valid::get).filter(Objects::nonNull)
                .forEach(u -> listed.put(u.code().value(), u));
        List<UnitStatistics> result = new ArrayList<>();
        for (Unit unit : listed.values()) {
            if (!filter.units().isEmpty() && !filter.units().contains(unit.code())) {
                continue;
            }
            List<Tally> own = byCode.getOrDefault(unit.code(), List.of());
            result.add(new UnitStatistics(unit, counts(own, RegistrationType.WORK), counts(own, RegistrationType.EVENT)));
        }
        return result;
    }

    private static List<TaskAreaStatistics> byTaskArea(Campaign campaign, List<Tally> counted,
            StatisticsFilter filter) {
        List<TaskAreaStatistics> result = new ArrayList<>();
        for (TaskArea area : campaign.taskAreas()) {
            if (!filter.taskAreas().isEmpty() && !filter.taskAreas().contains(area.code())) {
                continue;
            }
            List<Tally> own = counted.stream().filter(t -> area.code().equals(t.taskArea())).toList();
            result.add(new TaskAreaStatistics(area, counts(own, RegistrationType.WORK),
                    counts(own, RegistrationType.EVENT)));
        }
        List<Tally> none = counted.stream()
                .filter(t -> t.taskArea() == null || campaign.taskArea(t.taskArea()).isEmpty()).toList();
        if (!none.isEmpty()) {
            result.add(new TaskAreaStatistics(null, counts(none, RegistrationType.WORK),
                    counts(none, RegistrationType.EVENT)));
        }
        return result;
    }

    private static RegistrationCounts counts(List<Tally> tallies, RegistrationType type) {
        int[] counts = new int[RegistrationStatus.values().length];
        tallies.stream().filter(t -> t.type() == type).forEach(t -> counts[t.status().ordinal()] += t.count());
        return new RegistrationCounts(Arrays.stream(RegistrationStatus.values())
                .map(s -> new StatusCount(s, counts[s.ordinal()])).toList());
    }

    private static List<WeekStatistics> byWeek(List<UnitSummary> counted) {
        TreeMap<LocalDate, int[]> weeks = new TreeMap<>();
        for (UnitSummary s : counted) {
            for (UnitSummary.Week w : s.weeks()) {
                int[] c = weeks.computeIfAbsent(w.monday(), k -> new int[3]);
                c[0] += w.registered();
                c[1] += w.approved();
                c[2] += w.completed();
            }
        }
        List<WeekStatistics> result = new ArrayList<>();
        if (weeks.isEmpty()) {
            return result;
        }
        for (LocalDate week = weeks.firstKey(); !week.isAfter(weeks.lastKey()); week = week.plusWeeks(1)) {
            int[] c = weeks.getOrDefault(week, new int[3]);
            result.add(new WeekStatistics(week, c[0], c[1], c[2]));
        }
        return result;
    }

    private static InvestmentStatistics investment(List<UnitSummary> counted) {
        long total = 0;
        Map<String, Long> byFolded = new TreeMap<>();
        Map<String, Map<String, Integer>> spellings = new HashMap<>();
        long unstated = 0;
        boolean anyUnstated = false;
        for (UnitSummary s : counted) {
            for (UnitSummary.Investment i : s.investments()) {
                if (!i.status().counts() || i.works() == 0) {
                    continue;
                }
                total = Math.addExact(total, i.amount());
                String source = i.fundingSource();
                if (source == null) {
                    unstated = Math.addExact(unstated, i.amount());
                    anyUnstated = true;
                } else {
                    String folded = VietnameseText.fold(source);
                    byFolded.merge(folded, i.amount(), Math::addExact);
                    spellings.computeIfAbsent(folded, k -> new TreeMap<>()).merge(source, i.works(), Integer::sum);
                }
            }
        }
        List<FundingSourceAmount> sources = new ArrayList<>();
        byFolded.forEach((folded, amount) -> sources.add(new FundingSourceAmount(
                mostFrequent(spellings.getOrDefault(folded, Map.of(folded, 1))),
                new Vnd(amount))));
        if (anyUnstated) {
            sources.add(new FundingSourceAmount(null, new Vnd(unstated)));
        }
        return new InvestmentStatistics(new Vnd(total), sources);
    }

    /** The spelling most works use; of equally frequent ones, the first in text order. */
    private static String mostFrequent(Map<String, Integer> counts) {
        return counts.entrySet().stream()
                .max(Comparator.comparing((Map.Entry<String, Integer> e) -> e.getValue())
                        .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
                .orElseThrow().getKey();
    }

    private static PlaqueStatistics plaques(List<Tally> tallies) {
        int requested = 0;
        int awarded = 0;
        for (Tally t : tallies) {
            if (t.type() == RegistrationType.WORK && t.status().counts()) {
                requested += t.plaquesRequested();
                awarded += t.plaquesAwarded();
            }
        }
        return new PlaqueStatistics(requested, awarded);
    }
}
