package vn.campaign.core.summary;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import vn.campaign.core.campaign.CampaignCode;
import vn.campaign.core.campaign.EventKind;
import vn.campaign.core.campaign.RegistrationType;
import vn.campaign.core.campaign.TaskAreaCode;
import vn.campaign.core.campaign.WorkKind;
import vn.campaign.core.registration.Event;
import vn.campaign.core.registration.Registration;
import vn.campaign.core.registration.RegistrationStatus;
import vn.campaign.core.registration.Vnd;
import vn.campaign.core.registration.Work;
import vn.campaign.core.unit.UnitCode;

/**
 * What a campaign's overview needs of one unit's registrations in the campaign: the compliance report and the
 * dashboard statistics are computed from these summaries exactly as from the registrations themselves
 * ({@code ComplianceEvaluator#evaluateSummaries}, {@code StatisticsCalculator#fromSummaries}). Its size grows
 * with the distinct kinds, statuses, task areas, due days, funding sources and weeks of the unit's
 * registrations, not with their number.
 *
 * <p>What it cannot answer, because it would need every registration: statistics restricted to a range of days,
 * and compliance as it stood on a past day (both need each registration's day or history); the services compute
 * those from the registrations.
 *
 * @param campaign    the campaign
 * @param unit        the unit
 * @param tallies     registrations counted by type, kind, status, task area and (for approved ones) due day,
 *                    in a canonical order
 * @param investments the investment of works stating one, by status, task area and funding source as spelled,
 *                    in a canonical order
 * @param weeks       registrations registered, approved and completed by week, status and task area, in a
 *                    canonical order
 * @since 0.5.0
 */
public record UnitSummary(CampaignCode campaign, UnitCode unit, List<Tally> tallies, List<Investment> investments,
        List<Week> weeks) {

    private static final Comparator<TaskAreaCode> AREA = Comparator.comparing(TaskAreaCode::value);
    private static final Comparator<Tally> TALLY_ORDER = Comparator.comparing(Tally::type)
            .thenComparing(Tally::kindName).thenComparing(Tally::status)
            .thenComparing(Tally::taskArea, Comparator.nullsFirst(AREA))
            .thenComparing(Tally::dueDay, Comparator.nullsFirst(Comparator.naturalOrder()));
    private static final Comparator<Investment> INVESTMENT_ORDER = Comparator.comparing(Investment::status)
            .thenComparing(Investment::taskArea, Comparator.nullsFirst(AREA))
            .thenComparing(Investment::fundingSource, Comparator.nullsFirst(Comparator.naturalOrder()));
    private static final Comparator<Week> WEEK_ORDER = Comparator.comparing(Week::monday)
            .thenComparing(Week::status).thenComparing(Week::taskArea, Comparator.nullsFirst(AREA));

    /**
     * Copies the lists into their canonical order, so that two summaries of the same registrations are equal.
     *
     * @param campaign    the campaign
     * @param unit        the unit
     * @param tallies     the tallies
     * @param investments the investments
     * @param weeks       the weeks
     */
    public UnitSummary {
        Objects.requireNonNull(campaign, "campaign");
        Objects.requireNonNull(unit, "unit");
        tallies = tallies.stream().sorted(TALLY_ORDER).toList();
        investments = investments.stream().sorted(INVESTMENT_ORDER).toList();
        weeks = weeks.stream().sorted(WEEK_ORDER).toList();
    }

    /**
     * The summary of a unit's registrations in a campaign; registrations of other campaigns or units are left
     * out. Stores make a unit's summary whole with it, or adjust one by a change with {@link Builder#from}.
     *
     * @param campaign      the campaign
     * @param unit          the unit
     * @param registrations the unit's registrations (others are ignored)
     * @param zone          the time zone in which instants fall on weeks
     * @return the summary
     */
    public static UnitSummary of(CampaignCode campaign, UnitCode unit, Iterable<? extends Registration> registrations,
            ZoneId zone) {
        Builder builder = new Builder(campaign, unit, zone);
        registrations.forEach(builder::add);
        return builder.build();
    }

    /**
     * The summaries of a campaign's registrations, one per unit that has any.
     *
     * @param campaign      the campaign
     * @param registrations its registrations (others are ignored)
     * @param zone          the time zone in which instants fall on weeks
     * @return the summaries, by unit code
     */
    public static List<UnitSummary> byUnit(CampaignCode campaign, Iterable<? extends Registration> registrations,
            ZoneId zone) {
        Map<String, List<Registration>> byUnit = new TreeMap<>();
        for (Registration r : registrations) {
            if (r.campaign().equals(campaign)) {
                byUnit.computeIfAbsent(r.unit().value(), k -> new ArrayList<>()).add(r);
            }
        }
        List<UnitSummary> summaries = new ArrayList<>(byUnit.size());
        byUnit.forEach((code, own) -> summaries.add(of(campaign, own.get(0).unit(), own, zone)));
        return summaries;
    }

    /**
     * Whether it counts nothing.
     *
     * @return {@code true} without tallies
     */
    public boolean isEmpty() {
        return tallies.isEmpty();
    }

    /**
     * Sums up a unit's registrations one at a time, for a caller that streams them rather than holding them all
     * ({@link #of} is this builder given a list).
     */
    public static final class Builder {

        private final CampaignCode campaign;
        private final UnitCode unit;
        private final ZoneId zone;
        private final Map<Tally, int[]> tallies = new LinkedHashMap<>();
        private final Map<Investment, long[]> investments = new LinkedHashMap<>();
        private final Map<Week, int[]> weeks = new LinkedHashMap<>();

        /**
         * An empty summary of a unit.
         *
         * @param campaign the campaign
         * @param unit     the unit
         * @param zone     the time zone in which instants fall on weeks
         */
        public Builder(CampaignCode campaign, UnitCode unit, ZoneId zone) {
            this.campaign = Objects.requireNonNull(campaign, "campaign");
            this.unit = Objects.requireNonNull(unit, "unit");
            this.zone = Objects.requireNonNull(zone, "zone");
        }

        /**
         * A builder holding a summary's counts, to which registrations can be added or from which they can be
         * taken away one at a time: a store adjusting a summary by a change rather than making it again.
         *
         * @param summary the summary to start from
         * @param zone    the time zone in which instants fall on weeks
         * @return the builder
         */
        public static Builder from(UnitSummary summary, ZoneId zone) {
            Builder builder = new Builder(summary.campaign(), summary.unit(), zone);
            for (Tally t : summary.tallies()) {
                builder.tallies.put(t.withCounts(1, 0, 0), new int[] {t.count(), t.plaquesRequested(),
                    t.plaquesAwarded()});
            }
            for (Investment i : summary.investments()) {
                builder.investments.put(new Investment(i.status(), i.taskArea(), i.fundingSource(), 1, 0),
                        new long[] {i.works(), i.amount()});
            }
            for (Week w : summary.weeks()) {
                builder.weeks.put(new Week(w.monday(), w.status(), w.taskArea(), 0, 0, 0),
                        new int[] {w.registered(), w.approved(), w.completed()});
            }
            return builder;
        }

        /**
         * Counts a registration, unless it is of another campaign or unit.
         *
         * @param r the registration
         * @return this builder
         */
        public Builder add(Registration r) {
            return count(r, 1);
        }

        /**
         * Takes a registration counted before away, unless it is of another campaign or unit: with {@link #add}
         * of its new value, how a change of one registration moves the counts. Taking away one that was not
         * counted leaves a count below zero, which {@link #build} refuses.
         *
         * @param r the registration as it was counted
         * @return this builder
         */
        public Builder remove(Registration r) {
            return count(r, -1);
        }

        private Builder count(Registration r, int sign) {
            if (!r.campaign().equals(campaign) || !r.unit().equals(unit)) {
                return this;
            }
            Tally one = Tally.of(r, r.status());
            int[] t = tallies.computeIfAbsent(one.withCounts(1, 0, 0), k -> new int[3]);
            t[0] += sign;
            t[1] += sign * one.plaquesRequested();
            t[2] += sign * one.plaquesAwarded();
            if (r instanceof Work w && w.details().investment() != null) {
                Vnd amount = Objects.requireNonNull(w.details().investment());
                long[] i = investments.computeIfAbsent(new Investment(r.status(), r.taskArea(),
                        w.details().fundingSource(), 1, 0), k -> new long[2]);
                i[0] += sign;
                i[1] = Math.addExact(i[1], sign * amount.amount());
            }
            week(r, r.timeline().registeredAt(), 0, sign);
            week(r, r.timeline().reached(RegistrationStatus.APPROVED), 1, sign);
            week(r, r.timeline().reached(RegistrationStatus.COMPLETED), 2, sign);
            return this;
        }

        /**
         * The summary of the registrations counted; counts brought back to zero leave no entry, as if the
         * registration had never been counted.
         *
         * @return the summary
         * @throws IllegalArgumentException when a registration was taken away that had not been counted (a count
         *                                  below zero)
         */
        public UnitSummary build() {
            List<Tally> tallyList = new ArrayList<>();
            tallies.forEach((k, c) -> {
                if (c[0] != 0 || c[1] != 0 || c[2] != 0) {
                    tallyList.add(k.withCounts(c[0], c[1], c[2]));
                }
            });
            List<Investment> investmentList = new ArrayList<>();
            investments.forEach((k, c) -> {
                if (c[0] != 0 || c[1] != 0) {
                    if (c[0] == 0) {
                        throw new IllegalArgumentException("an investment of no works, " + c[1] + " đồng");
                    }
                    investmentList.add(new Investment(k.status(), k.taskArea(), k.fundingSource(),
                            Math.toIntExact(c[0]), c[1]));
                }
            });
            List<Week> weekList = new ArrayList<>();
            weeks.forEach((k, c) -> {
                if (c[0] != 0 || c[1] != 0 || c[2] != 0) {
                    weekList.add(new Week(k.monday(), k.status(), k.taskArea(), c[0], c[1], c[2]));
                }
            });
            return new UnitSummary(campaign, unit, tallyList, investmentList, weekList);
        }

        private void week(Registration r, @Nullable Instant at, int column, int sign) {
            if (at != null) {
                LocalDate monday = at.atZone(zone).toLocalDate()
                        .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                weeks.computeIfAbsent(new Week(monday, r.status(), r.taskArea(), 0, 0, 0),
                        k -> new int[3])[column] += sign;
            }
        }
    }

    /**
     * Registrations of one type, kind, status and task area — and, for approved ones, due day — and how many of
     * them (works only) request or were awarded a plaque.
     *
     * @param type             works or events
     * @param workKind         the works' kind, for works
     * @param eventKind        the events' kind, for events
     * @param status           their status
     * @param taskArea         the task area they serve, if stated
     * @param dueDay           their due day ({@link Registration#dueDay()}) when APPROVED, else {@code null}: the
     *                         day after which they are overdue
     * @param count            how many registrations
     * @param plaquesRequested how many of them request a plaque
     * @param plaquesAwarded   how many of them were awarded one
     */
    public record Tally(RegistrationType type, @Nullable WorkKind workKind, @Nullable EventKind eventKind,
            RegistrationStatus status, @Nullable TaskAreaCode taskArea, @Nullable LocalDate dueDay, int count,
            int plaquesRequested, int plaquesAwarded) {

        /**
         * Validates the tally.
         *
         * @param type             works or events
         * @param workKind         the works' kind, for works
         * @param eventKind        the events' kind, for events
         * @param status           their status
         * @param taskArea         the task area they serve, if stated
         * @param dueDay           their due day when APPROVED, else {@code null}
         * @param count            how many registrations
         * @param plaquesRequested how many of them request a plaque
         * @param plaquesAwarded   how many of them were awarded one
         * @throws IllegalArgumentException when the kind does not match the type, a due day is given for another
         *                                  status than APPROVED, or a count is negative or above {@code count}
         */
        public Tally {
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(status, "status");
            if (type == RegistrationType.WORK ? workKind == null || eventKind != null
                    : eventKind == null || workKind != null) {
                throw new IllegalArgumentException("a tally of " + type + " takes the kind of its type only, got "
                        + workKind + " and " + eventKind);
            }
            if (dueDay != null && status != RegistrationStatus.APPROVED) {
                throw new IllegalArgumentException("only approved registrations are tallied by due day, got " + status);
            }
            if (count < 0 || plaquesRequested < 0 || plaquesAwarded < 0 || plaquesRequested > count
                    || plaquesAwarded > count) {
                throw new IllegalArgumentException("counts must be between 0 and the count " + count + ", got "
                        + plaquesRequested + " and " + plaquesAwarded);
            }
        }

        /**
         * One registration as it counts in a status (its own, or the one its history shows on a day).
         *
         * @param r      the registration
         * @param status the status it counts in
         * @return a tally of one
         */
        public static Tally of(Registration r, RegistrationStatus status) {
            LocalDate due = status == RegistrationStatus.APPROVED ? r.dueDay() : null;
            if (r instanceof Work w) {
                return new Tally(RegistrationType.WORK, w.kind(), null, status, r.taskArea(), due, 1,
                        w.details().plaqueRequested() ? 1 : 0, w.plaqueAwarded() ? 1 : 0);
            }
            return new Tally(RegistrationType.EVENT, null, ((Event) r).kind(), status, r.taskArea(), due, 1, 0, 0);
        }

        /**
         * Whether these registrations are overdue on a day: approved, and their due day before the day (as
         * {@link Registration#isOverdueOn(RegistrationStatus, LocalDate)} says of one).
         *
         * @param day the day
         * @return {@code true} when overdue
         */
        public boolean isOverdueOn(LocalDate day) {
            return status == RegistrationStatus.APPROVED && dueDay != null && dueDay.isBefore(day);
        }

        /**
         * The kind's name, whichever the type.
         *
         * @return the name of the work or event kind
         */
        public String kindName() {
            return workKind != null ? workKind.name() : Objects.requireNonNull(eventKind).name();
        }

        Tally withCounts(int n, int requested, int awarded) {
            return new Tally(type, workKind, eventKind, status, taskArea, dueDay, n, requested, awarded);
        }
    }

    /**
     * The investment of the works of one status and task area that state it, by funding source as spelled.
     *
     * @param status        their status
     * @param taskArea      the task area they serve, if stated
     * @param fundingSource the funding source as the works spell it, or {@code null} when they state none
     * @param works         how many works
     * @param amount        their investment added up, in đồng
     */
    public record Investment(RegistrationStatus status, @Nullable TaskAreaCode taskArea, @Nullable String fundingSource,
            int works, long amount) {

        /**
         * Validates the investment.
         *
         * @param status        their status
         * @param taskArea      the task area they serve, if stated
         * @param fundingSource the funding source as spelled, or {@code null}
         * @param works         how many works
         * @param amount        their investment added up
         * @throws IllegalArgumentException when {@code works} is negative
         */
        public Investment {
            Objects.requireNonNull(status, "status");
            if (works < 0) {
                throw new IllegalArgumentException("works must not be negative, got " + works);
            }
        }
    }

    /**
     * Registrations of one status and task area registered, approved and completed in a week.
     *
     * @param monday     the week's Monday
     * @param status     their status now
     * @param taskArea   the task area they serve, if stated
     * @param registered how many were registered that week
     * @param approved   how many were approved that week
     * @param completed  how many were completed that week
     */
    public record Week(LocalDate monday, RegistrationStatus status, @Nullable TaskAreaCode taskArea, int registered,
            int approved, int completed) {

        /**
         * Validates the week.
         *
         * @param monday     the week's Monday
         * @param status     their status now
         * @param taskArea   the task area they serve, if stated
         * @param registered how many were registered that week
         * @param approved   how many were approved that week
         * @param completed  how many were completed that week
         * @throws IllegalArgumentException when the day is not a Monday or a count is negative
         */
        public Week {
            Objects.requireNonNull(monday, "monday");
            Objects.requireNonNull(status, "status");
            if (monday.getDayOfWeek() != DayOfWeek.MONDAY) {
                throw new IllegalArgumentException("a week starts on a Monday, got " + monday);
            }
            if (registered < 0 || approved < 0 || completed < 0) {
                throw new IllegalArgumentException("counts must not be negative");
            }
        }
    }
}
