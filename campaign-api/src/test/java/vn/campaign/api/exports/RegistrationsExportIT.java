package vn.campaign.api.exports;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.context.WebApplicationContext;
import tools.jackson.databind.JsonNode;

import vn.campaign.api.graphql.GlobalId;
import vn.campaign.api.security.TestTokens;
import vn.campaign.api.support.EmbeddedStoreTestBase;
import vn.campaign.core.application.CampaignPlatform;

/**
 * {@code GET /api/exports/works.xlsx} and {@code /events.xlsx} as a city administrator: the workbook cell by
 * cell, the filters, the file name, and the 400 answers to parameters that cannot be used.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RegistrationsExportIT extends EmbeddedStoreTestBase {

    private static final String WORKS = ExportController.WORKS_PATH;
    private static final String EVENTS = ExportController.EVENTS_PATH;
    private static final String WORK_NAME = "Tên công trình";
    private static final String EVENT_NAME = "Tên lễ hội, sự kiện";

    @Autowired
    private WebApplicationContext context;

    @Autowired
    private CampaignPlatform platform;

    @Autowired
    private Clock clock;

    private ExportFixtures data;
    private ExportEndpoint admin;

    @BeforeAll
    void registerWorksAndEvents() {
        data = new ExportFixtures(platform);
        admin = ExportEndpoint.as(context, TestTokens.cityAdmin());
    }

    @Test
    void writesTitlesHeaderAndAWorksCellsAsTypedFormattedCells() {
        MockHttpServletResponse response = admin.get(WORKS, "campaign", "CT32-2022");

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).isEqualTo(ExportController.XLSX);
        ExportedSheet sheet = ExportedSheet.read(response.getContentAsByteArray());
        XSSFSheet xssf = (XSSFSheet) sheet.sheet();
        assertThat(xssf.getSheetName()).isEqualTo("Công trình");
        assertThat(xssf.getRow(0).getCell(0).getStringCellValue()).isEqualTo(
                "Đợt thi đua cao điểm chào mừng kỷ niệm 65 năm Ngày Bác Hồ về thăm Hà Tĩnh và 15 năm thành lập "
                        + "thành phố Hà Tĩnh");
        assertThat(xssf.getRow(1).getCell(0).getStringCellValue()).isEqualTo("Toàn thành phố");
        assertThat(xssf.getRow(2).getCell(0).getStringCellValue())
                .isEqualTo("Ngày xuất: " + LocalDate.now(clock).format(DateTimeFormatter.ofPattern("dd/MM/yyyy")));
        assertThat((Object) xssf.getRow(3)).isNull();
        assertThat(sheet.columns().keySet()).containsExactly("STT", "Đơn vị", WORK_NAME, "Loại", "Ngày dự kiến",
                "Lĩnh vực", "Địa điểm", "Quy mô", "Tổng kinh phí (đồng)", "Nguồn vốn", "Chủ đầu tư", "Gắn biển",
                "Trạng thái", "Ghi chú", "Mã hệ thống", "Phiên bản");

        Row hall = sheet.rowNamed(WORK_NAME, data.hall.name());
        assertThat(sheet.cell(hall, "STT").getNumericCellValue()).isEqualTo(hall.getRowNum() - 4);
        assertThat(sheet.cell(hall, "Đơn vị").getStringCellValue()).isEqualTo("Phường Nam Hà");
        assertThat(sheet.cell(hall, "Loại").getStringCellValue()).isEqualTo("Khánh thành");
        Cell planned = sheet.cell(hall, "Ngày dự kiến");
        assertThat(planned.getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(DateUtil.isCellDateFormatted(planned)).isTrue();
        assertThat(planned.getCellStyle().getDataFormatString()).isEqualTo("dd/mm/yyyy");
        assertThat(planned.getLocalDateTimeCellValue()).isEqualTo(LocalDateTime.of(2022, 5, 19, 0, 0));
        assertThat(sheet.cell(hall, "Lĩnh vực").getStringCellValue()).isEqualTo(
                platform.campaigns().findByCode(new vn.campaign.core.campaign.CampaignCode("CT32-2022")).orElseThrow()
                        .taskArea(new vn.campaign.core.campaign.TaskAreaCode("URBAN")).orElseThrow().name());
        assertThat(sheet.cell(hall, "Địa điểm").getStringCellValue()).isEqualTo("Tổ dân phố 5");
        assertThat(sheet.cell(hall, "Quy mô").getStringCellValue()).isEqualTo("2 tầng, 300 m²");
        Cell amount = sheet.cell(hall, "Tổng kinh phí (đồng)");
        assertThat(amount.getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(amount.getNumericCellValue()).isEqualTo(1_250_000_000d);
        assertThat(amount.getCellStyle().getDataFormatString()).isEqualTo("#,##0");
        assertThat(sheet.cell(hall, "Nguồn vốn").getStringCellValue()).isEqualTo("Ngân sách phường");
        assertThat(sheet.cell(hall, "Chủ đầu tư").getStringCellValue()).isEqualTo("UBND phường Nam Hà");
        assertThat(sheet.cell(hall, "Gắn biển").getStringCellValue()).isEqualTo("Có");
        assertThat(sheet.cell(hall, "Trạng thái").getStringCellValue()).isEqualTo("Đã duyệt");
        assertThat(sheet.cell(hall, "Ghi chú").getStringCellValue()).isEqualTo("Hồ sơ đủ");
        assertThat(sheet.cell(hall, "Mã hệ thống").getStringCellValue()).isEqualTo(GlobalId.of(data.hall));
        assertThat(sheet.cell(hall, "Phiên bản").getNumericCellValue()).isEqualTo(1d);

        Row road = sheet.rowNamed(WORK_NAME, data.road.name());
        assertThat(sheet.cell(road, "Loại").getStringCellValue()).isEqualTo("Khởi công");
        assertThat(sheet.cell(road, "Trạng thái").getStringCellValue()).isEqualTo("Đã đăng ký");
        assertThat(sheet.cell(road, "Địa điểm")).isNull();
        assertThat(sheet.cell(sheet.rowNamed(WORK_NAME, data.park.name()), "Trạng thái").getStringCellValue())
                .isEqualTo("Không duyệt");
    }

    @Test
    void freezesTheHeaderFiltersTheTableHidesTheIdColumnsAndFitsWidthsToTheText() {
        ExportedSheet sheet = ExportedSheet.read(admin.get(WORKS, "campaign", "CT32-2022").getContentAsByteArray());
        XSSFSheet xssf = (XSSFSheet) sheet.sheet();

        assertThat(xssf.getPaneInformation().isFreezePane()).isTrue();
        assertThat(xssf.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 5);
        assertThat(xssf.getPaneInformation().getVerticalSplitPosition()).isZero();
        CellRangeAddress filter = CellRangeAddress.valueOf(xssf.getCTWorksheet().getAutoFilter().getRef());
        assertThat(filter.getFirstRow()).isEqualTo(4);
        assertThat(filter.getLastRow()).isEqualTo(xssf.getLastRowNum());
        assertThat(filter.getFirstColumn()).isZero();
        assertThat(filter.getLastColumn()).isEqualTo(sheet.column("Ghi chú"));
        int id = sheet.column("Mã hệ thống");
        int version = sheet.column("Phiên bản");
        assertThat(id).isEqualTo(sheet.columns().size() - 2);
        assertThat(version).isEqualTo(sheet.columns().size() - 1);
        assertThat(xssf.isColumnHidden(id)).isTrue();
        assertThat(xssf.isColumnHidden(version)).isTrue();
        assertThat(xssf.isColumnHidden(sheet.column(WORK_NAME))).isFalse();
        int longestName = sheet.rows().stream().mapToInt(r -> r.getCell(sheet.column(WORK_NAME))
                .getStringCellValue().length()).max().orElseThrow();
        assertThat(xssf.getColumnWidth(sheet.column(WORK_NAME))).isEqualTo((Math.min(longestName, 60) + 1) * 256);
        assertThat(xssf.getColumnWidth(sheet.column("STT"))).isEqualTo(("STT".length() + 2 + 1) * 256);
        assertThat(xssf.getColumnWidth(sheet.column("Ngày dự kiến")))
                .isEqualTo(("Ngày dự kiến".length() + 2 + 1) * 256);
    }

    @Test
    void theHiddenIdIsTheOneNodeResolvesAndTheVersionIsTheWorks() {
        ExportedSheet sheet = ExportedSheet.read(admin.get(WORKS, "campaign", "CT32-2022", "unit", ExportFixtures.NAM_HA)
                .getContentAsByteArray());
        String id = sheet.cell(sheet.rowNamed(WORK_NAME, data.hall.name()), "Mã hệ thống").getStringCellValue();

        JsonNode node = admin.graphQlData("query($id: ID!) { node(id: $id) { __typename ... on Work { id name version } } }",
                Map.of("id", id)).get("node");

        assertThat(node.get("__typename").asString()).isEqualTo("Work");
        assertThat(node.get("id").asString()).isEqualTo(id);
        assertThat(node.get("name").asString()).isEqualTo(data.hall.name());
        assertThat(node.get("version").asLong()).isEqualTo(
                (long) sheet.cell(sheet.rowNamed(WORK_NAME, data.hall.name()), "Phiên bản").getNumericCellValue());
    }

    @Test
    void writesEventsWithTheirDaysKindsAndParticipants() {
        MockHttpServletResponse response = admin.get(EVENTS, "campaign", "CT32-2022");

        assertThat(response.getStatus()).isEqualTo(200);
        ExportedSheet sheet = ExportedSheet.read(response.getContentAsByteArray());
        assertThat(sheet.sheet().getSheetName()).isEqualTo("Lễ hội, sự kiện");
        assertThat(sheet.columns().keySet()).containsExactly("STT", "Đơn vị", EVENT_NAME, "Loại", "Ngày bắt đầu",
                "Ngày kết thúc", "Lĩnh vực", "Địa điểm", "Chủ trì", "Số người tham gia", "Trạng thái", "Ghi chú",
                "Mã hệ thống", "Phiên bản");
        Row festival = sheet.rowNamed(EVENT_NAME, data.festival.name());
        assertThat(sheet.cell(festival, "Đơn vị").getStringCellValue()).isEqualTo("Phường Nam Hà");
        assertThat(sheet.cell(festival, "Loại").getStringCellValue()).isEqualTo("Lễ hội truyền thống");
        assertThat(sheet.cell(festival, "Ngày bắt đầu").getLocalDateTimeCellValue())
                .isEqualTo(LocalDateTime.of(2022, 5, 1, 0, 0));
        assertThat(sheet.cell(festival, "Ngày kết thúc").getLocalDateTimeCellValue())
                .isEqualTo(LocalDateTime.of(2022, 5, 3, 0, 0));
        assertThat(sheet.cell(festival, "Ngày kết thúc").getCellStyle().getDataFormatString()).isEqualTo("dd/mm/yyyy");
        assertThat(sheet.cell(festival, "Địa điểm").getStringCellValue()).isEqualTo("Đền Huyện");
        assertThat(sheet.cell(festival, "Chủ trì").getStringCellValue()).isEqualTo("UBND phường Nam Hà");
        assertThat(sheet.cell(festival, "Số người tham gia").getNumericCellValue()).isEqualTo(500d);
        assertThat(sheet.cell(festival, "Trạng thái").getStringCellValue()).isEqualTo("Đã duyệt");
        assertThat(sheet.cell(festival, "Mã hệ thống").getStringCellValue()).isEqualTo(GlobalId.of(data.festival));
        Row race = sheet.rowNamed(EVENT_NAME, data.race.name());
        assertThat(sheet.cell(race, "Loại").getStringCellValue()).isEqualTo("Sự kiện thể thao");
        assertThat(sheet.cell(race, "Ngày kết thúc")).isNull();
        assertThat(sheet.namesWith(EVENT_NAME, data.token))
                .containsExactly(data.race.name(), data.festival.name());
    }

    @Test
    void keepsTheUnitsAsked() {
        ExportedSheet sheet = ExportedSheet.read(admin.get(WORKS, "campaign", "CT32-2022", "unit", ExportFixtures.NAM_HA)
                .getContentAsByteArray());

        assertThat(sheet.namesWith(WORK_NAME, data.token)).containsExactly(data.park.name(), data.hall.name());
        assertThat(sheet.rows()).allSatisfy(r -> assertThat(sheet.cell(r, "Đơn vị").getStringCellValue())
                .isEqualTo("Phường Nam Hà"));
        assertThat(sheet.sheet().getRow(1).getCell(0).getStringCellValue()).isEqualTo("Phường Nam Hà");
    }

    @Test
    void keepsTheStatusesAskedRepeatedInAnyCase() {
        ExportedSheet sheet = ExportedSheet.read(admin.get(WORKS, "campaign", "CT32-2022", "status", "APPROVED",
                "status", "rejected").getContentAsByteArray());

        assertThat(sheet.namesWith(WORK_NAME, data.token)).containsExactly(data.park.name(), data.hall.name());
        assertThat(sheet.rows()).allSatisfy(r -> assertThat(sheet.cell(r, "Trạng thái").getStringCellValue())
                .isIn("Đã duyệt", "Không duyệt"));
    }

    @Test
    void keepsTheTaskAreasAskedMergingTheirListsInListOrder() {
        ExportedSheet sheet = ExportedSheet.read(admin.get(WORKS, "campaign", "CT32-2022", "taskArea", "URBAN",
                "taskArea", "CULTURE").getContentAsByteArray());

        assertThat(sheet.namesWith(WORK_NAME, data.token)).containsExactly(data.road.name(), data.hall.name());
        assertThat(sheet.rows()).extracting(r -> sheet.cell(r, "Mã hệ thống").getStringCellValue())
                .doesNotHaveDuplicates();
    }

    @Test
    void combinesUnitsTaskAreasAndStatuses() {
        ExportedSheet sheet = ExportedSheet.read(admin.get(WORKS, "campaign", "CT32-2022", "unit",
                ExportFixtures.TRAN_PHU, "unit", ExportFixtures.NAM_HA, "taskArea", "URBAN", "taskArea", "CULTURE",
                "taskArea", "EDUCATION", "status", "REGISTERED", "status", "APPROVED").getContentAsByteArray());

        assertThat(sheet.namesWith(WORK_NAME, data.token)).containsExactly(data.road.name(), data.hall.name());
        assertThat(sheet.sheet().getRow(1).getCell(0).getStringCellValue())
                .isEqualTo("Phường Trần Phú, Phường Nam Hà");
    }

    @Test
    void namesTheFileInVietnameseWithAnAsciiFallback() {
        MockHttpServletResponse response = admin.get(WORKS, "campaign", "CT32-2022", "unit", ExportFixtures.NAM_HA);
        String day = LocalDate.now(clock).format(DateTimeFormatter.ofPattern("dd-MM-yyyy"));

        String disposition = response.getHeader(HttpHeaders.CONTENT_DISPOSITION);
        assertThat(disposition).startsWith("attachment; filename=\"Danh-sach-cong-trinh-CT32-2022-Phuong-Nam-Ha-"
                + day + ".xlsx\"; filename*=UTF-8''");
        String encoded = disposition.substring(disposition.indexOf("UTF-8''") + 7);
        assertThat(encoded).matches("[A-Za-z0-9%!#$&+\\-.^_`|~]+");
        assertThat(URLDecoder.decode(encoded.replace("+", "%2B"), StandardCharsets.UTF_8))
                .isEqualTo("Danh sách công trình - CT32-2022 - Phường Nam Hà - " + day + ".xlsx");
        assertThat(admin.get(EVENTS, "campaign", "CT32-2022").getHeader(HttpHeaders.CONTENT_DISPOSITION))
                .contains("filename=\"Danh-sach-le-hoi-su-kien-CT32-2022-Toan-thanh-pho-" + day + ".xlsx\"");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "no campaign                 | status=APPROVED          | campaign | PARAMETER_MISSING",
        "an unknown campaign         | campaign=CT99-2030       | campaign | PARAMETER_UNKNOWN",
        "a malformed campaign code   | campaign=ct 32!          | campaign | PARAMETER_UNKNOWN",
        "an unknown status           | status=DONE              | status   | PARAMETER_UNKNOWN",
        "a malformed unit code       | unit=Nam Hà              | unit     | PARAMETER_MALFORMED",
        "a unit the city lacks       | unit=99999               | unit     | PARAMETER_UNKNOWN",
        "a malformed task area code  | taskArea=urban-area      | taskArea | PARAMETER_MALFORMED",
        "a task area not in the campaign | taskArea=SPACE       | taskArea | PARAMETER_UNKNOWN"})
    void answers400NamingTheParameter(String what, String parameter, String named, String code) {
        String[] pair = parameter.split("=", 2);
        String[] query = pair[0].equals("campaign") ? new String[] {pair[0], pair[1]}
                : new String[] {"campaign", "CT32-2022", pair[0], pair[1]};
        if (code.equals("PARAMETER_MISSING")) {
            query = new String[] {pair[0], pair[1]};
        }

        for (String path : new String[] {WORKS, EVENTS}) {
            MockHttpServletResponse response = admin.get(path, query);

            assertThat(response.getStatus()).as(what).isEqualTo(400);
            assertThat(response.getContentType()).startsWith("application/json");
            JsonNode error = ExportEndpoint.json(response).get("error");
            assertThat(error.get("parameter").asString()).isEqualTo(named);
            assertThat(error.get("code").asString()).isEqualTo(code);
            assertThat(error.get("message").asString()).contains("'" + named + "'");
        }
    }
}
