package vn.campaign.api.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.servlet.autoconfigure.MultipartProperties;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.context.WebApplicationContext;
import tools.jackson.databind.JsonNode;

import vn.campaign.api.imports.Spreadsheets.WorkRow;
import vn.campaign.api.support.EmbeddedStoreTestBase;
import vn.campaign.core.registration.Vnd;
import vn.campaign.core.registration.Work;
import vn.campaign.importer.report.FileReport;
import vn.campaign.importer.report.ImportReport;
import vn.campaign.importer.report.ReportJson;
import vn.campaign.importer.source.ReadLimits;

/**
 * {@code POST /api/imports} through MockMvc on the embedded store: status codes, report bodies, what is
 * stored, and the run each upload leaves in the history. Every test names its works with a token of its
 * own and finds them by searching for it, since the tests share one store.
 */
class ImportEndpointIT extends EmbeddedStoreTestBase {

    static final String RUN = """
            query($id: ID!) {
              node(id: $id) {
                __typename
                ... on Import {
                  id fileName contentHash campaign { code } dryRun format status startedAt finishedAt by
                  counts { read imported updated unchanged rejected skipped }
                }
              }
            }""";

    @Autowired
    private WebApplicationContext context;

    @Autowired
    private ImportService imports;

    @Autowired
    private MultipartProperties multipart;

    private ImportEndpoint endpoint;
    private String token;

    @BeforeEach
    void connect() {
        endpoint = ImportEndpoint.of(context);
        token = Spreadsheets.token();
    }

    @Test
    void storesEveryValidRowOfAReadableFileAndReportsTheRest() {
        List<WorkRow> rows = new ArrayList<>(Spreadsheets.works(token, 5));
        rows.add(2, Spreadsheets.ofUnknownUnit(token));
        rows.add(Spreadsheets.afterTheCampaign(token));
        byte[] file = Spreadsheets.xlsx(rows);

        MockHttpServletResponse response = endpoint.upload("cong-trinh-" + token + ".xlsx", file);

        assertThat(response.getStatus()).as(ImportEndpoint.body(response)).isEqualTo(200);
        assertThat(response.getContentType()).startsWith("application/json");
        ImportReport report = ReportJson.read(ImportEndpoint.body(response));
        assertThat(report.campaign()).isEqualTo("CT32-2022");
        assertThat(report.dryRun()).isFalse();
        FileReport read = report.files().get(0);
        assertThat(read.file()).isEqualTo("cong-trinh-" + token + ".xlsx");
        assertThat(read.format()).isEqualTo("XLSX");
        assertThat(read.error()).isNull();
        assertThat(read.counts().read()).isEqualTo(7);
        assertThat(read.counts().imported()).isEqualTo(5);
        assertThat(read.counts().rejected()).isEqualTo(2);
        assertThat(read.counts().skipped()).isEqualTo(1);
        assertThat(read.works()).hasSize(5);
        assertThat(read.issues()).extracting(i -> i.row() + " " + i.code())
                .contains("4 UNIT_UNRECOGNISED", "8 DATE_OUTSIDE_CAMPAIGN");
        assertThat(endpoint.worksNamed(token)).hasSize(5);

        JsonNode run = endpoint.data(RUN, Map.of("id", response.getHeader(ImportController.IMPORT_ID_HEADER)))
                .get("node");
        assertThat(run.get("__typename").asString()).isEqualTo("Import");
        assertThat(run.get("fileName").asString()).isEqualTo("cong-trinh-" + token + ".xlsx");
        assertThat(run.get("contentHash").asString()).isEqualTo(sha256(file));
        assertThat(run.get("campaign").get("code").asString()).isEqualTo("CT32-2022");
        assertThat(run.get("dryRun").asBoolean()).isFalse();
        assertThat(run.get("format").asString()).isEqualTo("XLSX");
        assertThat(run.get("status").asString()).isEqualTo("COMPLETED");
        assertThat(run.get("finishedAt").asString()).isGreaterThanOrEqualTo(run.get("startedAt").asString());
        assertThat(run.get("by").asString()).isEqualTo("admin.test");
        assertThat(run.get("counts")).hasToString(
                "{\"read\":7,\"imported\":5,\"updated\":0,\"unchanged\":0,\"rejected\":2,\"skipped\":1}");
    }

    @Test
    void answersTheReportExactlyAsTheImportersJsonWriterWritesIt() {
        MockHttpServletResponse response = endpoint.upload("works.xlsx",
                Spreadsheets.xlsx(Spreadsheets.works(token, 2)));

        String body = ImportEndpoint.body(response);
        assertThat(body).isEqualTo(ReportJson.toJson(ReportJson.read(body)));
        assertThat(ImportEndpoint.json(response).propertyNames()).containsExactly("campaign", "dryRun", "files");
    }

    @Test
    void reimportingTheSameFileCreatesNoDuplicatesAndAChangedRowUpdatesItsWork() {
        List<WorkRow> rows = Spreadsheets.works(token, 6);
        byte[] file = Spreadsheets.xlsx(rows);

        FileReport first = report(endpoint.upload("works.xlsx", file));
        FileReport again = report(endpoint.upload("works.xlsx", file));
        List<WorkRow> changed = new ArrayList<>(rows);
        changed.set(2, rows.get(2).withInvestment(7_654_321_000L));
        FileReport third = report(endpoint.upload("works-v2.xlsx", Spreadsheets.xlsx(changed)));

        assertThat(first.counts().imported()).isEqualTo(6);
        assertThat(again.counts().read()).isEqualTo(6);
        assertThat(again.counts().unchanged()).isEqualTo(6);
        assertThat(again.counts().imported()).isZero();
        assertThat(again.works()).extracting(w -> w.id())
                .containsExactlyElementsOf(first.works().stream().map(w -> w.id()).toList());
        assertThat(third.counts().updated()).isEqualTo(1);
        assertThat(third.counts().unchanged()).isEqualTo(5);
        List<Work> stored = endpoint.worksNamed(token);
        assertThat(stored).hasSize(6);
        Work work = stored.stream().filter(w -> w.details().name().equals(rows.get(2).name())).findFirst().orElseThrow();
        assertThat(work.details().investment()).isEqualTo(new Vnd(7_654_321_000L));
        assertThat(work.version()).isEqualTo(1);
        assertThat(work.id().value()).isEqualTo(first.works().get(2).id());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "truncated workbook, cut.xlsx, DAMAGED",
        "encrypted workbook, locked.xlsx, ENCRYPTED",
        "renamed binary, photo.xlsx, NOT_A_SPREADSHEET"})
    void refusesAnUnreadableFileWith422StoringNothingAndRecordsItFailed(String what, String fileName, String code) {
        byte[] content = switch (what) {
            case "truncated workbook" -> Spreadsheets.truncated(token);
            case "encrypted workbook" -> Spreadsheets.encrypted();
            default -> Spreadsheets.pngImage();
        };

        MockHttpServletResponse response = endpoint.upload(fileName, content);

        assertThat(response.getStatus()).as(ImportEndpoint.body(response)).isEqualTo(422);
        JsonNode body = ImportEndpoint.json(response);
        JsonNode error = body.get("error");
        assertThat(error.get("code").asString()).isEqualTo(code);
        assertThat(error.get("file").asString()).isEqualTo(fileName);
        assertThat(error.get("message").asString()).startsWith(fileName);
        assertThat(error.has("sheet") && error.has("row") && error.has("column")).isTrue();
        ImportReport report = ReportJson.read(ImportEndpoint.body(response));
        assertThat(report.files().get(0).error().code()).isEqualTo(code);
        assertThat(report.files().get(0).counts().stored()).isZero();
        assertThat(endpoint.worksNamed(token)).isEmpty();
        JsonNode run = endpoint.data(RUN, Map.of("id", response.getHeader(ImportController.IMPORT_ID_HEADER)))
                .get("node");
        assertThat(run.get("status").asString()).isEqualTo("FAILED");
        assertThat(run.get("counts").get("imported").asInt()).isZero();
        assertThat(run.get("contentHash").asString()).isEqualTo(sha256(content));
    }

    @Test
    void namesSheetRowAndColumnOfACellThatBreaksALimit() {
        String csv = "Đơn vị,Tên công trình,Loại,Thời gian dự kiến\r\n"
                + "Phường Bắc Hà,Công trình " + token + ",Khánh thành,19/5/2022\r\n"
                + "Phường Nam Hà,Công trình " + token + " dài," + "x".repeat(ReadLimits.DEFAULT_MAX_CELL_LENGTH + 1)
                + ",19/5/2022\r\n";

        MockHttpServletResponse response = endpoint.upload("dai.csv", csv.getBytes(StandardCharsets.UTF_8));

        assertThat(response.getStatus()).isEqualTo(422);
        JsonNode error = ImportEndpoint.json(response).get("error");
        assertThat(error.get("code").asString()).isEqualTo("CELL_TOO_LONG");
        assertThat(error.get("row").asInt()).isEqualTo(3);
        assertThat(error.get("column").asString()).isEqualTo("C");
        assertThat(error.get("sheet").isNull()).isFalse();
        assertThat(error.get("message").asString()).contains("dai.csv", "row 3", "column C");
        assertThat(endpoint.worksNamed(token)).isEmpty();
    }

    @Test
    void answers400WithAJsonErrorWhenTheFilePartIsMissing() {
        MockHttpServletResponse response = endpoint.uploadWithoutFile();

        assertThat(response.getStatus()).isEqualTo(400);
        JsonNode error = ImportEndpoint.json(response).get("error");
        assertThat(error.get("code").asString()).isEqualTo("FILE_MISSING");
        assertThat(error.get("message").asString()).contains("'file'", "multipart/form-data");
    }

    @Test
    void answers400ForAMalformedDryRunField() {
        MockHttpServletResponse response = endpoint.upload("works.xlsx",
                Spreadsheets.xlsx(Spreadsheets.works(token, 1)), null, "perhaps");

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(ImportEndpoint.json(response).get("error").get("code").asString()).isEqualTo("INVALID_FIELD");
        assertThat(endpoint.worksNamed(token)).isEmpty();
    }

    @Test
    void answers400ForAnUnknownCampaignReadingStoringAndRecordingNothing() {
        long runsBefore = historyCount();

        MockHttpServletResponse response = endpoint.upload("works.xlsx",
                Spreadsheets.xlsx(Spreadsheets.works(token, 2)), "CT99-1999", null);

        assertThat(response.getStatus()).isEqualTo(400);
        JsonNode body = ImportEndpoint.json(response);
        assertThat(body.get("error").get("code").asString()).isEqualTo("CAMPAIGN_UNKNOWN");
        assertThat(body.get("error").get("message").asString()).contains("CT99-1999");
        assertThat(ReportJson.read(ImportEndpoint.body(response)).campaign()).isEqualTo("CT99-1999");
        assertThat(response.getHeader(ImportController.IMPORT_ID_HEADER)).isNull();
        assertThat(endpoint.worksNamed(token)).isEmpty();
        assertThat(historyCount()).isEqualTo(runsBefore);
    }

    @Test
    void aDryRunReportsWhatAnImportWouldDoStoresNothingAndIsRecordedAsADryRun() {
        List<WorkRow> rows = new ArrayList<>(Spreadsheets.works(token, 3));
        rows.add(Spreadsheets.afterTheCampaign(token));

        MockHttpServletResponse response = endpoint.upload("works.xlsx", Spreadsheets.xlsx(rows), "CT32-2022", "true");

        assertThat(response.getStatus()).isEqualTo(200);
        ImportReport report = ReportJson.read(ImportEndpoint.body(response));
        assertThat(report.dryRun()).isTrue();
        assertThat(report.files().get(0).counts().imported()).isEqualTo(3);
        assertThat(report.files().get(0).counts().rejected()).isEqualTo(1);
        assertThat(endpoint.worksNamed(token)).isEmpty();
        JsonNode run = endpoint.data(RUN, Map.of("id", response.getHeader(ImportController.IMPORT_ID_HEADER)))
                .get("node");
        assertThat(run.get("dryRun").asBoolean()).isTrue();
        assertThat(run.get("status").asString()).isEqualTo("COMPLETED");
        assertThat(run.get("counts").get("imported").asInt()).isEqualTo(3);
    }

    @Test
    void acceptsUploadsUpToTheImportersOwnFileSizeLimit() {
        assertThat(multipart.getMaxFileSize().toBytes()).isEqualTo(ReadLimits.DEFAULT_MAX_FILE_BYTES);
        assertThat(imports.maxFileBytes()).isEqualTo(ReadLimits.DEFAULT_MAX_FILE_BYTES);
        assertThat(multipart.getMaxRequestSize().toBytes()).isGreaterThan(ReadLimits.DEFAULT_MAX_FILE_BYTES);
    }

    private long historyCount() {
        return endpoint.data("{ imports(first: 1) { totalCount } }", Map.of()).get("imports").get("totalCount")
                .asLong();
    }

    private static FileReport report(MockHttpServletResponse response) {
        assertThat(response.getStatus()).as(ImportEndpoint.body(response)).isEqualTo(200);
        return ReportJson.read(ImportEndpoint.body(response)).files().get(0);
    }

    static String sha256(byte[] content) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(content));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
