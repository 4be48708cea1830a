package vn.campaign.importer.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.campaign.core.application.Saved;
import vn.campaign.core.campaign.WorkKind;

/** The outcomes of an exported file's rows — updated by id, unchanged, in conflict — in every form of the report. */
class RoundTripOutcomesReportTest {

    private static final WorkLine UPDATED_BY_ID = new WorkLine("Công trình", 6, "18073",
            "Nhà văn hóa tổ dân phố 5", WorkKind.INAUGURATION, LocalDate.of(2022, 5, 20), 1_300_000_000L, true,
            null, null, null, Saved.Change.UPDATED, "0b5f1c9e-8a49-4a3e-9d7c-2f0c6f6b1a11",
            List.of("plannedOn", "investment"));

    private final ImportReport report = new ImportReport("CT32-2022", false, List.of(new FileReport("works.xlsx",
            "XLSX", null, new Counts(5, 1, 1, 1, 2, 0, 4, Map.of("TITLE", 3, "HEADER", 1)), List.of(),
            List.of(UPDATED_BY_ID), List.of(), List.of(), 40)));

    @Test
    void countsEveryRowOnceWithConflictsApart() {
        Counts counts = report.files().get(0).counts();

        assertThat(counts.conflicts()).isEqualTo(2);
        assertThat(counts.stored()).isEqualTo(3);
        assertThat(counts.plus(counts).conflicts()).isEqualTo(4);
        assertThat(report.files().get(0).status()).isEqualTo(ImportStatus.ROWS_REJECTED);
        assertThatThrownBy(() -> new Counts(5, 1, 1, 1, 1, 0, 0, Map.of()))
                .hasMessage("every row read must be imported, updated, unchanged, in conflict or rejected: read 5 but"
                        + " 1 + 1 + 1 + 1 + 0 = 4");
    }

    @Test
    void printsTheConflictsInTheSummaryAndTheChangedFieldsOfAnUpdatedRow() {
        String text = ReportTable.withDefaults().render(report);

        assertThat(text).contains("  Rows: read 5, imported 1, updated 1, unchanged 1, conflicts 2, rejected 0, skipped 4",
                "UPDATED plannedOn, investment",
                "Total: 1 file · read 5, imported 1, updated 1, unchanged 1, conflicts 2, rejected 0, skipped 4");
    }

    @Test
    void writesAndReadsBackTheConflictsAndTheChangedFields() {
        String json = ReportJson.toJson(report);
        JsonNode file = JsonMapper.builder().build().readTree(json).get("files").get(0);

        assertThat(file.get("counts").get("conflicts").asInt()).isEqualTo(2);
        assertThat(file.get("works").get(0).get("changedFields").toString()).isEqualTo("[\"plannedOn\",\"investment\"]");
        assertThat(ReportJson.read(json)).isEqualTo(report);
    }

    @Test
    void readsAReportOfAnOlderServerWithoutConflictsAsNone() {
        String older = ReportJson.toJson(report).replace("\"conflicts\" : 2,", "").replace("\"read\" : 5",
                "\"read\" : 3");

        assertThat(ReportJson.read(older).files().get(0).counts().conflicts()).isZero();
    }
}
