package vn.campaign.importer.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.campaign.importer.encoding.TextEncoding;
import vn.campaign.importer.fixtures.Fixtures;
import vn.campaign.importer.source.FileType;

class EventsCsvFixtureTest {

    private static final List<String> ROWS_AFTER_TITLE = List.of(
            "2 BLANK blank",
            "3 HEADER STT | Tên lễ hội/sự kiện | Loại | Thời gian tổ chức | Địa điểm | Đơn vị tổ chức | Ghi chú",
            "4 | Xã Đồng Môn (COLUMN) | SEQUENCE@A=1 | UNIT@F=Xã Đồng Môn | NAME@B=Lễ hội đình làng Đồng Môn"
                    + " | KIND@C=Lễ hội truyền thống | PLANNED_DATE@D=15/5/2022 | LOCATION@E=Đình làng Đồng Môn",
            "5 | Phường Nguyễn Du (COLUMN) | SEQUENCE@A=2 | UNIT@F=Phường Nguyễn Du"
                    + " | NAME@B=Giải bóng đá thanh niên thành phố | KIND@C=Thể thao | PLANNED_DATE@D=tháng 5/2022"
                    + " | LOCATION@E=Sân vận động thành phố | NOTES@G=Chào mừng 15 năm, thành lập thành phố",
            "6 | Phường Bắc Hà (COLUMN) | SEQUENCE@A=3 | UNIT@F=Phường Bắc Hà | NAME@B=Liên hoan văn nghệ quần chúng"
                    + " | KIND@C=Văn hóa | PLANNED_DATE@D=28/5/2022 | LOCATION@E=Quảng trường thành phố",
            "7 | Phường Trần Phú (COLUMN) | SEQUENCE@A=4 | UNIT@F=Phường Trần Phú | NAME@B=Giải chạy Vì Hà Tĩnh xanh"
                    + " | KIND@C=Thể thao | PLANNED_DATE@D=Quý II/2022 | LOCATION@E=Đường Phan Đình Phùng");

    @ParameterizedTest
    @ValueSource(strings = {"events-utf8-bom.csv", "events-utf8.csv", "events-windows1258.csv", "events-tcvn3.csv",
        "events-vni.csv"})
    void readsTheSameEventsWhateverTheEncoding(String file) {
        WorkbookRead read = SpreadsheetReader.withDefaults().readAll(Fixtures.path(file));
        assertThat(read.type()).isEqualTo(FileType.CSV);
        SheetRead sheet = read.sheets().get(0);
        assertThat(sheet.layout().sheet()).isEqualTo(file.substring(0, file.length() - 4));
        assertThat(sheet.layout().kind()).isEqualTo(SheetKind.EVENTS);
        assertThat(sheet.layout().mapping().letters()).containsExactly(
                Map.entry(Field.SEQUENCE, "A"), Map.entry(Field.UNIT, "F"), Map.entry(Field.NAME, "B"),
                Map.entry(Field.KIND, "C"), Map.entry(Field.PLANNED_DATE, "D"), Map.entry(Field.LOCATION, "E"),
                Map.entry(Field.NOTES, "G"));
        List<String> rows = Rows.describe(sheet);
        assertThat(rows.get(0))
                .isEqualTo("1 TITLE Danh sách lễ hội, sự kiện chào mừng 15 năm thành lập thành phố Hà Tĩnh");
        assertThat(rows.subList(1, rows.size())).containsExactlyElementsOf(ROWS_AFTER_TITLE);
    }

    @ParameterizedTest
    @CsvSource({
        "events-utf8-bom.csv, UTF-8, byte order mark EF BB BF and valid UTF-8; delimiter comma",
        "events-utf8.csv, UTF-8, valid UTF-8 without byte order mark; delimiter comma",
        "events-windows1258.csv, windows-1258, 'not UTF-8: byte 0xE1 at offset 7 is not valid UTF-8; no TCVN3 or VNI"
                + " letters, decoded as Windows-1258 and normalised to NFC; delimiter comma'"})
    void reportsTheCharsetAndWhyItWasChosen(String file, String charset, String evidence) {
        SheetSummary summary = SpreadsheetReader.withDefaults().readAll(Fixtures.path(file)).sheets().get(0).summary();
        assertThat(summary.charset()).isEqualTo(charset);
        assertThat(summary.charsetEvidence()).isEqualTo(evidence);
        assertThat(summary.encodings()).allMatch(d -> d.encoding() == TextEncoding.UNICODE);
    }

    @ParameterizedTest
    @CsvSource({"events-tcvn3.csv, TCVN3", "events-vni.csv, VNI"})
    void decidesALegacyCsvByAVoteOverEachColumn(String file, TextEncoding encoding) {
        SheetRead sheet = SpreadsheetReader.withDefaults().readAll(Fixtures.path(file)).sheets().get(0);
        assertThat(sheet.summary().charset()).isEqualTo("windows-1252");
        assertThat(sheet.summary().encodings()).extracting(EncodingDecision::scope).containsExactly(
                "column A", "column B", "column C", "column D", "column E", "column F", "column G");
        assertThat(sheet.summary().encodings()).allSatisfy(d -> {
            assertThat(d.encoding()).isEqualTo(encoding);
            assertThat(d.evidence()).startsWith("column vote: " + encoding + " wins");
        });
        assertThat(sheet.dataRows().get(0).value(Field.NAME).orElseThrow().raw())
                .isNotEqualTo("Lễ hội đình làng Đồng Môn");
    }
}
