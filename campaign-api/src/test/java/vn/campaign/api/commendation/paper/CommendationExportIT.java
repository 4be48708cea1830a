package vn.campaign.api.commendation.paper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.campaign.api.commendation.mongo.CommendationDocument;
import vn.campaign.api.commendation.mongo.DecisionDocument;
import vn.campaign.api.document.DocxLayout;
import vn.campaign.api.document.XlsxLayout;
import vn.campaign.api.graphql.GlobalId;
import vn.campaign.api.mongo.CampaignDocument;
import vn.campaign.api.mongo.RegistrationDocument;
import vn.campaign.api.security.Caller;
import vn.campaign.api.security.SecuredEndpoint;
import vn.campaign.api.support.EmbeddedStoreTestBase;
import vn.campaign.api.support.MovableClock;
import vn.campaign.core.access.Actor;
import vn.campaign.core.access.Role;
import vn.campaign.core.application.CampaignPlatform;
import vn.campaign.core.application.Outcome;
import vn.campaign.core.campaign.CampaignCode;
import vn.campaign.core.campaign.CampaignDefinitions;
import vn.campaign.core.campaign.RecipientKind;
import vn.campaign.core.campaign.WorkKind;
import vn.campaign.core.commendation.Commendation;
import vn.campaign.core.commendation.CommendationService;
import vn.campaign.core.commendation.DecideCommendations;
import vn.campaign.core.commendation.Decision;
import vn.campaign.core.commendation.ProposeCommendation;
import vn.campaign.core.commendation.ReviewCommendation;
import vn.campaign.core.registration.ReviewDecision;
import vn.campaign.core.registration.Registrations;
import vn.campaign.core.registration.Vnd;
import vn.campaign.core.registration.Work;
import vn.campaign.core.registration.WorkDetails;
import vn.campaign.core.unit.UnitCode;
import vn.campaign.api.support.StoreCleanup;

/**
 * {@code GET /api/exports/commendations.xlsx|.docx} (the list annexed to a decision) and
 * {@code /api/exports/commendation-proposal.docx} (a unit's tờ trình) through MockMvc with the security filter
 * chain, on a closed campaign of its own: the files cell by cell and paragraph by paragraph, who may download
 * them, and the refusals.
 */
@Import(MovableClock.Configuration.class)
class CommendationExportIT extends EmbeddedStoreTestBase {

    private static final String CODE = "QH-PAPER-TEST";
    private static final String NAME = "Đợt thi đua thử nghiệm giấy tờ khen thưởng";
    private static final String TRAN_PHU = "18070";
    private static final String BAC_HA = "18076";
    private static final String GK = "Giấy khen của Chủ tịch UBND thành phố";
    private static final String DEFINITION = """
            code: QH-PAPER-TEST
            name: "%s"
            nameEn: "A campaign to test the papers of commendation"
            directive: {number: "14-CT/Test", issuedOn: "2022-03-01", issuer: "Ban Thường vụ thử nghiệm", issuerEn: "Test board"}
            organiser: "436"
            period: {from: "2022-04-01", to: "2022-06-15"}
            taskAreas:
              - {code: URBAN, name: "Đô thị", nameEn: "Urban"}
            commendationForms:
              - {code: GK, name: "%s", nameEn: "City certificate", decidedBy: CITY, recipients: [COLLECTIVE, INDIVIDUAL]}
            """.formatted(NAME, GK);
    private static final String ATTACHED = "(Kèm theo Quyết định số 15/QĐ-UBND ngày 01/7/2022 của Chủ tịch Ủy ban nhân"
            + " dân thành phố Hà Tĩnh)";

    /** The annex's table, in the workbook and in the document alike. */
    private static final List<List<String>> ANNEX_TABLE = List.of(
            List.of("STT", "Tên tập thể / Họ và tên", "Chức vụ", "Đơn vị", "Hình thức khen thưởng", "Thành tích"),
            List.of("I", "TẬP THỂ", "", "", "", ""),
            List.of("1", "Tổ dân phố 5", "", "Phường Trần Phú", GK, "Hoàn thành xuất sắc công trình chào mừng"),
            List.of("II", "CÁ NHÂN", "", "", "", ""),
            List.of("1", "Nguyễn Văn A", "Tổ trưởng tổ dân phố 5", "Phường Trần Phú", GK,
                    "Vận động nhân dân hiến đất làm đường"),
            List.of("2", "Lê Văn C", "Bí thư chi bộ", "Phường Bắc Hà", GK, "Dẫn đầu phong trào của phường"));

    @Autowired
    private WebApplicationContext context;

    @Autowired
    private CampaignPlatform platform;

    @Autowired
    private CommendationService commendations;

    @Autowired
    private MovableClock clock;

    private MockMvc mvc;
    private Decision decision;
    private LocalDate proposalDay = LocalDate.of(2022, 6, 16);

    @BeforeEach
    void seed() {
        mvc = SecuredEndpoint.mockMvc(context);
        clock.setTo(LocalDate.of(2022, 6, 20));
        platform.campaigns().save(CampaignDefinitions.parse(DEFINITION).orThrow().closedOn(LocalDate.of(2022, 6, 16)));
        Work hall = Work.register(new CampaignCode(CODE), new UnitCode(TRAN_PHU), new WorkDetails(
                "Nhà văn hóa tổ dân phố 5", WorkKind.INAUGURATION, LocalDate.of(2022, 5, 19), null, null, null,
                new Vnd(1_200_000_000L), null, null, false, null));
        assertThat(platform.registrations().insert(hall)).isEqualTo(Registrations.WriteResult.DONE);

        CommendationService tranPhu = commendations.as(officer(TRAN_PHU));
        Commendation team = propose(tranPhu, TRAN_PHU, RecipientKind.COLLECTIVE, "Tổ dân phố 5", null,
                "Hoàn thành xuất sắc công trình chào mừng", List.of(hall.id().value()));
        Commendation leader = propose(tranPhu, TRAN_PHU, RecipientKind.INDIVIDUAL, "Nguyễn Văn A",
                "Tổ trưởng tổ dân phố 5", "Vận động nhân dân hiến đất làm đường", List.of());
        Commendation rejected = propose(tranPhu, TRAN_PHU, RecipientKind.INDIVIDUAL, "Trần Thị B", "Công chức",
                "Tham gia phong trào", List.of());
        propose(tranPhu, TRAN_PHU, RecipientKind.INDIVIDUAL, "Phạm Văn D", "Đoàn viên",
                "Tích cực tham gia dọn vệ sinh", List.of());
        Commendation other = propose(commendations.as(officer(BAC_HA)), BAC_HA, RecipientKind.INDIVIDUAL, "Lê Văn C",
                "Bí thư chi bộ", "Dẫn đầu phong trào của phường", List.of());
        CommendationService city = commendations.as(new Actor.User("admin", Role.CITY_ADMIN, null));
        for (Commendation c : List.of(team, leader, other)) {
            assertThat(city.review(new ReviewCommendation(c.id(), 1, ReviewDecision.APPROVED, null)))
                    .isInstanceOf(Outcome.Success.class);
        }
        assertThat(city.review(new ReviewCommendation(rejected.id(), 1, ReviewDecision.REJECTED, "Chưa đủ thành tích")))
                .isInstanceOf(Outcome.Success.class);
        // given individuals first: the list still puts the collectives first
        Outcome<Decision> decided = city.decide(new DecideCommendations(CODE, List.of(leader.id(), team.id(), other.id()),
                "15/QĐ-UBND", LocalDate.of(2022, 7, 1), "Chủ tịch UBND thành phố"));
        decision = ((Outcome.Success<Decision>) decided).value();
        clock.setTo(LocalDate.of(2022, 6, 25));
    }

    @AfterEach
    void removeTheCampaign() {
        mongoTemplate().remove(Query.query(Criteria.where("campaign").is(CODE)), CommendationDocument.COLLECTION);
        mongoTemplate().remove(Query.query(Criteria.where("campaign").is(CODE)), DecisionDocument.COLLECTION);
        StoreCleanup.removeRegistrations(mongoTemplate(), CODE);
        mongoTemplate().remove(Query.query(Criteria.where("_id").is(CODE)), CampaignDocument.COLLECTION);
    }

    // --- the annex ---

    @Test
    void theAnnexWorkbookListsTheDecidedCollectivesThenIndividualsCellByCell() throws IOException {
        MockHttpServletResponse response = download(annexPath("xlsx", "15/QĐ-UBND"), Caller.ANONYMOUS);
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
        assertThat(response.getContentType()).isEqualTo(XlsxLayout.MEDIA_TYPE);
        assertThat(response.getHeader(HttpHeaders.CONTENT_DISPOSITION))
                .contains("filename=\"Danh-sach-khen-thuong-QH-PAPER-TEST-Quyet-dinh-15-QD-UBND.xlsx\"");
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(response.getContentAsByteArray()))) {
            XSSFSheet sheet = book.getSheet("Danh sách");
            assertThat(rows(sheet).subList(0, 7)).containsExactly(
                    List.of("ỦY BAN NHÂN DÂN", "", "", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "", ""),
                    List.of("THÀNH PHỐ HÀ TĨNH", "", "", "Độc lập - Tự do - Hạnh phúc", "", ""),
                    List.of("", "", "", "", "", ""),
                    List.of("DANH SÁCH TẬP THỂ, CÁ NHÂN ĐƯỢC KHEN THƯỞNG", "", "", "", "", ""),
                    List.of("Có thành tích trong " + NAME, "", "", "", "", ""),
                    List.of(ATTACHED, "", "", "", "", ""),
                    List.of("", "", "", "", "", ""));
            assertThat(rows(sheet).subList(7, sheet.getLastRowNum() + 1)).isEqualTo(ANNEX_TABLE);
            assertThat(sheet.getRow(0).getCell(0).getCellStyle().getFont().getBold()).isTrue();
            assertThat(sheet.getRow(0).getCell(0).getCellStyle().getFont().getFontName()).isEqualTo("Times New Roman");
            assertThat(sheet.getRow(3).getCell(0).getCellStyle().getFont().getFontHeightInPoints()).isEqualTo((short) 14);
            assertThat(sheet.getRow(5).getCell(0).getCellStyle().getFont().getItalic()).isTrue();
            assertThat(sheet.getRow(9).getCell(1).getCellStyle().getBorderLeft())
                    .isEqualTo(org.apache.poi.ss.usermodel.BorderStyle.THIN);
            assertThat(sheet.getPrintSetup().getLandscape()).isTrue();
            assertThat(sheet.getRepeatingRows().getFirstRow()).isEqualTo(7);
        }
    }

    @Test
    void theAnnexDocumentHasTheAttachmentHeadingTitleAndTable() throws IOException {
        String id = new GlobalId("Decision", decision.id()).encode();
        MockHttpServletResponse response = download(annexPath("docx", id), Caller.OFFICER_18076);
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
        assertThat(response.getContentType()).isEqualTo(DocxLayout.MEDIA_TYPE);
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(response.getContentAsByteArray()))) {
            List<XWPFTable> tables = document.getTables();
            assertThat(tables).hasSize(2);
            assertThat(cellLines(tables.get(0), 0, 0)).containsExactly("ỦY BAN NHÂN DÂN", "THÀNH PHỐ HÀ TĨNH",
                    DocxLayout.RULE);
            assertThat(cellLines(tables.get(0), 0, 1)).containsExactly("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                    "Độc lập - Tự do - Hạnh phúc", DocxLayout.RULE + DocxLayout.RULE);
            assertThat(texts(document.getParagraphs())).containsExactly(
                    "DANH SÁCH TẬP THỂ, CÁ NHÂN ĐƯỢC KHEN THƯỞNG", "Có thành tích trong " + NAME, ATTACHED,
                    DocxLayout.RULE);
            XWPFParagraph title = document.getParagraphs().get(0);
            assertThat(title.getRuns().get(0).isBold()).isTrue();
            assertThat(title.getRuns().get(0).getFontFamily()).isEqualTo("Times New Roman");
            assertThat(title.getRuns().get(0).getFontSizeAsDouble()).isEqualTo(14.0);
            assertThat(document.getParagraphs().get(2).getRuns().get(0).isItalic()).isTrue();
            assertThat(rows(tables.get(1))).isEqualTo(ANNEX_TABLE);
            assertThat(tables.get(1).getRow(0).isRepeatHeader()).isTrue();
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Caller.class)
    void theAnnexOfADecisionIsPublic(Caller caller) {
        for (String extension : List.of("xlsx", "docx")) {
            assertThat(download(annexPath(extension, "15/QĐ-UBND"), caller).getStatus()).isEqualTo(200);
        }
    }

    @Test
    void anUnknownCampaignOrDecisionIsNotFoundAndABadParameterIsABadRequest() throws IOException {
        MockHttpServletResponse noDecision = download(annexPath("xlsx", "99/QĐ-UBND"), Caller.CITY_ADMIN);
        assertThat(noDecision.getStatus()).isEqualTo(404);
        JsonNode error = json(noDecision).get("error");
        assertThat(error.get("code").asString()).isEqualTo("NOT_FOUND");
        assertThat(error.get("parameter").asString()).isEqualTo("decision");
        assertThat(error.get("message").asString()).isEqualTo("Campaign QH-PAPER-TEST has no commendation decision 99/QĐ-UBND.");
        assertThat(error.get("messageVi").asString())
                .isEqualTo("Đợt thi đua QH-PAPER-TEST không có quyết định khen thưởng 99/QĐ-UBND.");

        MockHttpServletResponse noCampaign = download("/api/exports/commendations.docx?campaign=NO-SUCH&decision=15",
                Caller.CITY_ADMIN);
        assertThat(noCampaign.getStatus()).isEqualTo(404);
        assertThat(json(noCampaign).get("error").get("code").asString()).isEqualTo("CAMPAIGN_UNKNOWN");
        assertThat(json(noCampaign).get("error").get("messageVi").asString()).isEqualTo("Không có đợt thi đua mã NO-SUCH.");

        MockHttpServletResponse missing = download("/api/exports/commendations.xlsx?campaign=" + CODE, Caller.CITY_ADMIN);
        assertThat(missing.getStatus()).isEqualTo(400);
        assertThat(json(missing).get("error").get("code").asString()).isEqualTo("PARAMETER_MISSING");
        assertThat(json(missing).get("error").get("parameter").asString()).isEqualTo("decision");

        MockHttpServletResponse malformed = download("/api/exports/commendations.xlsx?campaign=not%20a%20code!&decision=1",
                Caller.CITY_ADMIN);
        assertThat(malformed.getStatus()).isEqualTo(400);
        assertThat(json(malformed).get("error").get("code").asString()).isEqualTo("PARAMETER_MALFORMED");

        MockHttpServletResponse repeated = download(annexPath("xlsx", "15/QĐ-UBND") + "&campaign=" + CODE,
                Caller.CITY_ADMIN);
        assertThat(repeated.getStatus()).isEqualTo(400);
        assertThat(json(repeated).get("error").get("code").asString()).isEqualTo("PARAMETER_REPEATED");
    }

    // --- the proposal ---

    @Test
    void theProposalOfAUnitIsATờTrìnhListingItsProposalsButRejectedOnes() throws IOException {
        MockHttpServletResponse response = download(proposalPath(TRAN_PHU), Caller.OFFICER_18070);
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
        assertThat(response.getContentType()).isEqualTo(DocxLayout.MEDIA_TYPE);
        assertThat(response.getHeader(HttpHeaders.CONTENT_DISPOSITION))
                .contains("filename=\"To-trinh-de-nghi-khen-thuong-QH-PAPER-TEST-18070.docx\"");
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(response.getContentAsByteArray()))) {
            List<XWPFTable> tables = document.getTables();
            assertThat(tables).hasSize(3);
            assertThat(cellLines(tables.get(0), 0, 0)).containsExactly("ỦY BAN NHÂN DÂN", "PHƯỜNG TRẦN PHÚ",
                    DocxLayout.RULE, "Số:        /TTr-UBND");
            assertThat(cellLines(tables.get(0), 0, 1)).containsExactly("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                    "Độc lập - Tự do - Hạnh phúc", DocxLayout.RULE + DocxLayout.RULE,
                    "Phường Trần Phú, ngày 25 tháng 6 năm 2022");
            String addressee = "Chủ tịch Ủy ban nhân dân thành phố Hà Tĩnh";
            assertThat(texts(document.getParagraphs())).containsExactly(
                    "TỜ TRÌNH",
                    "Về việc đề nghị khen thưởng tập thể, cá nhân có thành tích trong " + NAME,
                    DocxLayout.RULE,
                    "Kính gửi: " + addressee + ".",
                    "Căn cứ kết quả thực hiện " + NAME + " (Chỉ thị số 14-CT/Test ngày 01/3/2022 của Ban Thường vụ"
                            + " thử nghiệm);",
                    "Ủy ban nhân dân phường Trần Phú kính đề nghị " + addressee + " xem xét, khen thưởng 1 tập thể và"
                            + " 2 cá nhân đã có thành tích trong " + NAME + ", cụ thể như sau:",
                    "Kính trình " + addressee + " xem xét, quyết định./.");
            assertThat(document.getParagraphs().get(0).getRuns().get(0).getFontSizeAsDouble()).isEqualTo(14.0);
            assertThat(rows(tables.get(1))).containsExactly(
                    List.of("STT", "Tên tập thể / Họ và tên", "Chức vụ", "Đơn vị", "Hình thức khen thưởng", "Thành tích",
                            "Công trình, việc làm làm căn cứ"),
                    List.of("I", "TẬP THỂ", "", "", "", "", ""),
                    List.of("1", "Tổ dân phố 5", "", "Phường Trần Phú", GK, "Hoàn thành xuất sắc công trình chào mừng",
                            "Nhà văn hóa tổ dân phố 5"),
                    List.of("II", "CÁ NHÂN", "", "", "", "", ""),
                    List.of("1", "Nguyễn Văn A", "Tổ trưởng tổ dân phố 5", "Phường Trần Phú", GK,
                            "Vận động nhân dân hiến đất làm đường", ""),
                    List.of("2", "Phạm Văn D", "Đoàn viên", "Phường Trần Phú", GK, "Tích cực tham gia dọn vệ sinh", ""));
            assertThat(cellLines(tables.get(2), 0, 0)).containsExactly("Nơi nhận:", "- Như trên;", "- Lưu: VT.");
            XWPFRun recipients = tables.get(2).getRow(0).getCell(0).getParagraphs().get(0).getRuns().get(0);
            assertThat(recipients.isBold() && recipients.isItalic()).isTrue();
            assertThat(recipients.getFontSizeAsDouble()).isEqualTo(12.0);
            assertThat(cellLines(tables.get(2), 0, 1)).containsExactly("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "", "",
                    "", "");
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Caller.class)
    void onlyTheUnitsOfficersAndTheCityAdministratorsHaveAUnitsProposal(Caller caller) {
        int expected = switch (caller) {
            case ANONYMOUS -> 401;
            case VIEWER, OFFICER_18076 -> 403;
            case OFFICER_18070, CITY_ADMIN -> 200;
        };
        assertThat(download(proposalPath(TRAN_PHU), caller).getStatus()).isEqualTo(expected);
    }

    @Test
    void anUnknownUnitIsNotFoundAndAMalformedOneIsABadRequest() throws IOException {
        MockHttpServletResponse unknown = download(proposalPath("99999"), Caller.CITY_ADMIN);
        assertThat(unknown.getStatus()).isEqualTo(404);
        assertThat(json(unknown).get("error").get("code").asString()).isEqualTo("UNIT_UNKNOWN");
        assertThat(json(unknown).get("error").get("parameter").asString()).isEqualTo("unit");
        MockHttpServletResponse malformed = download(proposalPath("Trần Phú"), Caller.CITY_ADMIN);
        assertThat(malformed.getStatus()).isEqualTo(400);
        assertThat(json(malformed).get("error").get("code").asString()).isEqualTo("PARAMETER_MALFORMED");
        MockHttpServletResponse noCampaign = download(
                "/api/exports/commendation-proposal.docx?campaign=NO-SUCH&unit=" + TRAN_PHU, Caller.CITY_ADMIN);
        assertThat(noCampaign.getStatus()).isEqualTo(404);
        assertThat(json(noCampaign).get("error").get("code").asString()).isEqualTo("CAMPAIGN_UNKNOWN");
    }

    // --- helpers ---

    /** Proposes on the next day of the clock, so that the proposals' order is the order of the calls. */
    private Commendation propose(CommendationService service, String unit, RecipientKind kind, String name,
            @Nullable String position, String achievement, List<String> registrations) {
        proposalDay = proposalDay.plusDays(1);
        clock.setTo(proposalDay);
        Outcome<Commendation> outcome = service.propose(new ProposeCommendation(CODE, unit, kind, name, position, null,
                "GK", achievement, registrations));
        assertThat(outcome).as("proposal of %s", name).isInstanceOf(Outcome.Success.class);
        return ((Outcome.Success<Commendation>) outcome).value();
    }

    private static Actor officer(String unit) {
        return new Actor.User("officer-" + unit, Role.UNIT_OFFICER, new UnitCode(unit));
    }

    private static String annexPath(String extension, String decision) {
        return "/api/exports/commendations." + extension + "?campaign=" + CODE + "&decision="
                + URLEncoder.encode(decision, StandardCharsets.UTF_8);
    }

    private static String proposalPath(String unit) {
        return "/api/exports/commendation-proposal.docx?campaign=" + CODE + "&unit="
                + URLEncoder.encode(unit, StandardCharsets.UTF_8);
    }

    private MockHttpServletResponse download(String path, Caller caller) {
        return SecuredEndpoint.perform(mvc, get(URI.create(path)), caller.token());
    }

    private static JsonNode json(MockHttpServletResponse response) throws IOException {
        return JsonMapper.builder().build().readTree(response.getContentAsString(StandardCharsets.UTF_8));
    }

    private static List<List<String>> rows(XSSFSheet sheet) {
        DataFormatter formatter = new DataFormatter();
        List<List<String>> rows = new ArrayList<>();
        for (int r = 0; r <= sheet.getLastRowNum(); r++) {
            XSSFRow row = sheet.getRow(r);
            List<String> cells = new ArrayList<>();
            for (int c = 0; c < 6; c++) {
                cells.add(row == null || row.getCell(c) == null ? "" : formatter.formatCellValue(row.getCell(c)));
            }
            rows.add(cells);
        }
        return rows;
    }

    private static List<List<String>> rows(XWPFTable table) {
        return table.getRows().stream().map(XWPFTableRow::getTableCells)
                .map(cells -> cells.stream().map(XWPFTableCell::getText).toList()).toList();
    }

    private static List<String> cellLines(XWPFTable table, int row, int column) {
        return texts(table.getRow(row).getCell(column).getParagraphs());
    }

    private static List<String> texts(List<XWPFParagraph> paragraphs) {
        return paragraphs.stream().map(XWPFParagraph::getText).toList();
    }
}
