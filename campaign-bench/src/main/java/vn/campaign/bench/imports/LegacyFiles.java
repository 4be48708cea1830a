package vn.campaign.bench.imports;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import vn.campaign.core.unit.HaTinhCity;
import vn.campaign.core.unit.Unit;

/**
 * Writes files in the layout of the city's legacy spreadsheets: two title lines and a blank line above the
 * header ({@code STT, Đơn vị, Tên công trình, Loại, Thời gian dự kiến, Kinh phí (đồng), Gắn biển}), then one
 * work a row, spread over the 15 wards and communes by name, every day of the campaign, one in three with a
 * plaque. Every row is a valid, distinct work, so a dry run imports all of them.
 */
public final class LegacyFiles {

    /** The column headings, in order. */
    static final List<String> HEADER = List.of("STT", "Đơn vị", "Tên công trình", "Loại", "Thời gian dự kiến",
            "Kinh phí (đồng)", "Gắn biển");
    private static final String TITLE = "UBND THÀNH PHỐ HÀ TĨNH";
    private static final String SUBTITLE = "DANH SÁCH CÔNG TRÌNH CHÀO MỪNG KỶ NIỆM (Chỉ thị 32-CT/Th.Uy)";
    private static final LocalDate FIRST_DAY = LocalDate.of(2022, 4, 10);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d/M/yyyy");
    private static final List<String> UNITS = HaTinhCity.wardsAndCommunes().stream().map(Unit::name).toList();

    private LegacyFiles() {
    }

    /**
     * Writes an {@code .xlsx} workbook with the streaming writer.
     *
     * @param file where
     * @param rows how many works
     * @return the file
     */
    public static Path xlsx(Path file, int rows) {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(null, 200, true, true)) {
            fill(workbook, rows);
            write(workbook, file);
            workbook.dispose();
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes an Excel 97–2003 {@code .xls} workbook; at most 65,000 rows fit one sheet with the title and header.
     *
     * @param file where
     * @param rows how many works, at most 65,000
     * @return the file
     */
    public static Path xls(Path file, int rows) {
        if (rows > 65_000) {
            throw new IllegalArgumentException("an .xls sheet holds at most 65,000 works below its header, got " + rows);
        }
        try (HSSFWorkbook workbook = new HSSFWorkbook()) {
            fill(workbook, rows);
            write(workbook, file);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes a UTF-8 {@code .csv} file with the same lines.
     *
     * @param file where
     * @param rows how many works
     * @return the file
     */
    public static Path csv(Path file, int rows) {
        try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
                CSVPrinter csv = new CSVPrinter(writer, CSVFormat.DEFAULT)) {
            csv.printRecord(TITLE);
            csv.printRecord(SUBTITLE);
            csv.println();
            csv.printRecord(HEADER);
            for (int i = 1; i <= rows; i++) {
                csv.printRecord(i, unit(i), name(i), kind(i), DAY.format(day(i)), amount(i), plaque(i));
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void fill(Workbook workbook, int rows) {
        Font times = workbook.createFont();
        times.setFontName("Times New Roman");
        CellStyle text = workbook.createCellStyle();
        text.setFont(times);
        CellStyle date = workbook.createCellStyle();
        date.setFont(times);
        date.setDataFormat(workbook.createDataFormat().getFormat("d/m/yyyy"));
        Sheet sheet = workbook.createSheet("Công trình");
        text(sheet.createRow(0), 0, TITLE, text);
        text(sheet.createRow(1), 0, SUBTITLE, text);
        Row header = sheet.createRow(3);
        for (int c = 0; c < HEADER.size(); c++) {
            text(header, c, HEADER.get(c), text);
        }
        for (int i = 1; i <= rows; i++) {
            Row row = sheet.createRow(3 + i);
            row.createCell(0).setCellValue(i);
            text(row, 1, unit(i), text);
            text(row, 2, name(i), text);
            text(row, 3, kind(i), text);
            row.createCell(4).setCellValue(day(i));
            row.getCell(4).setCellStyle(date);
            row.createCell(5).setCellValue(amount(i));
            text(row, 6, plaque(i), text);
        }
    }

    private static void write(Workbook workbook, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            workbook.write(out);
        }
    }

    private static void text(Row row, int column, String value, CellStyle style) {
        var cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(style);
    }

    private static String unit(int i) {
        return UNITS.get(i % UNITS.size());
    }

    private static String name(int i) {
        return "Công trình số " + i;
    }

    private static String kind(int i) {
        return i % 2 == 0 ? "Khánh thành" : "Khởi công";
    }

    private static LocalDate day(int i) {
        return FIRST_DAY.plusDays(i % 60);
    }

    private static long amount(int i) {
        return 1_000_000L * (i % 5_000 + 1);
    }

    private static String plaque(int i) {
        return i % 3 == 0 ? "x" : "";
    }
}
