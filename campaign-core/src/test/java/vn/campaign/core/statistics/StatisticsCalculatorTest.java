package vn.campaign.core.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.campaign.core.access.Visibility;
import vn.campaign.core.campaign.Campaign;
import vn.campaign.core.campaign.Directive32;
import vn.campaign.core.campaign.EventKind;
import vn.campaign.core.campaign.TaskAreaCode;
import vn.campaign.core.campaign.WorkKind;
import vn.campaign.core.registration.Event;
import vn.campaign.core.registration.EventDetails;
import vn.campaign.core.registration.Registration;
import vn.campaign.core.registration.RegistrationStatus;
import vn.campaign.core.registration.Vnd;
import vn.campaign.core.registration.Work;
import vn.campaign.core.registration.WorkDetails;
import vn.campaign.core.unit.HaTinhCity;
import vn.campaign.core.unit.Unit;
import vn.campaign.core.unit.UnitCode;

/**
 * The statistics against counts computed independently here, by plain loops over a seeded random campaign of
 * works and events in every status, unit, task area and week.
 */
class StatisticsCalculatorTest {

    private static final ZoneId HA_TINH = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final Campaign CT32 = Directive32.campaign();
    private static final List<Unit> UNITS = HaTinhCity.units();
    private static final List<String> AREAS = List.of("URBAN", "CULTURE", "ECONOMY");
    private static final List<String> SOURCES = List.of("Ngân sách thành phố", "ngân sách  THÀNH PHỐ", "Xã hội hóa");
    private static final Visibility EVERYTHING = new Visibility(true, null);
    private static final Visibility ANONYMOUS = new Visibility(false, null);

    private final List<Registration> data = generate(new Random(32), 300);

    @Test
    void countsWorksAndEventsByStatusAsAPlainLoopDoes() {
        CampaignStatistics stats = compute(EVERYTHING, StatisticsFilter.none());

        for (RegistrationStatus s : RegistrationStatus.values()) {
            assertThat(stats.works().count(s)).as("works %s", s)
                    .isEqualTo(data.stream().filter(r -> r instanceof Work && r.status() == s).count());
            assertThat(stats.events().count(s)).as("events %s", s)
                    .isEqualTo(data.stream().filter(r -> r instanceof Event && r.status() == s).count());
        }
        assertThat(stats.works().total() + stats.events().total()).isEqualTo(data.size());
    }

    @Test
    void anAnonymousCallerCountsOnlyApprovedAndCompletedRegistrations() {
        CampaignStatistics stats = compute(ANONYMOUS, StatisticsFilter.none());

        long publicWorks = data.stream().filter(r -> r instanceof Work && (r.status() == RegistrationStatus.APPROVED
                || r.status() == RegistrationStatus.COMPLETED)).count();
        assertThat(stats.works().total()).isEqualTo(publicWorks);
        assertThat(stats.works().count(RegistrationStatus.REGISTERED)).isZero();
        assertThat(stats.events().count(RegistrationStatus.REJECTED)).isZero();
        assertThat(stats.byUnit().stream().mapToInt(u -> u.works().total()).sum()).isEqualTo((int) publicWorks);
    }

    @Test
    void listsEveryWardAndCommuneWithZerosAndCountsEachUnitsRegistrations() {
        CampaignStatistics stats = compute(EVERYTHING, StatisticsFilter.none());

        assertThat(stats.byUnit()).extracting(u -> u.unit().code().value())
                .containsAll(HaTinhCity.wardsAndCommunes().stream().map(u -> u.code().value()).toList())
                .isSorted();
        for (UnitStatistics u : stats.byUnit()) {
            assertThat(u.works().total()).as(u.unit().name()).isEqualTo(data.stream()
                    .filter(r -> r instanceof Work && r.unit().equals(u.unit().code())).count());
            assertThat(u.events().total()).isEqualTo(data.stream()
                    .filter(r -> r instanceof Event && r.unit().equals(u.unit().code())).count());
        }
        assertThat(stats.byUnit()).filteredOn(u -> u.unit().code().value().equals("18088")).singleElement()
                .satisfies(u -> assertThat(u.works().total() + u.events().total()).isZero());
    }

    @Test
    void countsEachTaskAreaAndThoseThatStateNone() {
        CampaignStatistics stats = compute(EVERYTHING, StatisticsFilter.none());

        assertThat(stats.byTaskArea()).hasSize(CT32.taskAreas().size() + 1);
        for (TaskAreaStatistics a : stats.byTaskArea()) {
            TaskAreaCode code = a.taskArea() == null ? null : a.taskArea().code();
            assertThat(a.works().total() + a.events().total()).as("%s", code).isEqualTo(data.stream()
                    .filter(r -> code == null ? r.taskArea() == null : code.equals(r.taskArea())).count());
        }
    }

    @Test
    void countsRegistrationsApprovalsAndCompletionsByMondayOfTheirWeek() {
        CampaignStatistics stats = compute(EVERYTHING, StatisticsFilter.none());

        Map<LocalDate, int[]> expected = new TreeMap<>();
        for (Registration r : data) {
            for (var change : r.timeline().history()) {
                LocalDate day = change.at().atZone(HA_TINH).toLocalDate();
                LocalDate monday = day.minusDays(day.getDayOfWeek().getValue() - 1);
                int column = switch (change.status()) {
                    case REGISTERED -> 0;
                    case APPROVED -> 1;
                    case COMPLETED -> 2;
                    default -> -1;
                };
                if (column >= 0) {
                    expected.computeIfAbsent(monday, k -> new int[3])[column]++;
                }
            }
        }
        assertThat(stats.byWeek()).allSatisfy(w -> assertThat(w.weekStarting().getDayOfWeek())
                .isEqualTo(DayOfWeek.MONDAY));
        assertThat(stats.byWeek()).filteredOn(w -> w.registered() + w.approved() + w.completed() > 0)
                .extracting(WeekStatistics::weekStarting).containsExactlyElementsOf(expected.keySet());
        for (WeekStatistics w : stats.byWeek()) {
            int[] c = expected.getOrDefault(w.weekStarting(), new int[3]);
            assertThat(new int[] {w.registered(), w.approved(), w.completed()}).as("week of %s", w.weekStarting())
                    .containsExactly(c);
        }
    }

    @Test
    void sumsTheInvestmentOfCountedWorksBySourceFoldingSpellingsAndCountsPlaques() {
        CampaignStatistics stats = compute(EVERYTHING, StatisticsFilter.none());

        List<Work> counted = data.stream().filter(r -> r instanceof Work && r.status().counts())
                .map(Work.class::cast).toList();
        long total = counted.stream().filter(w -> w.details().investment() != null)
                .mapToLong(w -> w.details().investment().amount()).sum();
        long cityBudget = counted.stream().filter(w -> w.details().investment() != null
                && w.details().fundingSource() != null && w.details().fundingSource().toLowerCase().contains("ngân"))
                .mapToLong(w -> w.details().investment().amount()).sum();
        assertThat(stats.investment().total()).isEqualTo(new Vnd(total));
        assertThat(stats.investment().byFundingSource()).extracting(FundingSourceAmount::fundingSource)
                .containsExactly("Ngân sách thành phố", "Xã hội hóa", null);
        assertThat(stats.investment().byFundingSource().get(0).amount()).isEqualTo(new Vnd(cityBudget));
        assertThat(stats.investment().byFundingSource().stream().mapToLong(f -> f.amount().amount()).sum())
                .isEqualTo(total);
        assertThat(stats.plaques().requested())
                .isEqualTo((int) counted.stream().filter(w -> w.details().plaqueRequested()).count());
        assertThat(stats.plaques().awarded()).isEqualTo((int) counted.stream().filter(Work::plaqueAwarded).count());
    }

    @Test
    void theFilterKeepsTheUnitsTaskAreasAndDaysAsked() {
        UnitCode tranPhu = new UnitCode("18070");
        StatisticsFilter filter = new StatisticsFilter(Set.of(tranPhu), Set.of(new TaskAreaCode("URBAN")),
                LocalDate.of(2022, 5, 1), LocalDate.of(2022, 5, 31));

        CampaignStatistics stats = compute(EVERYTHING, filter);

        long expected = data.stream().filter(r -> r.unit().equals(tranPhu)
                && new TaskAreaCode("URBAN").equals(r.taskArea()) && r.day() != null
                && r.day().getMonthValue() == 5).count();
        assertThat(stats.works().total() + stats.events().total()).isEqualTo(expected).isPositive();
        assertThat(stats.byUnit()).singleElement().satisfies(u -> assertThat(u.unit().code()).isEqualTo(tranPhu));
        assertThat(stats.byTaskArea()).singleElement()
                .satisfies(a -> assertThat(a.taskArea().code().value()).isEqualTo("URBAN"));
    }

    private CampaignStatistics compute(Visibility visibility, StatisticsFilter filter) {
        return StatisticsCalculator.compute(CT32, UNITS, data, visibility, filter, HA_TINH);
    }

    /** Works and events in every status, in the wards and communes but one (18088 registers nothing). */
    private static List<Registration> generate(Random random, int n) {
        List<Unit> units = HaTinhCity.wardsAndCommunes().stream().filter(u -> !u.code().value().equals("18088"))
                .toList();
        List<Registration> all = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            UnitCode unit = units.get(random.nextInt(units.size())).code();
            LocalDate day = LocalDate.of(2022, 4, 1).plusDays(random.nextInt(70));
            TaskAreaCode area = random.nextInt(5) == 0 ? null : new TaskAreaCode(AREAS.get(random.nextInt(3)));
            Instant at = Instant.parse("2022-03-20T01:00:00Z").plusSeconds(random.nextInt(40 * 86_400));
            Registration r;
            if (random.nextBoolean()) {
                WorkDetails details = new WorkDetails("Công trình " + i, WorkKind.INAUGURATION, day, area, null, null,
                        random.nextInt(4) == 0 ? null : new Vnd(1_000_000L * (1 + random.nextInt(5000))),
                        random.nextInt(4) == 0 ? null : SOURCES.get(random.nextInt(3)), null, random.nextBoolean(),
                        null);
                r = Work.register(Directive32.CODE, unit, details, at);
            } else {
                r = Event.register(Directive32.CODE, unit, new EventDetails("Sự kiện " + i, EventKind.CULTURAL, day,
                        null, area, null, null, null, null), at);
            }
            at = at.plusSeconds(random.nextInt(20 * 86_400));
            switch (random.nextInt(6)) {
                case 0 -> { }
                case 5 -> r = r.withStatus(RegistrationStatus.RETURNED, "Bổ sung hồ sơ", null, at);
                case 1 -> r = r.withStatus(RegistrationStatus.REJECTED, "Không đạt", null, at);
                case 2 -> r = r.withStatus(RegistrationStatus.APPROVED, null, null, at);
                case 3 -> r = r.withStatus(RegistrationStatus.APPROVED, null, null, at)
                        .withStatus(RegistrationStatus.COMPLETED, null, day, at.plusSeconds(7 * 86_400));
                default -> r = r.withStatus(RegistrationStatus.CANCELLED, "Rút", null, at);
            }
            if (r instanceof Work w && w.status().mayReceivePlaque() && random.nextBoolean()) {
                r = w.withPlaqueAwarded(w.timeline().updatedAt().plusSeconds(60));
            }
            all.add(r);
        }
        assertThat(all.stream().map(Registration::status).collect(Collectors.toSet()))
                .containsAll(Set.of(RegistrationStatus.values()));
        return all;
    }
}
