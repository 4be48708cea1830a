package vn.campaign.importer.sheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.nio.file.Path;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.campaign.importer.encoding.LegacyText;
import vn.campaign.importer.encoding.TextEncoding;
import vn.campaign.importer.source.TestFiles;

/**
 * A workbook whose legacy text was given an ordinary font (Arial) has no font evidence: each column's
 * texts are put to a vote, and only a column the vote gives to TCVN3 or VNI is converted.
 */
class EncodingWithoutFontTest {

    @TempDir
    Path dir;

    private static void fill(Workbook workbook) {
        Font arial = workbook.createFont();
        arial.setFontName("Arial");
        CellStyle style = workbook.createCellStyle();
        style.setFont(arial);
        Sheet sheet = workbook.createSheet("Công trình");
        String[][] rows = {
            {"STT", "Tên công trình", "Đơn vị"},
            {"1", LegacyText.encode("Nhà văn hóa tổ dân phố 5", TextEncoding.TCVN3), "Phường Bắc Hà"},
            {"2", LegacyText.encode("Đường giao thông nội thị", TextEncoding.TCVN3), "Phường Trần Phú"},
            {"3", "Cafe", "Xã Thạch Hạ"},
        };
        for (int r = 0; r < rows.length; r++) {
            Row row = sheet.createRow(r);
            for (int c = 0; c < rows[r].length; c++) {
                row.createCell(c).setCellValue(rows[r][c]);
                row.getCell(c).setCellStyle(style);
            }
        }
    }

    private static void assertDecodedByColumnVote(SheetRead sheet) {
        assertThat(sheet.layout().header().columns()).extracting(HeaderColumn::text)
                .containsExactly("STT", "Tên công trình", "Đơn vị");
        assertThat(sheet.dataRows()).extracting(r -> r.text(Field.NAME), r -> r.text(Field.UNIT)).containsExactly(
                tuple("Nhà văn hóa tổ dân phố 5", "Phường Bắc Hà"),
                tuple("Đường giao thông nội thị", "Phường Trần Phú"),
                tuple("Cafe", "Xã Thạch Hạ"));
        assertThat(sheet.summary().encodings()).filteredOn(d -> d.scope().equals("font \"Arial\", column B"))
                .singleElement().satisfies(d -> {
                    assertThat(d.encoding()).isEqualTo(TextEncoding.TCVN3);
                    assertThat(d.evidence()).startsWith("column vote: TCVN3 wins");
                });
        assertThat(sheet.summary().encodings()).filteredOn(d -> d.scope().equals("font \"Arial\""))
                .allSatisfy(d -> assertThat(d.encoding()).isEqualTo(TextEncoding.UNICODE));
    }

    @Test
    void decidesAnXlsxColumnWithoutLegacyFontsByAVote() {
        Path file = TestFiles.xlsx(dir.resolve("arial.xlsx"), EncodingWithoutFontTest::fill);
        assertDecodedByColumnVote(SpreadsheetReader.withDefaults().readAll(file).sheets().get(0));
    }

    @Test
    void decidesAnXlsColumnWithoutLegacyFontsByAVote() {
        Path file = TestFiles.xls(dir.resolve("arial.xls"), EncodingWithoutFontTest::fill);
        assertDecodedByColumnVote(SpreadsheetReader.withDefaults().readAll(file).sheets().get(0));
    }
}
