package vn.campaign.core.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.campaign.core.unit.UnitCode;
import vn.campaign.core.unit.UnitKind;

class Directive32Test {

    private final Campaign campaign = Directive32.campaign();

    @Test
    void isTheCampaignOfDirective32OfTheStandingBoardOfTheCityPartyCommittee() {
        assertThat(campaign.code()).isEqualTo(Directive32.CODE);
        assertThat(campaign.code().value()).isEqualTo("CT32-2022");
        assertThat(campaign.directive().number()).isEqualTo("32-CT/Th.Uy");
        assertThat(campaign.directive().issuedOn()).isEqualTo(LocalDate.of(2022, 4, 8));
        assertThat(campaign.directive().issuer()).isEqualTo("Ban Thường vụ Thành ủy Hà Tĩnh");
        assertThat(campaign.organiser()).isEqualTo(new UnitCode("436"));
    }

    @Test
    void runsFromTheFirstOfAprilToTheFifteenthOfJune2022() {
        assertThat(campaign.period().startsOn()).isEqualTo(LocalDate.of(2022, 4, 1));
        assertThat(campaign.period().endsOn()).isEqualTo(LocalDate.of(2022, 6, 15));
    }

    @Test
    void celebrates65YearsOfUncleHosVisitAnd15YearsOfTheCity() {
        assertThat(campaign.anniversaries())
                .extracting(Anniversary::years, Anniversary::since, Anniversary::celebratedOn)
                .containsExactly(
                        tuple(65, LocalDate.of(1957, 6, 15), LocalDate.of(2022, 6, 15)),
                        tuple(15, LocalDate.of(2007, 5, 28), LocalDate.of(2022, 5, 28)));
        assertThat(campaign.anniversaries().get(0).name()).startsWith("65 năm Ngày Bác Hồ về thăm Hà Tĩnh");
        assertThat(campaign.anniversaries().get(1).name()).startsWith("15 năm thành lập thành phố Hà Tĩnh");
    }

    @Test
    void hasSevenTaskAreasWithTheirVietnameseAndEnglishNames() {
        assertThat(campaign.taskAreas())
                .extracting(a -> a.code().value(), TaskArea::name, TaskArea::nameEn)
                .containsExactly(
                        tuple("PARTY", "Xây dựng Đảng và công tác tuyên truyền", "Party building and propaganda"),
                        tuple("URBAN", "Phát triển đô thị và kết cấu hạ tầng", "Urban development and infrastructure"),
                        tuple("ECONOMY", "Phát triển kinh tế", "Economy"),
                        tuple("CULTURE", "Hoạt động kỷ niệm, văn hóa, thể thao", "Commemorations, culture and sport"),
                        tuple("EDUCATION", "Giáo dục và đào tạo", "Education"),
                        tuple("HEALTH", "Y tế và an sinh xã hội", "Health and social welfare"),
                        tuple("SECURITY", "Quốc phòng, an ninh", "Security and defence"));
        assertThat(campaign.taskAreas()).allSatisfy(a -> assertThat(a.keyTasks()).isNotEmpty()
                .allSatisfy(t -> {
                    assertThat(t.text()).isNotBlank();
                    assertThat(t.textEn()).isNotBlank();
                }));
    }

    @Test
    void keyTasksKeepTheDocumentsTheDirectiveCites() {
        assertThat(documentsOf("PARTY")).containsExactly("Nghị quyết 02-NQ/ThU");
        assertThat(documentsOf("URBAN")).contains("Kết luận 09-KL/TU", "Nghị quyết 36/2021/NQ-HĐND");
        assertThat(documentsOf("EDUCATION")).containsExactly("Nghị quyết 03-NQ/ThU");
    }

    @Test
    void aKeyTaskCitingADocumentQuotesItInItsText() {
        List<KeyTask> citing = campaign.taskAreas().stream().flatMap(a -> a.keyTasks().stream())
                .filter(t -> t.documents().stream().anyMatch(d -> d.startsWith("Nghị quyết 02")))
                .toList();

        assertThat(citing).as("key tasks citing Nghị quyết 02").isNotEmpty()
                .allSatisfy(t -> assertThat(t.text()).contains("Nghị quyết 02-NQ/ThU của Thành ủy về công tác cán bộ"));
    }

    @Test
    void obligesEveryWardAndCommuneToRegisterAWorkAndAnEvent() {
        assertThat(campaign.obligations()).hasSize(2);
        Obligation work = campaign.obligations().get(0);
        Obligation event = campaign.obligations().get(1);

        assertThat(work.code()).isEqualTo("WORK_REQUIRED");
        assertThat(work.appliesTo()).containsExactlyInAnyOrder(UnitKind.WARD, UnitKind.COMMUNE);
        assertThat(work.registers()).isEqualTo(RegistrationType.WORK);
        assertThat(work.workKinds()).containsExactlyInAnyOrder(WorkKind.INAUGURATION, WorkKind.GROUNDBREAKING);
        assertThat(work.eventKinds()).isEmpty();
        assertThat(work.minimum()).isEqualTo(1);

        assertThat(event.code()).isEqualTo("EVENT_REQUIRED");
        assertThat(event.appliesTo()).containsExactlyInAnyOrder(UnitKind.WARD, UnitKind.COMMUNE);
        assertThat(event.registers()).isEqualTo(RegistrationType.EVENT);
        assertThat(event.eventKinds())
                .containsExactlyInAnyOrder(EventKind.TRADITIONAL_FESTIVAL, EventKind.CULTURAL, EventKind.SPORTS);
        assertThat(event.workKinds()).isEmpty();
        assertThat(event.minimum()).isEqualTo(1);
    }

    @Test
    void hasTheMeasurableTargetsOfTheDirective() {
        assertThat(campaign.targets())
                .extracting(Target::code, t -> t.taskArea().value(), Target::goal, Target::aggregation, Target::units)
                .containsExactly(
                        tuple("VACCINATION_COVERAGE", "HEALTH", new BigDecimal("100"),
                                Target.Aggregation.LATEST_PER_UNIT, List.of()),
                        tuple("URBAN_TREES", "URBAN", new BigDecimal("100000"), Target.Aggregation.SUM,
                                List.of()),
                        tuple("MODEL_NEW_RURAL_CRITERIA", "ECONOMY", new BigDecimal("100"),
                                Target.Aggregation.LATEST_PER_UNIT,
                                List.of(new UnitCode("18100"), new UnitCode("18112"))),
                        tuple("ADVANCED_NEW_RURAL_GROUNDWORK", "ECONOMY", new BigDecimal("100"),
                                Target.Aggregation.LATEST_PER_UNIT, List.of(new UnitCode("18103"))));
        assertThat(campaign.target("URBAN_TREES")).map(Target::measure).contains("cây");
        assertThat(campaign.target("NO_SUCH_TARGET")).isEmpty();
    }

    @Test
    void namesTheTwoWorksTheCitySelectedForAPlaque() {
        assertThat(campaign.plaqueWorks()).extracting(PlaqueWork::name).containsExactly(
                "Nâng cấp Khu lưu niệm Bác Hồ về thăm Hà Tĩnh",
                "Xây dựng nhà trưng bày hiện vật Hồ Chí Minh tại khu lưu niệm Bác Hồ về thăm Hà Tĩnh");
    }

    @Test
    void findsATaskAreaByItsCode() {
        assertThat(campaign.taskArea(new TaskAreaCode("CULTURE"))).map(TaskArea::nameEn)
                .contains("Commemorations, culture and sport");
        assertThat(campaign.taskArea(new TaskAreaCode("TOURISM"))).isEmpty();
    }

    @Test
    void cannotBeChangedThroughItsLists() {
        assertThatThrownBy(() -> campaign.taskAreas().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> campaign.obligations().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    private List<String> documentsOf(String area) {
        return campaign.taskArea(new TaskAreaCode(area)).orElseThrow().keyTasks().stream()
                .flatMap(t -> t.documents().stream()).toList();
    }
}
