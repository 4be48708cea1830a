package vn.campaign.api.summary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;
import vn.campaign.api.closing.mongo.FinalReportDocument;
import vn.campaign.api.security.SecuredEndpoint;
import vn.campaign.api.security.TestTokens;
import vn.campaign.api.support.EmbeddedStoreTestBase;
import vn.campaign.api.support.MovableClock;
import vn.campaign.core.access.Actor;
import vn.campaign.core.access.Role;
import vn.campaign.core.application.CampaignPlatform;
import vn.campaign.core.application.ChangeStatus;
import vn.campaign.core.application.RegisterWork;
import vn.campaign.core.application.Outcome;
import vn.campaign.core.campaign.CampaignCode;
import vn.campaign.core.campaign.CampaignDefinitions;
import vn.campaign.core.campaign.WorkKind;
import vn.campaign.core.closing.CampaignClosing;
import vn.campaign.core.closing.CloseCampaign;
import vn.campaign.core.registration.Registration;
import vn.campaign.core.registration.Vnd;
import vn.campaign.core.registration.WorkDetails;

/**
 * The summary export of a closed campaign is drawn up from the final report its closing kept: completing a
 * registration in the grace days afterwards changes the current figures ({@code final=false}) but not one cell of
 * the exported summary.
 */
@Import(MovableClock.Configuration.class)
class FinalSummaryExportIT extends EmbeddedStoreTestBase {

    private static final String CODE = "BC-TONGKET-TEST";
    private static final String DEFINITION = """
            code: BC-TONGKET-TEST
            name: "Đợt thi đua thử nghiệm báo cáo tổng kết"
            nameEn: "A campaign to test the final summary"
            directive: {number: "21-CT/Test", issuedOn: "2022-03-01", issuer: "Ban Thường vụ thử nghiệm", issuerEn: "Test board"}
            organiser: "436"
            period: {from: "2022-04-01", to: "2022-06-15"}
            closingGraceDays: 2
            taskAreas:
              - {code: URBAN, name: "Đô thị", nameEn: "Urban"}
            obligations:
              - {code: ONE_WORK, name: "Có công trình thử nghiệm", nameEn: "A test work", appliesTo: [WARD], registers: WORK}
            """;

    @Autowired
    private WebApplicationContext context;

    @Autowired
    private CampaignPlatform platform;

    @Autowired
    private CampaignClosing closing;

    @Autowired
    private MovableClock clock;

    /** How Biểu số 04 marks an obligation met only by a work approved and not completed by the campaign's end. */
    private static final String TRAN_PHU_MARK = "quá hạn, chưa hoàn thành";
    private static final LocalDate CLOSING_DAY = LocalDate.of(2022, 6, 20);

    private MockMvc mvc;
    private Registration open;

    @BeforeEach
    void seedAndClose() {
        mvc = SecuredEndpoint.mockMvc(context);
        clock.setTo(LocalDate.of(2022, 5, 1));
        platform.campaigns().save(CampaignDefinitions.parse(DEFINITION).orThrow());
        open = approve(work("18070", "Nhà văn hóa tổ dân phố 5"));
        Registration park = approve(work("18073", "Công viên Nam Hà"));
        clock.setTo(LocalDate.of(2022, 5, 30));
        assertThat(platform.registrationService().changeStatus(ChangeStatus.complete(park.id().value(),
                park.version(), LocalDate.of(2022, 5, 28)))).isInstanceOf(Outcome.Success.class);
        clock.setTo(CLOSING_DAY);
        long version = platform.campaigns().findStored(new CampaignCode(CODE)).orElseThrow().version();
        assertThat(closing.as(new Actor.User("admin", Role.CITY_ADMIN, null)).close(new CloseCampaign(CODE, version)))
                .isInstanceOf(Outcome.Success.class);
    }

    @AfterEach
    void removeTheCampaign() {
        mongoTemplate().remove(Query.query(Criteria.where("campaign").is(CODE)), FinalReportDocument.COLLECTION);
        SummaryTestCampaign.remove(mongoTemplate(), CODE);
    }

    @Test
    void theSummaryOfAClosedCampaignIsItsFinalReportDatedTheClosingDay() throws IOException {
        MockHttpServletResponse response = download("xlsx", "");
        assertThat(response.getHeader(HttpHeaders.CONTENT_DISPOSITION))
                .startsWith("attachment; filename=\"bao-cao-tong-ket-" + CODE + ".xlsx\"");
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(response.getContentAsByteArray()))) {
            assertThat(List.of(book.getSheetAt(0).getSheetName(), book.getSheetAt(1).getSheetName(),
                    book.getSheetAt(2).getSheetName(), book.getSheetAt(3).getSheetName()))
                    .containsExactly("Biểu số 01", "Biểu số 02", "Biểu số 03", "Biểu số 04");
            XSSFSheet statuses = book.getSheet("Biểu số 02");
            List<List<String>> rows = rows(statuses, 4);
            assertThat(rows.get(0)).containsExactly("ỦY BAN NHÂN DÂN", "", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "");
            assertThat(rows.get(2)).containsExactly("Số:        /BC-UBND", "", "Thành phố Hà Tĩnh, ngày 20 tháng 6 năm 2022", "");
            assertThat(rows).contains(List.of("BÁO CÁO", "", "", ""),
                    List.of("Tổng kết kết quả đợt thi đua", "", "", ""),
                    List.of("Đợt thi đua thử nghiệm báo cáo tổng kết", "", "", ""),
                    List.of("Biểu số 02", "", "", ""),
                    List.of("CÔNG TRÌNH, SỰ KIỆN THEO TRẠNG THÁI", "", "", ""));
            int header = rows.indexOf(List.of("STT", "Trạng thái", "Công trình", "Sự kiện"));
            assertThat(rows.subList(header + 1, header + 8)).containsExactly(
                    List.of("1", "Chờ duyệt", "0", "0"),
                    List.of("2", "Đã duyệt", "1", "0"),
                    List.of("3", "Không duyệt", "0", "0"),
                    List.of("4", "Đã hoàn thành", "1", "0"),
                    List.of("5", "Đã hủy", "0", "0"),
                    List.of("6", "Trả lại bổ sung", "0", "0"),
                    List.of("", "TỔNG CỘNG", "2", "0"));
            assertThat(statuses.getRow(header + 7).getCell(2).getNumericCellValue()).isEqualTo(2.0);
            assertThat(statuses.getRow(header + 7).getCell(2).getCellStyle().getFont().getBold()).isTrue();

            List<List<String>> units = rows(book.getSheet("Biểu số 04"), 4);
            assertThat(units).contains(List.of("STT", "Đơn vị", "Có công trình thử nghiệm", "Đánh giá chung"));
            assertThat(units.stream().filter(r -> r.get(1).equals("Phường Trần Phú")).findFirst().orElseThrow()
                    .subList(2, 4)).as("approved, never completed by the closing").containsExactly(TRAN_PHU_MARK,
                    "Chưa đạt");
            assertThat(units.stream().filter(r -> r.get(1).equals("Phường Nam Hà")).findFirst().orElseThrow()
                    .subList(2, 4)).containsExactly("đã đạt", "Đạt");
            assertThat(units.stream().filter(r -> r.get(1).equals("Số đơn vị đã đạt")).findFirst().orElseThrow()
                    .subList(2, 4)).containsExactly("1", "1");
            assertThat(rows(book.getSheet("Biểu số 03"), 3)).contains(
                    List.of("1", "Tổng mức đầu tư các công trình (đồng)", "2,000,000,000"),
                    List.of("2", "Số công trình được gắn biển", "0"));
        }
    }

    @Test
    void changesAfterTheClosingDoNotChangeTheExportedSummary() throws IOException {
        List<List<List<String>>> workbookBefore = workbook(download("xlsx", ""));
        List<String> documentBefore = document(download("docx", ""));
        List<List<List<String>>> currentBefore = workbook(download("xlsx", "&final=false"));

        clock.setTo(CLOSING_DAY.plusDays(1));
        Registration stored = platform.registrations().findById(open.id()).orElseThrow();
        assertThat(platform.registrationService().changeStatus(ChangeStatus.complete(open.id().value(),
                stored.version(), LocalDate.of(2022, 6, 10)))).isInstanceOf(Outcome.Success.class);

        assertThat(workbook(download("xlsx", ""))).isEqualTo(workbookBefore);
        assertThat(document(download("docx", ""))).isEqualTo(documentBefore);
        assertThat(workbook(download("xlsx", "&final=false"))).as("the current figures did change")
                .isNotEqualTo(currentBefore);
        assertThat(documentBefore).contains("Biểu số 04", "Phường Trần Phú", TRAN_PHU_MARK, "đã đạt");
    }

    private Registration work(String unit, String name) {
        return platform.registrationService().registerWork(new RegisterWork(CODE, unit, new WorkDetails(name,
                WorkKind.INAUGURATION, LocalDate.of(2022, 5, 19), null, null, null, new Vnd(1_000_000_000L), null, null,
                false, null))).value();
    }

    private Registration approve(Registration registration) {
        return platform.registrationService().changeStatus(ChangeStatus.approve(registration.id().value(),
                registration.version())).value();
    }

    private MockHttpServletResponse download(String extension, String more) {
        MockHttpServletResponse response = SecuredEndpoint.perform(mvc,
                get("/api/exports/summary." + extension + "?campaign=" + CODE + more), TestTokens.cityAdmin());
        assertThat(response.getStatus()).isEqualTo(200);
        return response;
    }

    /** Every sheet's cells as texts, sheet by sheet. */
    private static List<List<List<String>>> workbook(MockHttpServletResponse response) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(response.getContentAsByteArray()))) {
            List<List<List<String>>> sheets = new ArrayList<>();
            for (int s = 0; s < book.getNumberOfSheets(); s++) {
                sheets.add(rows(book.getSheetAt(s), 20));
            }
            return sheets;
        }
    }

    /** The document's paragraphs and table cells, in order. */
    private static List<String> document(MockHttpServletResponse response) throws IOException {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(response.getContentAsByteArray()))) {
            List<String> texts = new ArrayList<>(document.getParagraphs().stream().map(XWPFParagraph::getText).toList());
            for (XWPFTable table : document.getTables()) {
                table.getRows().forEach(r -> r.getTableCells().forEach(c -> texts.add(c.getText())));
            }
            return texts;
        }
    }

    private static List<List<String>> rows(XSSFSheet sheet, int width) {
        DataFormatter formatter = new DataFormatter();
        List<List<String>> rows = new ArrayList<>();
        for (int r = 0; r <= sheet.getLastRowNum(); r++) {
            XSSFRow row = sheet.getRow(r);
            List<String> cells = new ArrayList<>();
            for (int c = 0; c < width; c++) {
                cells.add(row == null || row.getCell(c) == null ? "" : formatter.formatCellValue(row.getCell(c)));
            }
            rows.add(cells);
        }
        return rows;
    }
}
