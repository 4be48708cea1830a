package vn.campaign.importer.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ReportJsonTest {

    private final ImportReport report = new ImportReport("CT32-2022", true,
            List.of(Reports.worksFile(), Reports.encryptedFile()));

    @Test
    void writesTheDocumentedFieldsOfFilesCountsWorksEventsAndIssues() {
        JsonNode json = JsonMapper.builder().build().readTree(ReportJson.toJson(report));

        JsonNode file = json.get("files").get(0);
        assertThat(file.get("file").asString()).isEqualTo("cong-trinh.xlsx");
        assertThat(file.get("format").asString()).isEqualTo("XLSX");
        JsonNode counts = file.get("counts");
        assertThat(List.of("read", "imported", "updated", "unchanged", "rejected", "skipped"))
                .extracting(name -> counts.get(name).asInt()).containsExactly(3, 1, 1, 0, 1, 5);
        JsonNode work = file.get("works").get(0);
        assertThat(work.get("sheet").asString()).isEqualTo("Công trình");
        assertThat(work.get("row").asInt()).isEqualTo(7);
        assertThat(work.get("unitCode").asString()).isEqualTo("18076");
        assertThat(work.get("name").asString()).isEqualTo("Nhà văn hóa tổ dân phố 5");
        assertThat(work.get("kind").asString()).isEqualTo("INAUGURATION");
        assertThat(work.get("plannedOn").asString()).isEqualTo("2022-05-19");
        assertThat(work.get("investmentVnd").isIntegralNumber()).isTrue();
        assertThat(work.get("investmentVnd").asLong()).isEqualTo(1_200_000_000L);
        assertThat(work.get("plaqueRequested").asBoolean()).isTrue();
        JsonNode event = file.get("events").get(0);
        assertThat(event.get("kind").asString()).isEqualTo("TRADITIONAL_FESTIVAL");
        assertThat(event.get("startsOn").asString()).isEqualTo("2022-06-10");
        assertThat(event.get("endsOn").asString()).isEqualTo("2022-06-12");
        JsonNode issue = file.get("issues").get(1);
        assertThat(issue.get("sheet").asString()).isEqualTo("Công trình");
        assertThat(issue.get("row").asInt()).isEqualTo(12);
        assertThat(issue.get("column").asString()).isEqualTo("F");
        assertThat(issue.get("code").asString()).isEqualTo("DATE_OUTSIDE_CAMPAIGN");
        assertThat(issue.get("severity").asString()).isEqualTo("ERROR");
        assertThat(issue.get("message").asString()).startsWith("Ngày 2022-06-30 nằm ngoài");
        assertThat(issue.get("value").asString()).isEqualTo("30/6/2022");
        assertThat(file.get("sheets").get(0).get("columns").get(0).get("column").asString()).isEqualTo("B");
        assertThat(file.get("sheets").get(0).get("encodings").get(0).get("encoding").asString()).isEqualTo("TCVN3");
    }

    @Test
    void leavesAbsentValuesOut() {
        JsonNode json = JsonMapper.builder().build().readTree(ReportJson.toJson(report));

        JsonNode work = json.get("files").get(0).get("works").get(0);
        assertThat(work.has("fundingSource")).isFalse();
        assertThat(json.get("files").get(0).has("error")).isFalse();
        assertThat(json.get("files").get(1).get("error").get("code").asString()).isEqualTo("ENCRYPTED");
    }

    @Test
    void readsBackTheReportItWrote() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ReportJson.write(report, out);

        ImportReport again = ReportJson.read(new ByteArrayInputStream(out.toByteArray()));

        assertThat(again).isEqualTo(report);
        assertThat(again.status()).isEqualTo(ImportStatus.FILE_FAILED);
    }

    @Test
    void writesAFileReadableAsUtf8(@TempDir Path directory) throws Exception {
        Path file = directory.resolve("report.json");

        ReportJson.write(report, file);

        assertThat(Files.readString(file, StandardCharsets.UTF_8)).contains("\"name\" : \"Nhà văn hóa tổ dân phố 5\"");
        assertThat(ReportJson.read(Files.readString(file))).isEqualTo(report);
    }

    @Test
    void ignoresFieldsAddedByANewerServer() {
        String json = ReportJson.toJson(report).replaceFirst("\\{", "{\"server\": {\"version\": \"9.9\"},");

        assertThat(ReportJson.read(json)).isEqualTo(report);
    }

    @Test
    void refusesTextThatIsNotAReport() {
        assertThatThrownBy(() -> ReportJson.read("<html>502 Bad Gateway</html>"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("not an import report: ");
        assertThatThrownBy(() -> ReportJson.read("{\"campaign\": \"CT32-2022\"}"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("not an import report: ");
    }
}
