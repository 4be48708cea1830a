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
        assertThat(documentsOf("PARTY")).containsExactly("Nghị quyết 02-NQ/ThU về công tác cán bộ");
        assertThat(documentsOf("URBAN")).containsExactly("Kết luận 09-KL/TU", "Kết luận 374",
                "Nghị quyết 36/2021/NQ-HĐND về quy định một số cơ chế, chính sách đặc thù tạo nguồn lực xây dựng thành phố Hà Tĩnh",
                "Dự án Hạ tầng ưu tiên và phát triển đô thị thích ứng với biến đổi khí hậu thành phố Hà Tĩnh",
                "Kế hoạch trồng 100.000 cây xanh đô thị");
        assertThat(documentsOf("ECONOMY")).containsExactly(
                "Kế hoạch phát triển thương mại, du lịch, dịch vụ và logistics thành phố",
                "Kế hoạch phát triển nông nghiệp đô thị thành phố giai đoạn 2021-2025",
                "Chương trình Mỗi xã một sản phẩm - OCOP");
        assertThat(documentsOf("EDUCATION")).singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
                .startsWith("Nghị quyết 03-NQ/ThU về Phát triển giáo dục và đào tạo");
    }

    @Test
    void registersEachCitedDocumentOnceWithWhatTheDirectiveStates() {
        assertThat(campaign.documents()).hasSize(10).extracting(Document::id).doesNotHaveDuplicates();
        Document kl09 = campaign.document("09-KL/TU").orElseThrow();
        assertThat(kl09.kind()).isEqualTo(DocumentKind.KET_LUAN);
        assertThat(kl09.issuer()).isEqualTo("Ban Thường vụ Tỉnh ủy");
        assertThat(kl09.issuedOn()).isEqualTo(java.time.LocalDate.of(2021, 4, 12));
        Document trees = campaign.document("KH-TRONG-100000-CAY-XANH").orElseThrow();
        assertThat(trees.kind()).isEqualTo(DocumentKind.KE_HOACH);
        assertThat(trees.number()).as("the directive gives the plan no number").isNull();
        assertThat(trees.issuer()).isNull();
        assertThat(trees.issuedOn()).isNull();
        List<Document> ofTasks = campaign.taskAreas().stream().flatMap(a -> a.keyTasks().stream())
                .flatMap(t -> t.documents().stream()).toList();
        assertThat(ofTasks).as("every registered document is cited by a key task, as the same instance")
                .containsExactlyInAnyOrderElementsOf(campaign.documents())
                .allSatisfy(d -> assertThat(d).isSameAs(campaign.document(d.id()).orElseThrow()));
    }

    @Test
    void hasTheKeyTasksTheEarlierDefinitionMissed() {
        assertThat(campaign.taskArea(new TaskAreaCode("ECONOMY")).orElseThrow().keyTasks()).extracting(KeyTask::text)
                .contains("Tiếp tục chỉ đạo thực hiện các mô hình nông nghiệp đô thị, chuyển đổi cơ cấu cây trồng,"
                                + " đầu tư nuôi trồng thủy sản có hiệu quả.",
                        "Phát động phong trào thi đua hoàn thành tốt nhiệm vụ sản xuất, kinh doanh của cơ quan,"
                                + " doanh nghiệp.");
    }

    @Test
    void aKeyTaskCitingADocumentQuotesItInItsText() {
        List<KeyTask> citing = campaign.taskAreas().stream().flatMap(a -> a.keyTasks().stream())
                .filter(t -> t.documentIds().contains("02-NQ/ThU"))
                .toList();

        assertThat(citing).as("key tasks citing Nghị quyết 02").isNotEmpty()
                .allSatisfy(t -> assertThat(t.text()).contains("Nghị quyết 02-NQ/ThU của Thành ủy về công tác cán bộ"));
    }

    @Test
    void obligesEveryWardAndCommuneToRegisterAWorkAndAnEvent() {
        assertThat(campaign.obligations()).hasSize(3);
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
    void obligesTheOrganisationsOfThePoliticalSystemAndThePartyCellsToCommemorate() {
        Obligation organisations = campaign.obligations().get(2);

        assertThat(organisations.code()).isEqualTo("ORGANISATIONS_COMMEMORATE");
        assertThat(organisations.appliesTo())
                .containsExactlyInAnyOrder(UnitKind.PARTY_ORGANISATION, UnitKind.MASS_ORGANISATION)
                .doesNotContain(UnitKind.WARD, UnitKind.COMMUNE);
        assertThat(organisations.registers()).isEqualTo(RegistrationType.EVENT);
        assertThat(organisations.provenance().interpretation()).contains("party committees and cells");
    }

    @Test
    void hasTheMeasurableTargetsOfTheDirective() {
        assertThat(campaign.targets())
                .extracting(Target::code, t -> t.taskArea().value(), Target::goal, Target::aggregation, Target::units)
                .containsExactly(
                        tuple("VACCINATION_COVERAGE", "HEALTH", new BigDecimal("100"),
                                Target.Aggregation.LATEST_PER_UNIT, List.of()),
                        tuple("URBAN_TREES", "URBAN", null, Target.Aggregation.SUM, List.of()),
                        tuple("MODEL_NEW_RURAL_CRITERIA", "ECONOMY", null, Target.Aggregation.LATEST_PER_UNIT,
                                List.of(new UnitCode("18100"), new UnitCode("18112"))),
                        tuple("ADVANCED_NEW_RURAL_GROUNDWORK", "ECONOMY", null,
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
    void holdsThePlaqueWorksAsExamplesOfAListTheCityCompletes() {
        assertThat(campaign.plaqueList().complete()).as("the directive names the works \"như …\"").isFalse();
    }

    @Test
    void buildsThePlaqueTextFromTheAnniversaries() {
        assertThat(campaign.plaqueText()).isEqualTo("Công trình chào mừng kỷ niệm 65 năm Ngày Bác Hồ về thăm Hà Tĩnh"
                + " và 15 năm thành lập thành phố Hà Tĩnh");
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
                .flatMap(t -> t.documents().stream()).map(Document::displayName).toList();
    }
}
