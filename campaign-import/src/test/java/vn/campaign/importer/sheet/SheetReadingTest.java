package vn.campaign.importer.sheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.campaign.importer.source.TestFiles;

class SheetReadingTest {

    @TempDir
    Path dir;

    private SheetRead readCsv(String text) {
        return readCsv(text, ReadOptions.defaults());
    }

    private SheetRead readCsv(String text, ReadOptions options) {
        Path file = TestFiles.utf8(dir.resolve("sheet.csv"), text);
        return new SpreadsheetReader(options).readAll(file).sheets().get(0);
    }

    @Test
    void readsAColumnChosenExplicitlyByLetterOrHeaderOverTheSynonyms() {
        String csv = "STT,Hạng mục,Tên xã,Loại,Ghi chú\n1,Nhà văn hóa,Xã Thạch Hạ,Khánh thành,Tên cũ: Nhà họp\n";
        ReadOptions options = ReadOptions.defaults().withColumnOverrides(Map.of(
                Field.NAME, ColumnRef.parse("B"), Field.UNIT, ColumnRef.parse("Tên xã"), Field.NOTES,
                ColumnRef.header("Ghi chú")));
        SheetRead sheet = readCsv(csv, options);
        assertThat(sheet.layout().mapping().letters()).containsExactly(
                Map.entry(Field.SEQUENCE, "A"), Map.entry(Field.UNIT, "C"), Map.entry(Field.NAME, "B"),
                Map.entry(Field.KIND, "D"), Map.entry(Field.NOTES, "E"));
        assertThat(sheet.layout().mapping().column(Field.NAME).orElseThrow().source()).isEqualTo(MappingSource.EXPLICIT);
        assertThat(sheet.layout().mapping().column(Field.KIND).orElseThrow().source())
                .isEqualTo(MappingSource.HEADER_SYNONYM);
        assertThat(Rows.describe(sheet)).containsExactly(
                "1 HEADER STT | Hạng mục | Tên xã | Loại | Ghi chú",
                "2 | Xã Thạch Hạ (COLUMN) | SEQUENCE@A=1 | UNIT@C=Xã Thạch Hạ | NAME@B=Nhà văn hóa | KIND@D=Khánh thành"
                        + " | NOTES@E=Tên cũ: Nhà họp");
    }

    @Test
    void saysSoWhenAnExplicitColumnIsNotInTheHeader() {
        String csv = "STT,Tên công trình,Loại\n1,Nhà văn hóa,KC\n";
        SheetRead sheet = readCsv(csv, ReadOptions.defaults().withColumnOverrides(
                Map.of(Field.UNIT, ColumnRef.header("Tên phường"))));
        assertThat(sheet.layout().notes())
                .containsExactly("the column given for UNIT (header \"Tên phường\") was not found in the header");
        assertThat(sheet.layout().mapping().column(Field.UNIT)).isEmpty();
    }

    @Test
    void tellsAColumnLetterFromAHeaderText() {
        assertThat(ColumnRef.parse("C")).isEqualTo(new ColumnRef.Letter("C"));
        assertThat(ColumnRef.parse("AB")).isEqualTo(new ColumnRef.Letter("AB"));
        assertThat(ColumnRef.parse("Đơn vị")).isEqualTo(new ColumnRef.Header("Đơn vị"));
        assertThat(ColumnRef.letter("c")).isEqualTo(new ColumnRef.Letter("C"));
        assertThatThrownBy(() -> ColumnRef.header(" / ")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a header text needs letters or digits, was \" / \"");
        assertThatThrownBy(() -> ColumnRef.letter("1A")).hasMessage("a column letter is A to XFD, was \"1A\"");
    }

    @Test
    void skipsEveryRowOfASheetWithoutAHeaderAndSaysWhy() {
        SheetRead sheet = readCsv("Hướng dẫn điền biểu mẫu\n\nGhi rõ tên công trình\n");
        assertThat(sheet.layout().header()).isNull();
        assertThat(sheet.layout().kind()).isEqualTo(SheetKind.UNKNOWN);
        assertThat(sheet.layout().notes()).containsExactly("no header naming the works or events was found in the first"
                + " 30 non-blank rows; the sheet's rows were not read");
        assertThat(Rows.describe(sheet)).containsExactly(
                "1 NO_HEADER Hướng dẫn điền biểu mẫu", "2 BLANK blank", "3 NO_HEADER Ghi rõ tên công trình");
    }

    @Test
    void findsAHeaderBelowTheFirstRowsOnlyWithinTheSearchWindow() {
        StringBuilder csv = new StringBuilder();
        for (int i = 1; i <= 3; i++) {
            csv.append("Dòng tiêu đề ").append(i).append('\n');
        }
        csv.append("STT,Tên công trình,Loại\n1,Nhà văn hóa,KC\n");
        ReadOptions narrow = new ReadOptions(vn.campaign.importer.source.ReadLimits.defaults(), Map.of(), 2);
        assertThat(readCsv(csv.toString(), narrow).layout().header()).isNull();
        assertThat(readCsv(csv.toString()).layout().header().firstRow()).isEqualTo(4);
    }

    @Test
    void skipsAHeaderRepeatedFurtherDownAndRowsWithValuesOnlyInUnmappedColumns() {
        String csv = """
                STT,Tên công trình,Loại,Xếp hạng
                1,Nhà văn hóa,KC,
                STT,Tên công trình,Loại,Xếp hạng
                ,,,A
                2,Đường nội thị,Khánh thành,
                """;
        assertThat(Rows.describe(readCsv(csv))).containsExactly(
                "1 HEADER STT | Tên công trình | Loại | Xếp hạng",
                "2 | null (NONE) | SEQUENCE@A=1 | NAME@B=Nhà văn hóa | KIND@C=KC",
                "3 HEADER the header repeated",
                "4 UNMAPPED values only in columns mapped to no field: D4 \"A\"",
                "5 | null (NONE) | SEQUENCE@A=2 | NAME@B=Đường nội thị | KIND@C=Khánh thành");
    }

    @Test
    void readsGroupHeadingsWrittenInTheSequenceAndNameColumns() {
        String csv = """
                STT,Tên công trình,Loại
                II,Các xã,
                1,Nhà văn hóa thôn 1,KC
                ,Xã Thạch Hạ,
                1,Đường liên thôn,Khánh thành
                ,P. Văn Yên,
                2,Cổng chào,KC
                """;
        assertThat(Rows.describe(readCsv(csv))).containsExactly(
                "1 HEADER STT | Tên công trình | Loại",
                "2 GROUP II Các xã",
                "3 | null (NONE) | SEQUENCE@A=1 | NAME@B=Nhà văn hóa thôn 1 | KIND@C=KC",
                "4 GROUP Xã Thạch Hạ",
                "5 | Xã Thạch Hạ (GROUP_ROW) | SEQUENCE@A=1 | NAME@B=Đường liên thôn | KIND@C=Khánh thành",
                "6 GROUP P. Văn Yên",
                "7 | P. Văn Yên (GROUP_ROW) | SEQUENCE@A=2 | NAME@B=Cổng chào | KIND@C=KC");
    }

    @Test
    void keepsANumberedWorkWithoutOtherValuesAsADataRow() {
        String csv = "STT,Tên công trình,Loại\n,1. Nhà văn hóa tổ 5,\n,Cổng chào phường,\n,Cộng phường Bắc Hà,\n";
        assertThat(Rows.describe(readCsv(csv))).containsExactly(
                "1 HEADER STT | Tên công trình | Loại",
                "2 | null (NONE) | NAME@B=1. Nhà văn hóa tổ 5",
                "3 | null (NONE) | NAME@B=Cổng chào phường",
                "4 TOTAL Cộng phường Bắc Hà");
    }

    @Test
    void prefersTheUnitColumnToTheGroupHeading() {
        String csv = "STT,Đơn vị,Tên công trình\n1. Phường Bắc Hà,,\n1,,Nhà văn hóa\n2,Phường Nam Hà,Cổng chào\n"
                + ",Phường Tân Giang,\n3,,Vỉa hè\n";
        SheetRead sheet = readCsv(csv);
        assertThat(sheet.dataRows()).extracting(DataRow::unit, DataRow::unitSource).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Phường Bắc Hà", UnitSource.GROUP_ROW),
                org.assertj.core.groups.Tuple.tuple("Phường Nam Hà", UnitSource.COLUMN),
                org.assertj.core.groups.Tuple.tuple("Phường Tân Giang", UnitSource.GROUP_ROW));
    }

    @Test
    void tellsWorksFromEventsByTheNameHeaderThenTheTitle() {
        assertThat(readCsv("STT,Tên công trình/sự kiện,Loại\n1,Lễ hội,Lễ hội\n").layout().kind())
                .isEqualTo(SheetKind.MIXED);
        assertThat(readCsv("DANH SÁCH LỄ HỘI CHÀO MỪNG\nSTT,Tên,Thời gian tổ chức,Đơn vị\n").layout().kind())
                .isEqualTo(SheetKind.UNKNOWN);
        SheetLayout byTitle = readCsv("DANH SÁCH LỄ HỘI CHÀO MỪNG\nSTT,Nội dung,Thời gian tổ chức\n").layout();
        assertThat(byTitle.kind()).isEqualTo(SheetKind.EVENTS);
        assertThat(byTitle.kindEvidence()).isEqualTo("the title \"DANH SÁCH LỄ HỘI CHÀO MỪNG\" names events");
    }

    @Test
    void streamsTheLayoutThenTheRowsThenTheSummary() {
        Path file = TestFiles.utf8(dir.resolve("events.csv"), "STT,Tên sự kiện,Địa điểm\n1,Giải chạy,Quảng trường\n");
        List<String> events = new ArrayList<>();
        SpreadsheetReader.withDefaults().read(file, new SheetRowListener() {
            @Override
            public void sheetStarted(SheetLayout layout) {
                events.add("start " + layout.sheet());
            }

            @Override
            public void row(ReadRow row) {
                events.add("row " + row.rowNumber());
            }

            @Override
            public void sheetFinished(SheetSummary summary) {
                events.add("finish " + summary.dataRows() + " data, " + summary.skippedRows());
            }
        });
        assertThat(events).containsExactly("start events", "row 1", "row 2", "finish 1 data, {HEADER=1}");
    }

    @Test
    void refusesASummaryThatLosesARow() {
        SheetLayout layout = new SheetLayout("S", 0, false, null, ColumnMapping.none(), List.of(), SheetKind.UNKNOWN,
                "none", List.of(), List.of());
        assertThatThrownBy(() -> new SheetSummary(layout, List.of(), null, null, 2, Map.of(SkipReason.TITLE, 1), 0, 4))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("rows 1 to 4 must each be a data row or skipped, but 3 were accounted for");
    }
}
