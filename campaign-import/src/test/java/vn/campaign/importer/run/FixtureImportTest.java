package vn.campaign.importer.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.campaign.core.application.CampaignPlatform;
import vn.campaign.core.campaign.CampaignCode;
import vn.campaign.core.campaign.EventKind;
import vn.campaign.core.campaign.WorkKind;
import vn.campaign.core.rule.Severity;
import vn.campaign.importer.fixtures.FixtureGenerator;
import vn.campaign.importer.fixtures.Fixtures;
import vn.campaign.importer.issue.Issue;
import vn.campaign.importer.report.ColumnChoice;
import vn.campaign.importer.report.Counts;
import vn.campaign.importer.report.EventLine;
import vn.campaign.importer.report.FileReport;
import vn.campaign.importer.report.ImportStatus;
import vn.campaign.importer.report.WorkLine;

/** A dry-run import of every committed fixture, checking the values extracted and the issues reported. */
class FixtureImportTest {

    private final CampaignPlatform platform = CampaignPlatform.inMemory(Clock.systemUTC());

    private FileReport dryRun(String fixture) {
        return ImportRunner.dryRun(platform).importFile(Fixtures.path(fixture), fixture, "CT32-2022",
                ImportListener.NONE);
    }

    @Test
    void importsTheUnicodeWorkbookAndRejectsTheWorkDatedAfterTheCampaign() {
        FileReport report = dryRun(FixtureGenerator.WORKS_UNICODE);

        assertThat(report.format()).isEqualTo("XLSX");
        assertThat(report.status()).isEqualTo(ImportStatus.ROWS_REJECTED);
        assertThat(report.counts()).isEqualTo(new Counts(6, 5, 0, 0, 1, 12,
                Map.of("TITLE", 3, "HEADER", 3, "BLANK", 2, "TOTAL", 1, "FOOTER", 3)));
        assertThat(report.sheets()).singleElement().satisfies(sheet -> {
            assertThat(sheet.name()).isEqualTo("Công trình chào mừng");
            assertThat(sheet.headerFirstRow()).isEqualTo(4);
            assertThat(sheet.headerLastRow()).isEqualTo(5);
            assertThat(sheet.columns()).extracting(ColumnChoice::field, ColumnChoice::column).contains(
                    tuple("UNIT", "B"), tuple("NAME", "C"), tuple("KIND", "D"), tuple("PLANNED_DATE", "E"),
                    tuple("AMOUNT", "I"), tuple("PLAQUE", "K"));
            assertThat(sheet.encodings()).extracting(e -> e.scope() + " " + e.encoding())
                    .containsExactly("font \"Times New Roman\" UNICODE");
        });
        assertThat(report.works()).extracting(WorkLine::row, WorkLine::unitCode, WorkLine::name, WorkLine::kind,
                WorkLine::plannedOn, WorkLine::investmentVnd, WorkLine::plaqueRequested).containsExactly(
                tuple(7, "18076", "Nhà văn hóa tổ dân phố 5", WorkKind.INAUGURATION, LocalDate.of(2022, 5, 19),
                        1_200_000_000L, true),
                tuple(8, "18070", "Đường giao thông nội thị Trần Phú", WorkKind.GROUNDBREAKING,
                        LocalDate.of(2022, 5, 19), 1_200_000_000L, true),
                tuple(9, "18100", "Kênh thoát nước Thạch Hạ", WorkKind.GROUNDBREAKING, LocalDate.of(2022, 5, 1),
                        850_000_000L, true),
                tuple(11, "18100", "Trường mầm non Thạch Hạ", WorkKind.INAUGURATION, LocalDate.of(2022, 4, 1),
                        2_500_000_000L, false),
                tuple(12, "18073", "Công viên Nam Hà", WorkKind.INAUGURATION, LocalDate.of(2022, 6, 15),
                        1_800_000_000L, true));
        assertThat(report.works().get(0).location()).isEqualTo("Tổ dân phố 5, phường Bắc Hà");
        assertThat(withoutTaskAreaWarnings(report)).extracting(Issue::row, Issue::column, i -> i.code().name(),
                Issue::severity, Issue::value).containsExactly(
                tuple(8, "G", "DATE_IS_QUARTER", Severity.WARNING, "Quý IV/2022"),
                tuple(9, "E", "DATE_IS_MONTH", Severity.WARNING, "tháng 5/2022"),
                tuple(11, "E", "DATE_IS_QUARTER", Severity.WARNING, "Quý II/2022"),
                tuple(12, "I", "FORMULA_CACHED_VALUE", Severity.WARNING, "1800000000"),
                tuple(13, "G", "DATE_IS_MONTH", Severity.WARNING, "tháng 12/2022"),
                tuple(13, "E", "DATE_OUTSIDE_CAMPAIGN", Severity.ERROR, "30/6/2022"));
        assertThat(report.issues()).filteredOn(i -> i.code().name().equals("DATE_OUTSIDE_CAMPAIGN")).singleElement()
                .satisfies(issue -> {
                    assertThat(issue.field()).hasToString("plannedOn");
                    assertThat(issue.message().en())
                            .isEqualTo("The date 2022-06-30 lies outside the campaign period (2022-04-01..2022-06-15).");
                });
        assertThat(report.issues()).filteredOn(i -> i.code().name().equals("TASK_AREA_MISSING"))
                .extracting(Issue::row).containsExactly(7, 8, 9, 11, 12, 13);
    }

    @Test
    void importsTheTcvn3WorkbookTakingEachUnitFromTheGroupHeadingAbove() {
        FileReport report = dryRun(FixtureGenerator.WORKS_BY_WARD_TCVN3);

        assertThat(report.counts()).isEqualTo(new Counts(6, 6, 0, 0, 0, 24,
                Map.of("TITLE", 6, "HEADER", 3, "BLANK", 3, "GROUP", 7, "TOTAL", 5)));
        assertThat(report.sheets()).extracting(s -> s.name()).containsExactly("Bắc Hà", "Trần Phú", "Các xã");
        assertThat(report.works()).extracting(WorkLine::sheet, WorkLine::row, WorkLine::unitCode, WorkLine::name,
                WorkLine::kind, WorkLine::plannedOn, WorkLine::investmentVnd, WorkLine::plaqueRequested).containsExactly(
                tuple("Bắc Hà", 7, "18076", "Nhà văn hóa tổ dân phố 3", WorkKind.INAUGURATION,
                        LocalDate.of(2022, 5, 19), 1_200_000_000L, true),
                tuple("Bắc Hà", 8, "18076", "Vỉa hè đường Hà Huy Tập", WorkKind.GROUNDBREAKING,
                        LocalDate.of(2022, 6, 1), 850_000_000L, false),
                tuple("Trần Phú", 7, "18070", "Sân vận động phường Trần Phú", WorkKind.INAUGURATION,
                        LocalDate.of(2022, 4, 1), 3_500_000_000L, true),
                tuple("Trần Phú", 8, "18070", "Chợ Hà Tĩnh (cải tạo)", WorkKind.GROUNDBREAKING,
                        LocalDate.of(2022, 5, 28), 15_000_000_000L, true),
                tuple("Các xã", 7, "18100", "Đường liên thôn Thạch Hạ", WorkKind.GROUNDBREAKING,
                        LocalDate.of(2022, 6, 15), 2_300_000_000L, false),
                tuple("Các xã", 10, "18103", "Nhà văn hóa thôn Đồng Môn", WorkKind.INAUGURATION,
                        LocalDate.of(2022, 5, 1), 700_000_000L, true));
        assertThat(withoutTaskAreaWarnings(report)).extracting(Issue::sheet, Issue::row, Issue::column, i -> i.code().name(),
                Issue::value).containsExactly(
                tuple("Bắc Hà", 8, "D", "DATE_IS_MONTH", "tháng 6/2022"),
                tuple("Trần Phú", 7, "D", "DATE_IS_QUARTER", "Quý II/2022"),
                tuple("Các xã", 10, "D", "DATE_IS_MONTH", "tháng 5/2022"));
    }

    @Test
    void importsTheVniXlsWithItsInvestorAndFundingSource() {
        FileReport report = dryRun(FixtureGenerator.WORKS_LEGACY_XLS);

        assertThat(report.format()).isEqualTo("XLS");
        assertThat(report.counts()).isEqualTo(new Counts(3, 3, 0, 0, 0, 4, Map.of("TITLE", 2, "HEADER", 1, "TOTAL", 1)));
        assertThat(report.works()).extracting(WorkLine::row, WorkLine::unitCode, WorkLine::name, WorkLine::kind,
                WorkLine::plannedOn, WorkLine::investmentVnd, WorkLine::plaqueRequested, WorkLine::investor,
                WorkLine::fundingSource).containsExactly(
                tuple(4, "18082", "Trạm y tế phường Đại Nài", WorkKind.INAUGURATION, LocalDate.of(2022, 5, 28),
                        1_200_000_000L, true, "UBND phường Đại Nài", "Ngân sách phường"),
                tuple(5, "18103", "Đường liên thôn Đồng Môn", WorkKind.GROUNDBREAKING, LocalDate.of(2022, 5, 28),
                        3_500_000_000L, true, "UBND xã Đồng Môn", "Ngân sách tỉnh, xã hội hóa"),
                tuple(6, "18091", "Nhà văn hóa khối phố 2", WorkKind.INAUGURATION, LocalDate.of(2022, 6, 1),
                        650_500_000L, false, "UBND phường Thạch Quý", "Xã hội hóa"));
        assertThat(withoutTaskAreaWarnings(report)).extracting(Issue::row, Issue::column, i -> i.code().name(), Issue::value)
                .containsExactly(tuple(6, "E", "DATE_IS_MONTH", "tháng 6/2022"));
    }

    @ParameterizedTest
    @ValueSource(strings = {FixtureGenerator.EVENTS_UTF8_BOM, FixtureGenerator.EVENTS_UTF8,
        FixtureGenerator.EVENTS_WINDOWS_1258, FixtureGenerator.EVENTS_TCVN3, FixtureGenerator.EVENTS_VNI})
    void importsTheSameFourEventsWhateverTheCsvEncoding(String fixture) {
        FileReport report = dryRun(fixture);

        assertThat(report.format()).isEqualTo("CSV");
        assertThat(report.counts()).isEqualTo(new Counts(4, 4, 0, 0, 0, 3, Map.of("TITLE", 1, "BLANK", 1, "HEADER", 1)));
        String sheet = fixture.substring(0, fixture.indexOf('.'));
        assertThat(report.events()).extracting(EventLine::sheet, EventLine::row, EventLine::unitCode, EventLine::name,
                EventLine::kind, EventLine::startsOn, EventLine::endsOn, EventLine::venue).containsExactly(
                tuple(sheet, 4, "18103", "Lễ hội đình làng Đồng Môn", EventKind.TRADITIONAL_FESTIVAL,
                        LocalDate.of(2022, 5, 15), null, "Đình làng Đồng Môn"),
                tuple(sheet, 5, "18077", "Giải bóng đá thanh niên thành phố", EventKind.SPORTS,
                        LocalDate.of(2022, 5, 1), null, "Sân vận động thành phố"),
                tuple(sheet, 6, "18076", "Liên hoan văn nghệ quần chúng", EventKind.CULTURAL,
                        LocalDate.of(2022, 5, 28), null, "Quảng trường thành phố"),
                tuple(sheet, 7, "18070", "Giải chạy Vì Hà Tĩnh xanh", EventKind.SPORTS, LocalDate.of(2022, 4, 1),
                        null, "Đường Phan Đình Phùng"));
        assertThat(withoutTaskAreaWarnings(report)).extracting(Issue::row, Issue::column, i -> i.code().name(), Issue::value)
                .containsExactly(tuple(5, "D", "DATE_IS_MONTH", "tháng 5/2022"),
                        tuple(7, "D", "DATE_IS_QUARTER", "Quý II/2022"));
        assertThat(report.works()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {FixtureGenerator.ENCRYPTED, FixtureGenerator.TRUNCATED, FixtureGenerator.RENAMED_BINARY})
    void storesNothingOfAFileThatCannotBeRead(String fixture) {
        FileReport report = ImportRunner.writingTo(platform).importFile(Fixtures.path(fixture), fixture, "CT32-2022",
                ImportListener.NONE);

        assertThat(report.status()).isEqualTo(ImportStatus.FILE_FAILED);
        assertThat(report.error()).isNotNull();
        assertThat(report.error().code()).isEqualTo(switch (fixture) {
            case FixtureGenerator.ENCRYPTED -> "ENCRYPTED";
            case FixtureGenerator.TRUNCATED -> "DAMAGED";
            default -> "NOT_A_SPREADSHEET";
        });
        assertThat(report.error().message()).startsWith(fixture + ": ");
        assertThat(report.counts()).isEqualTo(Counts.none());
        assertThat(platform.registrations().findByCampaign(new CampaignCode("CT32-2022"))).isEmpty();
    }

    private static List<Issue> withoutTaskAreaWarnings(FileReport report) {
        return report.issues().stream().filter(i -> !i.code().name().equals("TASK_AREA_MISSING")).toList();
    }
}
