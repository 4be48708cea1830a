package vn.campaign.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LegacySheetTest {

    @TempDir
    Path directory;

    @Test
    void writesTitlesABlankRowTheHeaderAndTheWorksInEachFormat() throws IOException {
        LegacySheet sheet = LegacyWorks.sheet(3).withTitles("UBND THÀNH PHỐ HÀ TĨNH", "");

        for (Path file : List.of(sheet.xlsx(directory.resolve("w.xlsx")), sheet.xls(directory.resolve("w.xls")))) {
            try (Workbook workbook = WorkbookFactory.create(file.toFile())) {
                Sheet read = workbook.getSheet("Công trình");
                assertThat(read.getRow(0).getCell(0).getStringCellValue()).isEqualTo("UBND THÀNH PHỐ HÀ TĨNH");
                assertThat(read.getRow(1)).as("the blank title line").isNull();
                assertThat(read.getRow(2).getCell(6).getStringCellValue()).isEqualTo("Gắn biển");
                Row third = read.getRow(5);
                assertThat(third.getCell(0).getNumericCellValue()).isEqualTo(3);
                assertThat(third.getCell(2).getStringCellValue()).isEqualTo("Công trình số 3");
                assertThat(third.getCell(4).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2022, 4, 13));
                assertThat(third.getCell(4).getCellStyle().getDataFormatString()).isEqualTo("d/m/yyyy");
                assertThat(workbook.getFontAt(third.getCell(2).getCellStyle().getFontIndex()).getFontName())
                        .isEqualTo(LegacySheet.TIMES_NEW_ROMAN);
                assertThat(third.getCell(6).getStringCellValue()).isEqualTo("x");
                assertThat(read.getLastRowNum()).isEqualTo(5);
            }
        }
        assertThat(Files.readAllLines(sheet.csv(directory.resolve("w.csv")), StandardCharsets.UTF_8)).containsExactly(
                "UBND THÀNH PHỐ HÀ TĨNH", "", "STT,Đơn vị,Tên công trình,Loại,Thời gian dự kiến,Kinh phí (đồng),Gắn biển",
                "1,Phường Nam Hà,Công trình số 1,Khởi công,11/4/2022,2000000,",
                "2,Phường Bắc Hà,Công trình số 2,Khánh thành,12/4/2022,3000000,",
                "3,Phường Nguyễn Du,Công trình số 3,Khởi công,13/4/2022,4000000,x");
    }

    @Test
    void leavesOutNullCellsAndCanLeaveTheHeaderUnstyled() throws IOException {
        byte[] bytes = LegacySheet.of("Sự kiện", List.of("STT", "Tên"), 1, i -> new Object[] {i, null, "Lễ hội"})
                .withHeaderFont(null).withBodyFont(".VnTime").xlsx();

        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(bytes))) {
            Sheet read = workbook.getSheet("Sự kiện");
            assertThat(read.getRow(0).getCell(1).getCellStyle().getIndex()).as("the default style").isZero();
            assertThat(read.getRow(1).getCell(1)).isNull();
            assertThat(workbook.getFontAt(read.getRow(1).getCell(2).getCellStyle().getFontIndex()).getFontName())
                    .isEqualTo(".VnTime");
        }
    }

    @Test
    void encryptsAWorkbookSoThatOnlyThePasswordOpensIt() throws IOException {
        byte[] encrypted = UnreadableFiles.encrypted("matkhau");

        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(encrypted), "matkhau")) {
            assertThat(workbook.getSheet("Công trình").getRow(0).getCell(0).getStringCellValue())
                    .isEqualTo("Tên công trình");
        }
    }
}
