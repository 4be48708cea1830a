package vn.campaign.importer.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CountsTest {

    @Test
    void refusesCountsThatLoseADataRow() {
        assertThatThrownBy(() -> new Counts(5, 2, 1, 0, 1, 0, Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("every row read must be imported, updated, unchanged or rejected: read 5 but 2 + 1 + 0 + 1 = 4");
    }

    @Test
    void refusesSkippedRowsWhoseReasonsDoNotAddUp() {
        assertThatThrownBy(() -> new Counts(0, 0, 0, 0, 0, 4, Map.of("TITLE", 3)))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("skipped rows by reason add up to 3, not 4");
    }

    @Test
    void addsUpTheFilesOfAReportReasonByReason() {
        FileReport first = Reports.worksFile();
        FileReport second = new FileReport("su-kien.csv", "CSV", null,
                new Counts(2, 0, 0, 2, 0, 2, Map.of("TITLE", 1, "BLANK", 1)), List.of(), List.of(), List.of(),
                List.of(), 10);

        Counts totals = new ImportReport("CT32-2022", false, List.of(first, second)).totals();

        assertThat(totals).isEqualTo(new Counts(5, 1, 1, 2, 1, 7, Map.of("TITLE", 4, "HEADER", 2, "BLANK", 1)));
        assertThat(totals.stored()).isEqualTo(4);
    }

    @Test
    void rankTheStatusOfAReportByItsWorstFile() {
        FileReport complete = new FileReport("a.csv", "CSV", null, new Counts(1, 1, 0, 0, 0, 0, Map.of()), List.of(),
                List.of(), List.of(), List.of(), 1);

        assertThat(new ImportReport("CT32-2022", false, List.of(complete)).status()).isEqualTo(ImportStatus.COMPLETE);
        assertThat(new ImportReport("CT32-2022", false, List.of(complete, Reports.worksFile())).status())
                .isEqualTo(ImportStatus.ROWS_REJECTED);
        assertThat(new ImportReport("CT32-2022", false, List.of(Reports.encryptedFile(), Reports.worksFile())).status())
                .isEqualTo(ImportStatus.FILE_FAILED);
    }
}
