package vn.campaign.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.campaign.core.campaign.Campaign;
import vn.campaign.core.campaign.CampaignDefinitions;
import vn.campaign.core.campaign.Directive32;
import vn.campaign.core.fixture.Fixtures;
import vn.campaign.core.registration.Event;
import vn.campaign.core.registration.EventDetails;
import vn.campaign.core.campaign.EventKind;
import vn.campaign.core.registration.Registration;
import vn.campaign.core.registration.RegistrationStatus;
import vn.campaign.core.registration.Vnd;
import vn.campaign.core.registration.Work;
import vn.campaign.core.registration.WorkDetails;
import vn.campaign.core.campaign.WorkKind;
import vn.campaign.core.unit.HaTinhCity;
import vn.campaign.core.unit.Unit;
import vn.campaign.core.unit.UnitCode;
import vn.campaign.core.unit.UnitKind;

class SummaryReportTest {

    private static final Campaign CT32 = Directive32.campaign();
    private static final LocalDate DRAWN_UP = LocalDate.of(2022, 6, 5);

    private static final Work HALL = work(Fixtures.TRAN_PHU, "Khánh thành Nhà văn hóa tổ dân phố 5", 19, 1_200_000_000L,
            "Ngân sách thành phố", true).withStatus(RegistrationStatus.APPROVED, null, null);
    private static final Work DRAIN = work(Fixtures.TRAN_PHU, "Khởi công kênh thoát nước", 1, 850_000_000L, "Xã hội hóa",
            false);
    private static final Work REFUSED = work(Fixtures.TRAN_PHU, "Công trình không được duyệt", 2, 5_000_000_000L, null,
            true).withStatus(RegistrationStatus.REJECTED, "không thuộc đợt thi đua", null);
    private static final Work PARK = work("18073", "Công viên Nam Hà", 28, 1_800_000_000L, null, false)
            .withStatus(RegistrationStatus.APPROVED, null, null)
            .withStatus(RegistrationStatus.COMPLETED, null, LocalDate.of(2022, 5, 28)).withPlaqueAwarded();
    private static final Work WITHDRAWN = work(Fixtures.THACH_HA, "Công trình đã hủy", 3, 700_000_000L, null, false)
            .withStatus(RegistrationStatus.CANCELLED, "đơn vị rút", null);
    private static final Work SCHOOL = work(Fixtures.THACH_HA, "Khánh thành Trường mầm non Thạch Hạ", 10, 2_500_500_000L,
            "ngân sách  THÀNH PHỐ", false).withStatus(RegistrationStatus.APPROVED, null, null);

    private static final Event LOTUS = event(Fixtures.TRAN_PHU, Fixtures.LOTUS_FESTIVAL, null)
            .withStatus(RegistrationStatus.APPROVED, null, null);
    private static final Event FOOTBALL = event(Fixtures.THACH_HA, "Giải bóng đá xã Thạch Hạ", 500);
    private static final Event REFUSED_EVENT = event(Fixtures.BAC_HA, "Sự kiện không được duyệt", 300)
            .withStatus(RegistrationStatus.REJECTED, "trùng lịch", null);

    private static final List<Registration> REGISTRATIONS = List.of(HALL, DRAIN, REFUSED, PARK, WITHDRAWN, SCHOOL,
            LOTUS, FOOTBALL, REFUSED_EVENT);

    private static SummaryReport report() {
        return SummaryReport.of(CT32, ReportHeading.ofPeoplesCommittee(HaTinhCity.city()), HaTinhCity.units(),
                REGISTRATIONS, DRAWN_UP);
    }

    @Test
    void headsTheReportWithTheOrganisersPeoplesCommitteeAndDatesItAsAdministrativeDocumentsDo() {
        SummaryReport report = report();

        assertThat(report.heading().issuerLines()).containsExactly("ỦY BAN NHÂN DÂN", "THÀNH PHỐ HÀ TĨNH");
        assertThat(report.heading().numberLine()).as("room left for the number").matches("Số: {4,}/BC-UBND");
        assertThat(report.placeAndDate()).isEqualTo("Thành phố Hà Tĩnh, ngày 05 tháng 6 năm 2022");
        assertThat(SummaryReport.dateInWords(LocalDate.of(2023, 2, 9))).isEqualTo("ngày 09 tháng 02 năm 2023");
        assertThat(SummaryReport.dateInWords(LocalDate.of(2023, 12, 25))).isEqualTo("ngày 25 tháng 12 năm 2023");
        assertThat(report.heading().signerAuthority()).isEqualTo("TM. ỦY BAN NHÂN DÂN");
        assertThat(report.heading().signerTitle()).isEqualTo("CHỦ TỊCH");
        assertThat(report.heading().preparer()).isEqualTo("Người lập biểu");
    }

    @Test
    void namesTheCampaignAndItsDirectiveFromTheDefinition() {
        SummaryReport report = report();

        assertThat(report.campaignName()).isEqualTo(CT32.name());
        assertThat(report.basis()).isEqualTo("(Thực hiện Chỉ thị số 32-CT/Th.Uy ngày 08/04/2022 của Ban Thường vụ"
                + " Thành ủy Hà Tĩnh)");
        assertThat(report.note()).contains("không tính các đăng ký không được duyệt hoặc đã hủy");
    }

    @Test
    void groupsEveryBoundUnitByKindWardsFirstNumberedInCodeOrder() {
        RegistrationTable works = report().works();

        assertThat(works.groups()).extracting(Group::header).containsExactly("I. CÁC PHƯỜNG", "II. CÁC XÃ");
        Group<UnitBlock> wards = works.groups().get(0);
        assertThat(wards.rows()).hasSize(10);
        assertThat(wards.rows()).extracting(UnitBlock::number).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
        assertThat(wards.rows().get(0).unit().name()).isEqualTo("Phường Trần Phú");
        assertThat(wards.rows().get(1).unit().name()).isEqualTo("Phường Nam Hà");
        Group<UnitBlock> communes = works.groups().get(1);
        assertThat(communes.rows()).extracting(b -> b.unit().name()).containsExactly("Xã Thạch Trung", "Xã Thạch Hạ",
                "Xã Đồng Môn", "Xã Thạch Hưng", "Xã Thạch Bình");
        assertThat(communes.rows()).extracting(UnitBlock::number).containsExactly(1, 2, 3, 4, 5);
    }

    @Test
    void listsEachUnitsWorksByPlannedDayAndLeavesRejectedAndCancelledOnesOut() {
        RegistrationTable works = report().works();

        UnitBlock tranPhu = works.groups().get(0).rows().get(0);
        assertThat(tranPhu.lines()).extracting(Line::name).containsExactly("Khởi công kênh thoát nước",
                "Khánh thành Nhà văn hóa tổ dân phố 5");
        assertThat(works.groups().get(1).rows().get(1).lines()).extracting(Line::name)
                .containsExactly("Khánh thành Trường mầm non Thạch Hạ");
        assertThat(works.lineCount()).isEqualTo(4);
        assertThat(report().events().lineCount()).isEqualTo(2);

        Line hall = tranPhu.lines().get(1);
        assertThat(cell(works, hall, "Loại công trình")).isEqualTo(new Cell.Text("Khánh thành"));
        assertThat(cell(works, hall, "Thời gian dự kiến")).isEqualTo(new Cell.Day(LocalDate.of(2022, 5, 19)));
        assertThat(cell(works, hall, "Tổng mức đầu tư")).isEqualTo(new Cell.Figure(1_200_000_000L));
        assertThat(cell(works, hall, "Gắn biển")).isEqualTo(new Cell.Text("Có"));
        assertThat(cell(works, hall, "Trạng thái")).isEqualTo(new Cell.Text("Đã duyệt"));
    }

    @Test
    void splitsInvestmentByFundingSourceFoldingSpellingsOfOneSource() {
        RegistrationTable works = report().works();

        assertThat(works.columns()).extracting(Column::header).containsSequence("Tổng mức đầu tư",
                "Trong đó: Ngân sách thành phố", "Trong đó: Xã hội hóa", "Trong đó: chưa rõ nguồn vốn");
        int total = index(works, "Tổng mức đầu tư");
        assertThat(works.total(index(works, "Trong đó: Ngân sách thành phố"))).isEqualTo(1_200_000_000L + 2_500_500_000L);
        assertThat(works.total(index(works, "Trong đó: Xã hội hóa"))).isEqualTo(850_000_000L);
        assertThat(works.total(index(works, "Trong đó: chưa rõ nguồn vốn"))).isEqualTo(1_800_000_000L);
        assertThat(works.total(total)).isEqualTo(works.total(total + 1) + works.total(total + 2) + works.total(total + 3));
        assertThat(works.amountUnit().line()).isEqualTo("ĐVT: triệu đồng");
        assertThat(works.amountUnit().decimals()).as("2,500.5 million needs decimals").isEqualTo(3);
        assertThat(works.amountUnit().of(2_500_500_000L)).isEqualByComparingTo("2500.5");
    }

    @Test
    void subtotalsAndTotalsEqualTheSumsOfTheCountedRegistrations() {
        RegistrationTable works = report().works();
        Set<String> wardCodes = Set.copyOf(HaTinhCity.wardsAndCommunes().stream()
                .filter(u -> u.kind() == UnitKind.WARD).map(u -> u.code().value()).toList());
        List<Work> counted = REGISTRATIONS.stream().filter(r -> r instanceof Work)
                .map(Work.class::cast)
                .filter(w -> w.status() != RegistrationStatus.REJECTED && w.status() != RegistrationStatus.CANCELLED)
                .toList();
        long wardsSum = counted.stream().filter(w -> wardCodes.contains(w.unit().value()))
                .mapToLong(w -> Objects.requireNonNull(w.details().investment()).amount()).sum();
        long communesSum = counted.stream().filter(w -> !wardCodes.contains(w.unit().value()))
                .mapToLong(w -> Objects.requireNonNull(w.details().investment()).amount()).sum();

        int amount = index(works, "Tổng mức đầu tư");
        int count = index(works, "Số lượng");
        assertThat(RegistrationTable.subtotal(works.groups().get(0), amount)).isEqualTo(wardsSum)
                .isEqualTo(1_200_000_000L + 850_000_000L + 1_800_000_000L);
        assertThat(RegistrationTable.subtotal(works.groups().get(1), amount)).isEqualTo(communesSum)
                .isEqualTo(2_500_500_000L);
        assertThat(works.total(amount)).isEqualTo(wardsSum + communesSum);
        assertThat(works.total(count)).isEqualTo(counted.size());

        RegistrationTable events = report().events();
        assertThat(events.total(index(events, "Số lượng"))).isEqualTo(2);
        assertThat(events.total(index(events, "Số người tham gia dự kiến"))).isEqualTo(500);
    }

    @Test
    void marksEveryRequiredUnitAgainstEveryObligation() {
        ComplianceTable compliance = report().compliance();

        assertThat(compliance.obligations()).containsExactly(CT32.obligations().get(0).name(),
                CT32.obligations().get(1).name());
        assertThat(compliance.groups()).extracting(Group::header).containsExactly("I. CÁC PHƯỜNG", "II. CÁC XÃ");
        assertThat(compliance.groups().get(0).rows()).hasSize(10);
        assertThat(compliance.groups().get(1).rows()).hasSize(5);
        assertThat(marks(compliance, "Phường Trần Phú")).containsExactly(ComplianceMark.SATISFIED, ComplianceMark.SATISFIED);
        assertThat(marks(compliance, "Phường Nam Hà")).containsExactly(ComplianceMark.SATISFIED, ComplianceMark.MISSING);
        assertThat(marks(compliance, "Xã Thạch Hạ")).containsExactly(ComplianceMark.SATISFIED, ComplianceMark.PENDING);
        assertThat(marks(compliance, "Phường Bắc Hà")).containsExactly(ComplianceMark.MISSING, ComplianceMark.MISSING);
        assertThat(row(compliance, "Phường Trần Phú").verdict()).isEqualTo("Đạt");
        assertThat(row(compliance, "Xã Thạch Hạ").verdict()).isEqualTo("Chưa đạt");
        assertThat(compliance.satisfiedCount()).containsExactly(3, 1);
        assertThat(compliance.compliantCount()).isEqualTo(1);
        assertThat(ComplianceMark.PENDING.label()).isEqualTo("chờ duyệt");
        assertThat(ComplianceMark.MISSING.label()).isEqualTo("chưa đăng ký");
    }

    @Test
    void listsThePlaqueWorksTheOrganiserSelectedThenThoseAwardedThenThoseRequested() {
        PlaqueTable plaques = report().plaques();

        assertThat(plaques.headers()).containsExactly("STT", "Tên công trình", "Đơn vị", "Căn cứ");
        assertThat(plaques.lines()).extracting(l -> l.number() + " " + l.work() + " | " + l.unit() + " | " + l.basis())
                .containsExactly(
                        "1 " + CT32.plaqueWorks().get(0).name() + " | Thành phố Hà Tĩnh | Do Thành phố Hà Tĩnh lựa chọn",
                        "2 " + CT32.plaqueWorks().get(1).name() + " | Thành phố Hà Tĩnh | Do Thành phố Hà Tĩnh lựa chọn",
                        "3 Công viên Nam Hà | Phường Nam Hà | Đã gắn biển",
                        "4 Khánh thành Nhà văn hóa tổ dân phố 5 | Phường Trần Phú | Đơn vị đề nghị gắn biển");
    }

    @Test
    void anotherCampaignDefinitionYieldsItsOwnTitleColumnsAndGroups() {
        Campaign teachersDay = CampaignDefinitions.parse(
                Fixtures.resourceText("/definitions/hatinh-teachers-day-2024.yaml")).orThrow();
        List<Unit> units = new ArrayList<>(HaTinhCity.units());
        units.add(Unit.of("TH-LVT", "Trường THCS Lê Văn Thiêm", UnitKind.SCHOOL, HaTinhCity.CODE.value()));
        Event sports = Event.register(teachersDay.code(), new UnitCode("TH-LVT"),
                EventDetails.of("Hội thao giáo viên", EventKind.SPORTS, LocalDate.of(2024, 11, 1), null));
        Event concert = Event.register(teachersDay.code(), new UnitCode("TH-LVT"),
                EventDetails.of("Văn nghệ tri ân thầy cô", EventKind.CULTURAL, LocalDate.of(2024, 11, 19), null));

        SummaryReport report = SummaryReport.of(teachersDay, ReportHeading.ofPeoplesCommittee(HaTinhCity.city())
                .withPlace("Hà Tĩnh"), units, List.of(sports, concert, HALL), LocalDate.of(2024, 11, 25));

        assertThat(report.campaignName()).isEqualTo("Đợt thi đua chào mừng 42 năm Ngày Nhà giáo Việt Nam 20/11")
                .isNotEqualTo(CT32.name());
        assertThat(report.basis()).isEqualTo("(Thực hiện Chỉ thị số 120-KH/UBND ngày 26/08/2024 của Ủy ban nhân dân"
                + " thành phố Hà Tĩnh)");
        assertThat(report.placeAndDate()).isEqualTo("Hà Tĩnh, ngày 25 tháng 11 năm 2024");
        ComplianceTable compliance = report.compliance();
        assertThat(compliance.obligations()).containsExactly(
                "Mỗi trường học tổ chức ít nhất 02 hoạt động văn hóa, thể thao",
                "Mỗi phường, xã khởi công ít nhất 01 công trình trường học");
        assertThat(compliance.groups()).extracting(Group::header)
                .containsExactly("I. CÁC PHƯỜNG", "II. CÁC XÃ", "III. CÁC TRƯỜNG HỌC");
        assertThat(marks(compliance, "Trường THCS Lê Văn Thiêm")).containsExactly(ComplianceMark.PENDING,
                ComplianceMark.NOT_BOUND);
        assertThat(marks(compliance, "Phường Trần Phú")).containsExactly(ComplianceMark.NOT_BOUND,
                ComplianceMark.MISSING);
        assertThat(report.events().groups()).extracting(Group::header).containsExactly("I. CÁC TRƯỜNG HỌC");
        assertThat(report.works().lineCount()).as("a registration of another campaign is not counted").isZero();
        assertThat(report.plaques().lines()).isEmpty();
    }

    @Test
    void romanNumeralsNumberTheGroups() {
        assertThat(List.of(1, 2, 3, 4, 9, 14, 40).stream().map(SummaryReportBuilder::roman))
                .containsExactly("I", "II", "III", "IV", "IX", "XIV", "XL");
    }

    @Test
    void fromTheDayAfterTheCampaignsEndMarksApprovedButNeverCompletedRegistrationsOverdue() {
        SummaryReport after = SummaryReport.of(CT32, ReportHeading.ofPeoplesCommittee(HaTinhCity.city()),
                HaTinhCity.units(), REGISTRATIONS, LocalDate.of(2022, 6, 16));
        ComplianceTable compliance = after.compliance();

        assertThat(marks(compliance, "Phường Trần Phú")).containsExactly(ComplianceMark.OVERDUE, ComplianceMark.OVERDUE);
        assertThat(marks(compliance, "Phường Nam Hà")).as("its park was completed")
                .containsExactly(ComplianceMark.SATISFIED, ComplianceMark.MISSING);
        assertThat(marks(compliance, "Xã Thạch Hạ")).containsExactly(ComplianceMark.OVERDUE, ComplianceMark.PENDING);
        assertThat(compliance.satisfiedCount()).containsExactly(1, 0);
        assertThat(compliance.compliantCount()).isZero();
        assertThat(ComplianceMark.OVERDUE.label()).isEqualTo("quá hạn, chưa hoàn thành");
        assertThat(after.note()).endsWith("Đợt thi đua đã kết thúc: chỉ các đăng ký đã hoàn thành được tính là đạt yêu cầu.");
        assertThat(report().note()).as("drawn up while the campaign runs").doesNotContain("đã kết thúc");
        assertThat(SummaryReport.of(CT32, ReportHeading.ofPeoplesCommittee(HaTinhCity.city()), HaTinhCity.units(),
                REGISTRATIONS, CT32.period().endsOn()).compliance().compliantCount())
                .as("on the last day approved registrations still count").isEqualTo(1);
    }

    // --- helpers ---

    private static Work work(String unit, String name, int dayOfMay, long investment, String source,
            boolean plaque) {
        return Work.register(CT32.code(), new UnitCode(unit), new WorkDetails(name, WorkKind.INAUGURATION,
                LocalDate.of(2022, 5, dayOfMay), null, null, null, new Vnd(investment), source, null, plaque, null));
    }

    private static Event event(String unit, String name, Integer participants) {
        return Event.register(CT32.code(), new UnitCode(unit), new EventDetails(name, EventKind.TRADITIONAL_FESTIVAL,
                LocalDate.of(2022, 5, 20), null, null, null, null, participants, null));
    }

    private static int index(RegistrationTable table, String header) {
        for (int i = 0; i < table.columns().size(); i++) {
            if (table.columns().get(i).header().equals(header)) {
                return i;
            }
        }
        throw new AssertionError("no column " + header);
    }

    private static Cell cell(RegistrationTable table, Line line, String header) {
        return line.cells().get(index(table, header));
    }

    private static ComplianceRow row(ComplianceTable table, String unit) {
        return table.groups().stream().flatMap(g -> g.rows().stream()).filter(r -> r.unit().name().equals(unit))
                .findFirst().orElseThrow();
    }

    private static List<ComplianceMark> marks(ComplianceTable table, String unit) {
        return row(table, unit).marks();
    }
}
