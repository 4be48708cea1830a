package vn.campaign.core.statistics;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
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
import vn.campaign.core.campaign.TaskArea;
import vn.campaign.core.registration.Event;
import vn.campaign.core.registration.Registration;
import vn.campaign.core.registration.RegistrationStatus;
import vn.campaign.core.registration.Vnd;
import vn.campaign.core.registration.Work;
import vn.campaign.core.text.VietnameseText;
import vn.campaign.core.unit.Unit;
import vn.campaign.core.unit.UnitCode;

/**
 * Computes a campaign's {@link CampaignStatistics} in memory from the campaign, its units and its
 * registrations, reading each registration once.
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
        List<Work> works = counted.stream().filter(Work.class::isInstance).map(Work.class::cast).toList();
        List<Event> events = counted.stream().filter(Event.class::isInstance).map(Event.class::cast).toList();
        return new CampaignStatistics(campaign.code(), RegistrationCounts.of(works), RegistrationCounts.of(events),
                byUnit(campaign, units, counted, filter), byTaskArea(campaign, counted, filter),
                byWeek(counted, zone), investment(works), plaques(works));
    }

    private static List<UnitStatistics> byUnit(Campaign campaign, Collection<Unit> units, List<Registration> counted,
            StatisticsFilter filter) {
        Map<UnitCode, Unit> valid = new HashMap<>();
        units.stream().filter(u -> u.isValidDuring(campaign.period()))
                .forEach(u -> valid.merge(u.code(), u, (a, b) -> b.isValidOn(campaign.period().endsOn()) ? b : a));
        Map<UnitCode, List<Registration>> byCode = new HashMap<>();
        counted.forEach(r -> byCode.computeIfAbsent(r.unit(), k -> new ArrayList<>()).add(r));
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
            List<Registration> own = byCode.getOrDefault(unit.code(), List.of());
            result.add(new UnitStatistics(unit, counts(own, Work.class::isInstance),
                    counts(own, Event.class::isInstance)));
        }
        return result;
    }

    private static List<TaskAreaStatistics> byTaskArea(Campaign campaign, List<Registration> counted,
            StatisticsFilter filter) {
        List<TaskAreaStatistics> result = new ArrayList<>();
        for (TaskArea area : campaign.taskAreas()) {
            if (!filter.taskAreas().isEmpty() && !filter.taskAreas().contains(area.code())) {
                continue;
            }
            List<Registration> own = counted.stream().filter(r -> area.code().equals(r.taskArea())).toList();
            result.add(new TaskAreaStatistics(area, counts(own, Work.class::isInstance),
                    counts(own, Event.class::isInstance)));
        }
        List<Registration> none = counted.stream()
                .filter(r -> r.taskArea() == null || campaign.taskArea(r.taskArea()).isEmpty()).toList();
        if (!none.isEmpty()) {
            result.add(new TaskAreaStatistics(null, counts(none, Work.class::isInstance),
                    counts(none, Event.class::isInstance)));
        }
        return result;
    }

    private static RegistrationCounts counts(List<Registration> registrations, Predicate<Registration> keep) {
        return RegistrationCounts.of(registrations.stream().filter(keep).toList());
    }

    private static List<WeekStatistics> byWeek(List<Registration> counted, ZoneId zone) {
        TreeMap<LocalDate, int[]> weeks = new TreeMap<>();
        for (Registration r : counted) {
            add(weeks, r.timeline().registeredAt(), zone, 0);
            add(weeks, r.timeline().reached(RegistrationStatus.APPROVED), zone, 1);
            add(weeks, r.timeline().reached(RegistrationStatus.COMPLETED), zone, 2);
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

    private static void add(TreeMap<LocalDate, int[]> weeks, @Nullable Instant at, ZoneId zone, int column) {
        if (at != null) {
            LocalDate monday = at.atZone(zone).toLocalDate().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            weeks.computeIfAbsent(monday, k -> new int[3])[column]++;
        }
    }

    private static InvestmentStatistics investment(List<Work> works) {
        long total = 0;
        Map<String, Long> byFolded = new TreeMap<>();
        Map<String, Map<String, Integer>> spellings = new HashMap<>();
        long unstated = 0;
        boolean anyUnstated = false;
        for (Work w : works) {
            Vnd investment = w.details().investment();
            if (investment == null || !w.status().counts()) {
                continue;
            }
            total = Math.addExact(total, investment.amount());
            String source = w.details().fundingSource();
            if (source == null) {
                unstated = Math.addExact(unstated, investment.amount());
                anyUnstated = true;
            } else {
                String folded = VietnameseText.fold(source);
                byFolded.merge(folded, investment.amount(), Math::addExact);
                spellings.computeIfAbsent(folded, k -> new TreeMap<>()).merge(source, 1, Integer::sum);
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

    private static PlaqueStatistics plaques(List<Work> works) {
        int requested = 0;
        int awarded = 0;
        for (Work w : works) {
            if (w.status().counts()) {
                requested += w.details().plaqueRequested() ? 1 : 0;
                awarded += w.plaqueAwarded() ? 1 : 0;
            }
        }
        return new PlaqueStatistics(requested, awarded);
    }
}
