package vn.campaign.importer.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.campaign.core.rule.FieldPath;
import vn.campaign.core.rule.Severity;
import vn.campaign.core.text.Message;
import vn.campaign.importer.issue.Issue;

class ReportTableTest {

    @Test
    void printsEachFileWithItsSheetCountsRowsAndIssues() {
        String text = ReportTable.withDefaults().render(new ImportReport("CT32-2022", false,
                List.of(Reports.worksFile(), Reports.encryptedFile())));

        assertThat(text).contains(
                "cong-trinh.xlsx (XLSX, 0.4 s)",
                "  Sheet \"Công trình\": WORKS (the name column's header \"Tên công trình\" names works), header rows 4–5,"
                        + " 3 data rows of 13",
                "    Columns: UNIT=B \"Đơn vị\", NAME=C \"Tên công trình\"",
                "    Not read: H \"Kinh phí cũ (đồng)\" (hidden)",
                "    Encoding: font \".VnTime\" → TCVN3, 40 cells from B7 — font \".VnTime\" is a TCVN3 font",
                "  Rows: read 3, imported 1, updated 1, unchanged 0, rejected 1, skipped 5",
                "  Issues: 1 error, 1 warning (DATE_IS_MONTH 1, DATE_OUTSIDE_CAMPAIGN 1)",
                "  NOT IMPORTED (ENCRYPTED): mat-khau.xlsx: the workbook is encrypted (protected by a password)",
                "Total: 2 files · read 3, imported 1, updated 1, unchanged 0, rejected 1, skipped 5 · a file could not be imported");
    }

    @Test
    void alignsTheIssueTableByWhatATerminalShows() {
        String text = ReportTable.withDefaults().render(new ImportReport("CT32-2022", false, List.of(Reports.worksFile())));

        List<String> lines = text.lines().toList();
        int header = lines.indexOf(lines.stream().filter(l -> l.startsWith("  Sheet  ")).skip(2).findFirst().orElseThrow());
        String first = lines.get(header + 2);
        String second = lines.get(header + 3);
        assertThat(first).startsWith("  Công trình    8  E    WARNING   DATE_IS_MONTH");
        assertThat(second).startsWith("  Công trình   12  F    ERROR     DATE_OUTSIDE_CAMPAIGN");
        assertThat(ReportTable.width(first.substring(0, first.indexOf("“")))).isEqualTo(second.indexOf("Ngày"));
    }

    @Test
    void printsErrorsBeforeWarningsUpToTheLimitAndPointsToTheJsonForTheRest() {
        List<Issue> issues = new ArrayList<>();
        for (int row = 1; row <= 30; row++) {
            issues.add(new Issue("S", row, null, IssueCodes.named("TASK_AREA_MISSING"), Severity.WARNING, new Message("Chưa chọn lĩnh vực nhiệm vụ.",
                    "No task area is given."), null, FieldPath.of("taskAreaCode")));
        }
        issues.add(new Issue("S", 31, "C", IssueCodes.named("UNIT_UNRECOGNISED"), Severity.ERROR, new Message("Không nhận ra đơn vị “X”.", "x"), "X",
                FieldPath.of("unitCode")));
        FileReport file = new FileReport("big.csv", "CSV", null, new Counts(31, 30, 0, 0, 1, 0, Map.of()), List.of(),
                List.of(), List.of(), issues, 5);

        String text = new ReportTable(5, 0).render(new ImportReport("CT32-2022", false, List.of(file)));

        assertThat(text).contains("  S       31  C    ERROR     UNIT_UNRECOGNISED  Không nhận ra đơn vị “X”.     X",
                "  … 26 more issues in the JSON report (--report)");
        assertThat(text.lines().filter(l -> l.contains("TASK_AREA_MISSING  ")).count()).isEqualTo(4);
        assertThat(text.lines().filter(l -> l.startsWith("  S  ")).toList().get(4)).contains("31");
    }

    @Test
    void countsCombiningMarksAsNoColumnOfTheTerminal() {
        assertThat(ReportTable.width("Hà Tĩnh")).isEqualTo(7);
        assertThat(ReportTable.width("Ha\u0300 Ti\u0303nh")).isEqualTo(7);
    }
}
