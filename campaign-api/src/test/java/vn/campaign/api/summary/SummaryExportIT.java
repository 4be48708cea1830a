package vn.campaign.api.summary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static vn.campaign.api.summary.SummaryTestCampaign.NAM_HA;
import static vn.campaign.api.summary.SummaryTestCampaign.THACH_HA;
import static vn.campaign.api.summary.SummaryTestCampaign.TRAN_PHU;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.campaign.api.platform.PlatformConfiguration;
import vn.campaign.api.security.SecuredEndpoint;
import vn.campaign.api.security.TestTokens;
import vn.campaign.api.support.EmbeddedStoreTestBase;
import vn.campaign.core.application.CampaignPlatform;
import vn.campaign.core.campaign.Campaign;
import vn.campaign.core.campaign.CampaignCode;
import vn.campaign.core.registration.Event;
import vn.campaign.core.registration.EventDetails;
import vn.campaign.core.campaign.EventKind;
import vn.campaign.core.registration.Registration;
import vn.campaign.core.registration.RegistrationStatus;
import vn.campaign.core.registration.Vnd;
import vn.campaign.core.registration.Work;
import vn.campaign.core.registration.WorkDetails;
import vn.campaign.core.campaign.WorkKind;
import vn.campaign.core.report.SummaryReport;
import vn.campaign.core.unit.UnitCode;

/**
 * {@code GET /api/exports/summary.xlsx} and {@code .docx} through MockMvc with the security filter chain, on a
 * campaign of its own (the context's store is shared): the files' content cell by cell and paragraph by
 * paragraph, and the refusals.
 */
class SummaryExportIT extends EmbeddedStoreTestBase {

    static final String CODE = "BC-TONGHOP-TEST";
    static final Set<String> COMMUNES = Set.of("18088", "18100", "18103", "18109", "18112");

    private static final List<Registration> DATA = new ArrayList<>();

    @Autowired
    private WebApplicationContext context;

    @Autowired
    private CampaignPlatform platform;

    private MockMvc mvc;

    @BeforeEach
    void seed() {
        mvc = SecuredEndpoint.mockMvc(context);
        DATA.clear();
        Campaign campaign = SummaryTestCampaign.campaign(CODE, "Đợt thi đua thử nghiệm báo cáo tổng hợp",
                "A campaign to test the summary report", "07-CT/Test");
        platform.campaigns().save(campaign);
        DATA.add(work(TRAN_PHU, "Nhà văn hóa tổ dân phố 5", 19, 1_200_000_000L, "Ngân sách thành phố", true)
                .withStatus(RegistrationStatus.APPROVED, null, null));
        DATA.add(work(TRAN_PHU, "Kênh thoát nước Trần Phú", 2, 850_000_000L, "Xã hội hóa", false));
        DATA.add(work(TRAN_PHU, "Công trình bị trả lại", 3, 5_000_000_000L, null, false)
                .withStatus(RegistrationStatus.REJECTED, "không đủ điều kiện", null));
        DATA.add(work(NAM_HA, "Công viên Nam Hà", 28, 1_800_000_000L, null, false)
                .withStatus(RegistrationStatus.APPROVED, null, null)
                .withStatus(RegistrationStatus.COMPLETED, null, LocalDate.of(2022, 5, 28)));
        DATA.add(work(THACH_HA, "Trường mầm non Thạch Hạ", 10, 2_500_000_000L, "Ngân sách thành phố", false)
                .withStatus(RegistrationStatus.APPROVED, null, null));
        DATA.add(event(TRAN_PHU, "Lễ hội Sen Trần Phú", 300).withStatus(RegistrationStatus.APPROVED, null, null));
        DATA.add(event(THACH_HA, "Giải bóng đá Thạch Hạ", 500));
        DATA.forEach(r -> assertThat(platform.registrations().insert(r)).isEqualTo(
                vn.campaign.core.registration.Registrations.WriteResult.DONE));
    }

    /** The store is shared with every other test class: the campaign and its registrations go again. */
    @AfterEach
    void removeTheCampaign() {
        SummaryTestCampaign.remove(mongoTemplate(), CODE);
        // removed from the store itself (the platform's campaigns are cached in front of it)
        assertThat(mongoTemplate().exists(org.springframework.data.mongodb.core.query.Query.query(
                org.springframework.data.mongodb.core.query.Criteria.where("_id").is(CODE)),
                vn.campaign.api.mongo.CampaignDocument.COLLECTION)).isFalse();
    }

    // --- the workbook ---

    @Test
    void theWorkbookCarriesTheHeadingBlockTitleAndSignature() throws IOException {
        try (XSSFWorkbook book = workbook()) {
            assertThat(book.getSheetAt(0).getSheetName()).isEqualTo("Biểu số 01");
            assertThat(book.getSheetAt(1).getSheetName()).isEqualTo("Biểu số 02");
            assertThat(book.getSheetAt(2).getSheetName()).isEqualTo("Biểu số 03");
            assertThat(book.getSheetAt(3).getSheetName()).isEqualTo("Biểu số 04");
            XSSFSheet sheet = book.getSheet("Biểu số 01");
            assertThat(text(sheet, 0, 0)).isEqualTo("ỦY BAN NHÂN DÂN");
            assertThat(text(sheet, 1, 0)).isEqualTo("THÀNH PHỐ HÀ TĨNH");
            assertThat(text(sheet, 2, 0)).matches("Số: {4,}/BC-UBND");
            int right = rightColumn(sheet, 0);
            assertThat(text(sheet, 0, right)).isEqualTo("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
            assertThat(text(sheet, 1, right)).isEqualTo("Độc lập - Tự do - Hạnh phúc");
            assertThat(text(sheet, 2, right)).isEqualTo("Thành phố Hà Tĩnh, " + today());
            assertThat(sheet.getRow(0).getCell(0).getCellStyle().getFont().getBold()).isTrue();
            assertThat(sheet.getRow(0).getCell(0).getCellStyle().getFont().getFontName()).isEqualTo("Times New Roman");
            assertThat(sheet.getRow(0).getCell(0).getCellStyle().getFont().getFontHeightInPoints()).isEqualTo((short) 12);
            assertThat(sheet.getRow(2).getCell(right).getCellStyle().getFont().getItalic()).isTrue();
            assertThat(merged(sheet, 0, right)).isTrue();

            int title = rowOf(sheet, 0, "BÁO CÁO");
            assertThat(text(sheet, title + 1, 0)).isEqualTo("Tổng hợp kết quả đăng ký công trình, sự kiện chào mừng");
            assertThat(text(sheet, title + 2, 0)).isEqualTo("Đợt thi đua thử nghiệm báo cáo tổng hợp");
            assertThat(text(sheet, title + 3, 0))
                    .isEqualTo("(Thực hiện Chỉ thị số 07-CT/Test ngày 01/03/2022 của Ban Thường vụ thử nghiệm)");
            assertThat(merged(sheet, title, 0)).isTrue();
            assertThat(rowOf(sheet, 0, "Biểu số 01")).isGreaterThan(title);
            int lastColumn = sheet.getRow(rowOf(sheet, 0, "STT")).getLastCellNum() - 1;
            int unitLine = rowOf(sheet, lastColumn - 2, "ĐVT: triệu đồng");
            assertThat(unitLine).isEqualTo(rowOf(sheet, 0, "STT") - 1);
            assertThat(sheet.getRow(unitLine).getCell(lastColumn - 2).getCellStyle().getFont().getItalic()).isTrue();

            int signature = rowOf(sheet, 0, "Người lập biểu");
            assertThat(text(sheet, signature, right)).isEqualTo("TM. ỦY BAN NHÂN DÂN");
            assertThat(text(sheet, signature + 1, right)).isEqualTo("CHỦ TỊCH");
            assertThat(text(sheet, signature + 1, 0)).isEqualTo("(Ký, ghi rõ họ tên)");
            assertThat(text(sheet, rowOf(sheet, 0, "Người lập biểu") - 2, 0))
                    .contains("không tính các đăng ký không được duyệt hoặc đã hủy");
        }
    }

    @Test
    void theWorksSheetGroupsNumbersAndListsTheWorksWithSumsAsFormulasCarryingTheirValues() throws IOException {
        try (XSSFWorkbook book = workbook()) {
            XSSFSheet sheet = book.getSheet("Biểu số 01");
            int header = rowOf(sheet, 0, "STT");
            assertThat(text(sheet, header, 1)).isEqualTo("Đơn vị / Tên công trình");
            int amount = columnOf(sheet, header, "Tổng mức đầu tư");
            int count = columnOf(sheet, header, "Số lượng");
            int cityBudget = columnOf(sheet, header, "Trong đó: Ngân sách thành phố");

            int wards = rowOf(sheet, 1, "CÁC PHƯỜNG");
            assertThat(text(sheet, wards, 0)).isEqualTo("I");
            assertThat(text(sheet, wards + 1, 0)).isEqualTo("1");
            assertThat(text(sheet, wards + 1, 1)).isEqualTo("Phường Trần Phú");
            assertThat(text(sheet, wards + 2, 0)).isEqualTo("-");
            assertThat(text(sheet, wards + 2, 1)).isEqualTo("Kênh thoát nước Trần Phú");
            assertThat(text(sheet, wards + 3, 1)).isEqualTo("Nhà văn hóa tổ dân phố 5");
            XSSFRow hall = sheet.getRow(wards + 3);
            assertThat(text(sheet, wards + 3, columnOf(sheet, header, "Loại công trình"))).isEqualTo("Khánh thành");
            XSSFCell planned = hall.getCell(columnOf(sheet, header, "Thời gian dự kiến"));
            assertThat(planned.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2022, 5, 19));
            assertThat(new DataFormatter().formatCellValue(planned)).isEqualTo("19/05/2022");
            assertThat(hall.getCell(amount).getNumericCellValue()).isEqualTo(1200.0);
            assertThat(hall.getCell(cityBudget).getNumericCellValue()).isEqualTo(1200.0);
            assertThat(text(sheet, wards + 3, columnOf(sheet, header, "Gắn biển"))).isEqualTo("Có");
            assertThat(text(sheet, wards + 3, columnOf(sheet, header, "Trạng thái"))).isEqualTo("Đã duyệt");
            assertThat(text(sheet, wards + 4, 0)).isEqualTo("2");
            assertThat(text(sheet, wards + 4, 1)).isEqualTo("Phường Nam Hà");
            assertThat(rowOf(sheet, 1, "Công trình bị trả lại")).as("a rejected work is left out").isEqualTo(-1);
            int communes = rowOf(sheet, 1, "CÁC XÃ");
            assertThat(text(sheet, communes, 0)).isEqualTo("II");

            XSSFFormulaEvaluator evaluator = book.getCreationHelper().createFormulaEvaluator();
            List<Integer> subtotals = rowsOf(sheet, 1, "Cộng");
            assertThat(subtotals).hasSize(2);
            long wardSum = counted().stream().filter(w -> !COMMUNES.contains(w.unit().value()))
                    .mapToLong(SummaryExportIT::investment).sum();
            long communeSum = counted().stream().filter(w -> COMMUNES.contains(w.unit().value()))
                    .mapToLong(SummaryExportIT::investment).sum();
            assertThat(wardSum).isEqualTo(1_200_000_000L + 850_000_000L + 1_800_000_000L);
            assertSum(evaluator, sheet.getRow(subtotals.get(0)).getCell(amount), "SUM(", wardSum / 1e6);
            assertSum(evaluator, sheet.getRow(subtotals.get(1)).getCell(amount), "SUM(", communeSum / 1e6);
            assertSum(evaluator, sheet.getRow(subtotals.get(0)).getCell(count), "SUM(",
                    counted().stream().filter(w -> !COMMUNES.contains(w.unit().value())).count());
            int total = rowOf(sheet, 1, "TỔNG CỘNG");
            assertThat(total).isGreaterThan(subtotals.get(1));
            XSSFCell totalAmount = sheet.getRow(total).getCell(amount);
            assertSum(evaluator, totalAmount, "SUM(", (wardSum + communeSum) / 1e6);
            assertThat(totalAmount.getCellFormula()).contains(
                    org.apache.poi.ss.util.CellReference.convertNumToColString(amount) + (subtotals.get(0) + 1));
            assertSum(evaluator, sheet.getRow(total).getCell(count), "SUM(", counted().size());
            assertSum(evaluator, sheet.getRow(total).getCell(cityBudget), "SUM(", (1_200_000_000L + 2_500_000_000L) / 1e6);
            assertThat(sheet.getRow(total).getCell(amount).getCellStyle().getFont().getBold()).isTrue();
            assertThat(sheet.getRow(total).getCell(amount).getCellStyle().getBorderTop())
                    .isEqualTo(org.apache.poi.ss.usermodel.BorderStyle.THIN);
        }
    }

    @Test
    void theEventsAndComplianceSheetsCountAndMarkEveryRequiredUnit() throws IOException {
        try (XSSFWorkbook book = workbook()) {
            XSSFFormulaEvaluator evaluator = book.getCreationHelper().createFormulaEvaluator();
            XSSFSheet events = book.getSheet("Biểu số 02");
            int header = rowOf(events, 0, "STT");
            int participants = columnOf(events, header, "Số người tham gia dự kiến");
            assertSum(evaluator, events.getRow(rowOf(events, 1, "TỔNG CỘNG")).getCell(participants), "SUM(", 800);

            XSSFSheet compliance = book.getSheet("Biểu số 03");
            int top = rowOf(compliance, 0, "STT");
            assertThat(text(compliance, top, 2)).isEqualTo("Có công trình thử nghiệm");
            assertThat(text(compliance, top, 3)).isEqualTo("Có sự kiện thử nghiệm");
            assertThat(text(compliance, top, 4)).isEqualTo("Đánh giá chung");
            // the report is dated today, after the test campaign's end (15/6/2022): only completed registrations
            // satisfy an obligation, and approved ones never completed are marked overdue
            assertThat(marks(compliance, "Phường Trần Phú")).containsExactly("quá hạn, chưa hoàn thành",
                    "quá hạn, chưa hoàn thành", "Chưa đạt");
            assertThat(marks(compliance, "Phường Nam Hà")).containsExactly("đã đạt", "chưa đăng ký", "Chưa đạt");
            assertThat(marks(compliance, "Xã Thạch Hạ")).containsExactly("quá hạn, chưa hoàn thành", "chờ duyệt",
                    "Chưa đạt");
            assertThat(marks(compliance, "Phường Bắc Hà")).containsExactly("chưa đăng ký", "chưa đăng ký", "Chưa đạt");
            int satisfied = rowOf(compliance, 1, "Số đơn vị đã đạt");
            assertSum(evaluator, compliance.getRow(satisfied).getCell(2), "COUNTIF(", 1);
            assertSum(evaluator, compliance.getRow(satisfied).getCell(3), "COUNTIF(", 0);
            assertSum(evaluator, compliance.getRow(satisfied).getCell(4), "COUNTIF(", 0);

            XSSFSheet plaques = book.getSheet("Biểu số 04");
            int row = rowOf(plaques, 1, "Nhà văn hóa tổ dân phố 5");
            assertThat(text(plaques, row, 2)).isEqualTo("Phường Trần Phú");
            assertThat(text(plaques, row, 3)).isEqualTo("Đơn vị đề nghị gắn biển");
        }
    }

    // --- the document ---

    @Test
    void theDocumentCarriesTheHeadingTitleTablesAndSignature() throws IOException {
        MockHttpServletResponse response = download("/api/exports/summary.docx?campaign=" + CODE, TestTokens.cityAdmin());
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).isEqualTo(SummaryDocxWriter.MEDIA_TYPE);
        assertThat(response.getHeader(HttpHeaders.CONTENT_DISPOSITION))
                .startsWith("attachment; filename=\"bao-cao-tong-hop-" + CODE + ".docx\"; ")
                .contains("filename*=UTF-8''B%C3%A1o%20c%C3%A1o%20t%E1%BB%95ng%20h%E1%BB%A3p%20" + CODE + ".docx");
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(response.getContentAsByteArray()))) {
            List<XWPFTable> tables = document.getTables();
            assertThat(tables).hasSize(6);
            XWPFTable heading = tables.get(0);
            assertThat(paragraphs(heading, 0)).containsSequence("ỦY BAN NHÂN DÂN", "THÀNH PHỐ HÀ TĨNH");
            assertThat(paragraphs(heading, 0)).anyMatch(p -> p.matches("Số: {4,}/BC-UBND"));
            assertThat(paragraphs(heading, 1)).containsSequence("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                    "Độc lập - Tự do - Hạnh phúc");
            assertThat(paragraphs(heading, 1)).contains("Thành phố Hà Tĩnh, " + today());
            XWPFParagraph nationalName = heading.getRow(0).getCell(1).getParagraphs().get(0);
            assertThat(nationalName.getRuns().get(0).isBold()).isTrue();
            assertThat(nationalName.getRuns().get(0).getFontFamily()).isEqualTo("Times New Roman");
            assertThat(nationalName.getRuns().get(0).getFontSizeAsDouble()).isEqualTo(13.0);

            List<String> body = document.getParagraphs().stream().map(XWPFParagraph::getText).toList();
            assertThat(body).containsSubsequence("BÁO CÁO", "Tổng hợp kết quả đăng ký công trình, sự kiện chào mừng",
                    "Đợt thi đua thử nghiệm báo cáo tổng hợp",
                    "(Thực hiện Chỉ thị số 07-CT/Test ngày 01/03/2022 của Ban Thường vụ thử nghiệm)",
                    "Biểu số 01", "DANH SÁCH CÔNG TRÌNH CHÀO MỪNG ĐĂNG KÝ", "ĐVT: triệu đồng", "Biểu số 02",
                    "Biểu số 03", "Biểu số 04");
            assertThat(document.getDocument().getBody().getSectPr().getPgSz().getOrient().toString())
                    .isEqualTo("landscape");

            XWPFTable works = tables.get(1);
            List<String> header = cells(works.getRow(0));
            int amount = header.indexOf("Tổng mức đầu tư");
            assertThat(header.subList(0, 2)).containsExactly("STT", "Đơn vị / Tên công trình");
            List<List<String>> rows = works.getRows().stream().map(SummaryExportIT::cells).toList();
            int wards = indexOf(rows, "CÁC PHƯỜNG");
            assertThat(rows.get(wards).get(0)).isEqualTo("I");
            assertThat(rows.get(wards + 1).subList(0, 2)).containsExactly("1", "Phường Trần Phú");
            List<String> hall = rows.get(wards + 3);
            assertThat(hall.subList(0, 4)).containsExactly("-", "Nhà văn hóa tổ dân phố 5", "Khánh thành", "19/05/2022");
            assertThat(hall.get(amount)).isEqualTo("1.200");
            assertThat(rows.get(indexOf(rows, "CÁC XÃ")).get(0)).isEqualTo("II");
            List<List<String>> subtotals = rows.stream().filter(r -> r.get(1).equals("Cộng")).toList();
            assertThat(subtotals).extracting(r -> r.get(amount)).containsExactly("3.850", "2.500");
            assertThat(rows.get(rows.size() - 1).get(1)).isEqualTo("TỔNG CỘNG");
            assertThat(rows.get(rows.size() - 1).get(amount)).isEqualTo("6.350");
            List<Integer> widths = works.getCTTbl().getTblGrid().getGridColList().stream()
                    .map(c -> ((java.math.BigInteger) c.getW()).intValue()).toList();
            assertThat(widths).as("a column per header cell, the names widest, filling the page between margins")
                    .hasSize(header.size());
            assertThat(widths.get(1)).isGreaterThan(2 * widths.get(amount));
            assertThat(widths.get(header.indexOf("Thời gian dự kiến"))).isGreaterThan(widths.get(amount));
            assertThat(widths.stream().mapToInt(Integer::intValue).sum()).isBetween(13_900, 14_100);

            List<List<String>> compliance = tables.get(3).getRows().stream().map(SummaryExportIT::cells).toList();
            assertThat(compliance.get(0)).containsExactly("STT", "Đơn vị", "Có công trình thử nghiệm",
                    "Có sự kiện thử nghiệm", "Đánh giá chung");
            assertThat(compliance.stream().filter(r -> r.get(1).equals("Xã Thạch Hạ")).findFirst().orElseThrow()
                    .subList(2, 5)).containsExactly("quá hạn, chưa hoàn thành", "chờ duyệt", "Chưa đạt");

            XWPFTable signature = tables.get(5);
            assertThat(paragraphs(signature, 0)).containsExactly("Người lập biểu", "(Ký, ghi rõ họ tên)");
            assertThat(paragraphs(signature, 1)).startsWith("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "", "", "");
        }
    }

    // --- refusals ---

    @Test
    void refusesAnAnonymousCallerWith401() throws Exception {
        for (String path : List.of("/api/exports/summary.xlsx", "/api/exports/summary.docx")) {
            MockHttpServletResponse response = download(path + "?campaign=" + CODE, null);
            assertThat(response.getStatus()).isEqualTo(401);
            assertThat(json(response).get("errors").get(0).get("extensions").get("classification").asString())
                    .isEqualTo("UNAUTHORIZED");
        }
    }

    @Test
    void refusesOfficersAndViewersWith403() throws Exception {
        for (String token : List.of(TestTokens.unitOfficer(TRAN_PHU), TestTokens.viewer())) {
            for (String path : List.of("/api/exports/summary.xlsx", "/api/exports/summary.docx")) {
                MockHttpServletResponse response = download(path + "?campaign=" + CODE, token);
                assertThat(response.getStatus()).isEqualTo(403);
                assertThat(json(response).get("errors").get(0).get("extensions").get("classification").asString())
                        .isEqualTo("FORBIDDEN");
            }
        }
    }

    @Test
    void answers400NamingTheParameterWhenTheCampaignIsMissingOrUnknown() throws Exception {
        for (String path : List.of("/api/exports/summary.xlsx", "/api/exports/summary.docx")) {
            MockHttpServletResponse missing = download(path, TestTokens.cityAdmin());
            assertThat(missing.getStatus()).isEqualTo(400);
            assertThat(missing.getContentType()).startsWith("application/json");
            JsonNode error = json(missing).get("error");
            assertThat(error.get("code").asString()).isEqualTo("CAMPAIGN_MISSING");
            assertThat(error.get("parameter").asString()).isEqualTo("campaign");
            assertThat(error.get("message").asString()).contains("'campaign'");

            MockHttpServletResponse unknown = download(path + "?campaign=NO-SUCH-CAMPAIGN", TestTokens.cityAdmin());
            assertThat(unknown.getStatus()).isEqualTo(400);
            JsonNode refusal = json(unknown).get("error");
            assertThat(refusal.get("code").asString()).isEqualTo("CAMPAIGN_UNKNOWN");
            assertThat(refusal.get("parameter").asString()).isEqualTo("campaign");
            assertThat(refusal.get("message").asString()).contains("NO-SUCH-CAMPAIGN");
        }
    }

    // --- helpers ---

    private XSSFWorkbook workbook() throws IOException {
        MockHttpServletResponse response = download("/api/exports/summary.xlsx?campaign=" + CODE, TestTokens.cityAdmin());
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
        assertThat(response.getContentType()).isEqualTo(SummaryXlsxWriter.MEDIA_TYPE);
        assertThat(response.getHeader(HttpHeaders.CONTENT_DISPOSITION)).contains("filename*=UTF-8''")
                .contains(".xlsx");
        return new XSSFWorkbook(new ByteArrayInputStream(response.getContentAsByteArray()));
    }

    private MockHttpServletResponse download(String path, @Nullable String token) {
        return SecuredEndpoint.perform(mvc, get(path), token);
    }

    private static JsonNode json(MockHttpServletResponse response) throws IOException {
        return JsonMapper.builder().build().readTree(response.getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
    }

    private static String today() {
        return SummaryReport.dateInWords(LocalDate.now(PlatformConfiguration.HA_TINH_ZONE));
    }

    private static List<Work> counted() {
        return DATA.stream().filter(r -> r instanceof Work).map(Work.class::cast)
                .filter(w -> w.status() != RegistrationStatus.REJECTED && w.status() != RegistrationStatus.CANCELLED)
                .toList();
    }

    private static long investment(Work work) {
        return Objects.requireNonNull(work.details().investment()).amount();
    }

    private static void assertSum(XSSFFormulaEvaluator evaluator, XSSFCell cell, String function, double expected) {
        assertThat(cell.getCellType()).isEqualTo(CellType.FORMULA);
        assertThat(cell.getCellFormula()).startsWith(function);
        assertThat(cell.getNumericCellValue()).as("cached value of " + cell.getCellFormula()).isEqualTo(expected);
        assertThat(evaluator.evaluate(cell).getNumberValue()).as("value of " + cell.getCellFormula())
                .isEqualTo(expected);
    }

    private static String text(XSSFSheet sheet, int row, int column) {
        XSSFRow r = sheet.getRow(row);
        if (r == null || r.getCell(column) == null) {
            return "";
        }
        return new DataFormatter().formatCellValue(r.getCell(column));
    }

    private static int rowOf(XSSFSheet sheet, int column, String value) {
        List<Integer> rows = rowsOf(sheet, column, value);
        return rows.isEmpty() ? -1 : rows.get(0);
    }

    private static List<Integer> rowsOf(XSSFSheet sheet, int column, String value) {
        List<Integer> rows = new ArrayList<>();
        for (int r = 0; r <= sheet.getLastRowNum(); r++) {
            if (text(sheet, r, column).equals(value)) {
                rows.add(r);
            }
        }
        return rows;
    }

    private static int columnOf(XSSFSheet sheet, int row, String header) {
        for (int c = 0; c < sheet.getRow(row).getLastCellNum(); c++) {
            if (text(sheet, row, c).equals(header)) {
                return c;
            }
        }
        throw new AssertionError("no column " + header);
    }

    private static int rightColumn(XSSFSheet sheet, int row) {
        for (int c = 2; c < sheet.getRow(row).getLastCellNum(); c++) {
            if (!text(sheet, row, c).isEmpty()) {
                return c;
            }
        }
        throw new AssertionError("nothing on the right of row " + row);
    }

    private static boolean merged(XSSFSheet sheet, int row, int column) {
        return sheet.getMergedRegions().stream().anyMatch(r -> r.isInRange(row, column) && r.getNumberOfCells() > 1);
    }

    private static List<String> marks(XSSFSheet sheet, String unit) {
        int row = rowOf(sheet, 1, unit);
        return List.of(text(sheet, row, 2), text(sheet, row, 3), text(sheet, row, 4));
    }

    private static List<String> paragraphs(XWPFTable table, int column) {
        return table.getRow(0).getCell(column).getParagraphs().stream().map(XWPFParagraph::getText).toList();
    }

    private static List<String> cells(XWPFTableRow row) {
        return row.getTableCells().stream().map(c -> c.getText()).toList();
    }

    private static int indexOf(List<List<String>> rows, String name) {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).size() > 1 && rows.get(i).get(1).equals(name)) {
                return i;
            }
        }
        throw new AssertionError("no row " + name);
    }

    private static Work work(String unit, String name, int dayOfMay, long investment, @Nullable String source,
            boolean plaque) {
        return Work.register(new CampaignCode(CODE), new UnitCode(unit), new WorkDetails(name, WorkKind.INAUGURATION,
                LocalDate.of(2022, 5, dayOfMay), null, null, null, new Vnd(investment), source, null, plaque, null));
    }

    private static Event event(String unit, String name, int participants) {
        return Event.register(new CampaignCode(CODE), new UnitCode(unit), new EventDetails(name, EventKind.CULTURAL,
                LocalDate.of(2022, 5, 20), null, null, null, null, participants, null));
    }
}
