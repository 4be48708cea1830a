package vn.campaign.api.summary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static vn.campaign.api.summary.SummaryTestCampaign.NAM_HA;
import static vn.campaign.api.summary.SummaryTestCampaign.NGUYEN_DU;
import static vn.campaign.api.summary.SummaryTestCampaign.THACH_HA;
import static vn.campaign.api.summary.SummaryTestCampaign.TRAN_PHU;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.web.context.WebApplicationContext;
import vn.campaign.api.imports.ImportController;
import vn.campaign.api.security.SecuredEndpoint;
import vn.campaign.api.security.TestTokens;
import vn.campaign.api.support.EmbeddedStoreTestBase;
import vn.campaign.core.application.CampaignPlatform;
import vn.campaign.core.application.Outcome;
import vn.campaign.core.application.RegisterEvent;
import vn.campaign.core.application.RegisterWork;
import vn.campaign.core.application.Saved;
import vn.campaign.core.campaign.CampaignCode;
import vn.campaign.core.campaign.EventKind;
import vn.campaign.core.campaign.WorkKind;
import vn.campaign.core.registration.EventDetails;
import vn.campaign.core.registration.Registration;
import vn.campaign.core.registration.RegistrationStatus;
import vn.campaign.core.registration.Registrations;
import vn.campaign.core.registration.Vnd;
import vn.campaign.core.registration.Work;
import vn.campaign.core.registration.WorkDetails;
import vn.campaign.core.unit.UnitCode;
import vn.campaign.importer.issue.Issue;
import vn.campaign.importer.report.EventLine;
import vn.campaign.importer.report.FileReport;
import vn.campaign.importer.report.ImportReport;
import vn.campaign.importer.report.ReportJson;
import vn.campaign.importer.report.SheetReport;
import vn.campaign.importer.report.WorkLine;

/**
 * The summary report read back: registrations made through the core's service, {@code summary.xlsx} downloaded
 * by a city administrator and uploaded to {@code POST /api/imports} as a dry run. The importer reads the grouped
 * "Biểu số" tables (units as numbered rows, works as "-" rows, amounts in the "ĐVT" unit, funding from the split
 * columns) and finds exactly the registrations the summary lists, each UNCHANGED against the store; the totals,
 * notes, heading and signature blocks and the compliance and plaque sheets are skipped, none rejected.
 */
class SummaryReimportIT extends EmbeddedStoreTestBase {

    static final String CODE = "BC-TAINHAP-TEST";

    @Autowired
    private WebApplicationContext context;

    @Autowired
    private CampaignPlatform platform;

    private MockMvc mvc;

    @BeforeEach
    void seed() {
        mvc = SecuredEndpoint.mockMvc(context);
        platform.campaigns().save(SummaryTestCampaign.campaign(CODE,
                "Đợt thi đua thử nghiệm nhập lại báo cáo tổng hợp",
                "A campaign to test re-importing the summary report", "08-CT/Test"));
        work(TRAN_PHU, new WorkDetails("Nhà văn hóa tổ dân phố 5", WorkKind.INAUGURATION, LocalDate.of(2022, 5, 19),
                null, "Tổ dân phố 5", null, new Vnd(1_200_000_000L), "Ngân sách thành phố", null, true, null));
        work(TRAN_PHU, new WorkDetails("Kênh thoát nước Trần Phú", WorkKind.GROUNDBREAKING, LocalDate.of(2022, 5, 2),
                null, null, null, new Vnd(850_000_000L), "Xã hội hóa", null, false, null));
        work(NAM_HA, new WorkDetails("Công viên Nam Hà", WorkKind.INAUGURATION, LocalDate.of(2022, 5, 28), null, null,
                null, new Vnd(1_800_500_000L), null, null, false, null));
        work(NGUYEN_DU, new WorkDetails("Sân thể thao tổ dân phố 2", WorkKind.GROUNDBREAKING, LocalDate.of(2022, 6, 1),
                null, null, null, null, null, null, false, null));
        work(THACH_HA, new WorkDetails("Trường mầm non Thạch Hạ", WorkKind.INAUGURATION, LocalDate.of(2022, 5, 10),
                null, "Thôn Tiến Hưng", null, new Vnd(2_500_000_000L), "Ngân sách thành phố", null, false, null));
        event(TRAN_PHU, new EventDetails("Lễ hội Sen Trần Phú", EventKind.CULTURAL, LocalDate.of(2022, 5, 20),
                LocalDate.of(2022, 5, 22), null, "Hồ Sen", null, null, null));
        event(THACH_HA, new EventDetails("Giải bóng đá Thạch Hạ", EventKind.SPORTS, LocalDate.of(2022, 5, 15), null,
                null, null, null, null, null));
        Work refused = Work.register(new CampaignCode(CODE), new UnitCode(NAM_HA), new WorkDetails(
                "Công trình không được duyệt", WorkKind.INAUGURATION, LocalDate.of(2022, 5, 3), null, null, null,
                new Vnd(5_000_000_000L), null, null, false, null))
                .withStatus(RegistrationStatus.REJECTED, "không đủ điều kiện", null);
        assertThat(platform.registrations().insert(refused)).isEqualTo(Registrations.WriteResult.DONE);
    }

    /** The store is shared with every other test class: the campaign and its registrations go again. */
    @AfterEach
    void removeTheCampaign() {
        SummaryTestCampaign.remove(mongoTemplate(), CODE);
    }

    @Test
    void importingTheSummaryFindsExactlyTheRegistrationsItListsEachUnchangedAndNothingElse() throws Exception {
        List<Registration> before = platform.registrations().findByCampaign(new CampaignCode(CODE));
        byte[] summary = download();

        MockHttpServletResponse response = perform(multipart(ImportController.PATH)
                .file(new MockMultipartFile("file", "summary.xlsx", MediaType.APPLICATION_OCTET_STREAM_VALUE, summary))
                .param("campaign", CODE).param("dryRun", "true"));

        String body = new String(response.getContentAsByteArray(), StandardCharsets.UTF_8);
        assertThat(response.getStatus()).as(body).isEqualTo(200);
        ImportReport report = ReportJson.read(body);
        assertThat(report.dryRun()).isTrue();
        FileReport file = report.files().get(0);
        assertThat(file.counts().read()).as(body).isEqualTo(7);
        assertThat(file.counts().unchanged()).as(body).isEqualTo(7);
        assertThat(file.counts().rejected()).isZero();
        assertThat(file.issues()).as(body).noneMatch(Issue::rejectsRow);

        assertThat(file.works()).extracting(WorkLine::sheet, WorkLine::unitCode, WorkLine::name, WorkLine::kind,
                WorkLine::plannedOn, WorkLine::investmentVnd, WorkLine::fundingSource, WorkLine::location,
                WorkLine::plaqueRequested, WorkLine::change).containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("Biểu số 01", TRAN_PHU, "Nhà văn hóa tổ dân phố 5",
                                WorkKind.INAUGURATION, LocalDate.of(2022, 5, 19), 1_200_000_000L,
                                "Ngân sách thành phố", "Tổ dân phố 5", true, Saved.Change.UNCHANGED),
                        org.assertj.core.groups.Tuple.tuple("Biểu số 01", TRAN_PHU, "Kênh thoát nước Trần Phú",
                                WorkKind.GROUNDBREAKING, LocalDate.of(2022, 5, 2), 850_000_000L, "Xã hội hóa", null,
                                false, Saved.Change.UNCHANGED),
                        org.assertj.core.groups.Tuple.tuple("Biểu số 01", NAM_HA, "Công viên Nam Hà",
                                WorkKind.INAUGURATION, LocalDate.of(2022, 5, 28), 1_800_500_000L, null, null, false,
                                Saved.Change.UNCHANGED),
                        org.assertj.core.groups.Tuple.tuple("Biểu số 01", NGUYEN_DU, "Sân thể thao tổ dân phố 2",
                                WorkKind.GROUNDBREAKING, LocalDate.of(2022, 6, 1), null, null, null, false,
                                Saved.Change.UNCHANGED),
                        org.assertj.core.groups.Tuple.tuple("Biểu số 01", THACH_HA, "Trường mầm non Thạch Hạ",
                                WorkKind.INAUGURATION, LocalDate.of(2022, 5, 10), 2_500_000_000L,
                                "Ngân sách thành phố", "Thôn Tiến Hưng", false, Saved.Change.UNCHANGED));
        assertThat(file.events()).extracting(EventLine::sheet, EventLine::unitCode, EventLine::name, EventLine::kind,
                EventLine::startsOn, EventLine::endsOn, EventLine::venue, EventLine::change).containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("Biểu số 02", TRAN_PHU, "Lễ hội Sen Trần Phú",
                                EventKind.CULTURAL, LocalDate.of(2022, 5, 20), LocalDate.of(2022, 5, 22), "Hồ Sen",
                                Saved.Change.UNCHANGED),
                        org.assertj.core.groups.Tuple.tuple("Biểu số 02", THACH_HA, "Giải bóng đá Thạch Hạ",
                                EventKind.SPORTS, LocalDate.of(2022, 5, 15), null, null, Saved.Change.UNCHANGED));

        Map<String, SheetReport> sheets = new java.util.LinkedHashMap<>();
        file.sheets().forEach(s -> sheets.put(s.name(), s));
        assertThat(sheets.keySet()).containsExactly("Biểu số 01", "Biểu số 02", "Biểu số 03", "Biểu số 04");
        assertThat(sheets.get("Biểu số 01").kind()).isEqualTo("WORKS");
        assertThat(sheets.get("Biểu số 02").kind()).isEqualTo("EVENTS");
        assertThat(sheets.get("Biểu số 01").skippedRows()).containsKeys("TITLE", "HEADER", "GROUP", "TOTAL", "NOTE",
                "FOOTER").doesNotContainKeys("UNMAPPED", "NO_HEADER");
        for (String other : List.of("Biểu số 03", "Biểu số 04")) {
            assertThat(sheets.get(other).kindEvidence()).isEqualTo("not a list of registrations");
            assertThat(sheets.get(other).dataRows()).isZero();
            assertThat(sheets.get(other).skippedRows()).containsOnlyKeys("BLANK", "NOT_REGISTRATIONS");
        }
        assertThat(file.counts().skippedByReason()).containsEntry("TOTAL", 6);

        assertThat(platform.registrations().findByCampaign(new CampaignCode(CODE)))
                .as("a dry run writes nothing").containsExactlyInAnyOrderElementsOf(before);
    }

    private void work(String unit, WorkDetails details) {
        Outcome<Work> outcome = platform.registrationService().registerWork(new RegisterWork(CODE, unit, details));
        assertThat(outcome).isInstanceOf(Outcome.Success.class);
    }

    private void event(String unit, EventDetails details) {
        var outcome = platform.registrationService().registerEvent(new RegisterEvent(CODE, unit, details));
        assertThat(outcome).isInstanceOf(Outcome.Success.class);
    }

    private byte[] download() {
        MockHttpServletResponse response = perform(get("/api/exports/summary.xlsx?campaign=" + CODE));
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).isEqualTo(SummaryXlsxWriter.MEDIA_TYPE);
        return response.getContentAsByteArray();
    }

    private MockHttpServletResponse perform(AbstractMockHttpServletRequestBuilder<?> request) {
        return SecuredEndpoint.perform(mvc, request, TestTokens.cityAdmin());
    }

}
