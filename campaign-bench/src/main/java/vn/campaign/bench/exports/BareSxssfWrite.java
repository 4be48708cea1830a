package vn.campaign.bench.exports;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import vn.campaign.bench.ChildJvm;
import vn.campaign.bench.Heap;

/**
 * The baseline of the export: POI's streaming writer (SXSSF, a window of 100 rows, compressed temporary files)
 * writing the cells an export of works holds — three title rows, a header, and per work a number, seven texts,
 * a date, an amount, four texts, a hidden id and a hidden version — with the same date and amount formats, a
 * frozen header and an autofilter, and nothing else: no store, no HTTP, no visibility. Run in a child JVM:
 * {@code BareSxssfWrite FILE ROWS}; prints its time and peak heap as a {@link ChildJvm} result line.
 */
public final class BareSxssfWrite {

    private static final int COLUMNS = 16;

    private BareSxssfWrite() {
    }

    /**
     * Writes the file.
     *
     * @param args the file and the number of rows
     * @throws IOException when the file cannot be written
     */
    public static void main(String[] args) throws IOException {
        Path file = Path.of(args[0]);
        int rows = Integer.parseInt(args[1]);
        Heap.resetPeak();
        long start = System.nanoTime();
        write(file, rows);
        double millis = (System.nanoTime() - start) / 1e6;
        ChildJvm.printResult(Map.of("millis", String.format(java.util.Locale.ROOT, "%.1f", millis),
                "peakMiB", Heap.peakMiB(), "bytes", Files.size(file)));
    }

    static void write(Path file, int rows) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(null, 100, true, true);
                OutputStream out = Files.newOutputStream(file)) {
            SXSSFSheet sheet = workbook.createSheet("Công trình");
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
            CellStyle amount = workbook.createCellStyle();
            amount.setDataFormat(workbook.createDataFormat().getFormat("#,##0"));
            sheet.createRow(0).createCell(0).setCellValue("Đợt thi đua cao điểm chào mừng");
            sheet.createRow(1).createCell(0).setCellValue("Toàn thành phố");
            sheet.createRow(2).createCell(0).setCellValue("Ngày xuất: 06/12/2026");
            Row header = sheet.createRow(4);
            for (int c = 0; c < COLUMNS; c++) {
                header.createCell(c).setCellValue("Cột " + (c + 1));
            }
            LocalDate first = LocalDate.of(2022, 4, 10);
            for (int i = 0; i < rows; i++) {
                Row row = sheet.createRow(5 + i);
                row.createCell(0).setCellValue(i + 1);
                row.createCell(1).setCellValue("Phường " + (i % 15));
                row.createCell(2).setCellValue("Công trình xuất " + i);
                row.createCell(3).setCellValue(i % 2 == 0 ? "Khánh thành" : "Khởi công");
                Cell day = row.createCell(4);
                day.setCellValue(first.plusDays(i % 60));
                day.setCellStyle(date);
                row.createCell(5).setCellValue("Phát triển đô thị");
                row.createCell(6).setCellValue("Tổ dân phố " + (i % 12));
                row.createCell(7).setCellValue("");
                Cell money = row.createCell(8);
                money.setCellValue(1_000_000L * (i % 5_000));
                money.setCellStyle(amount);
                row.createCell(9).setCellValue("Ngân sách");
                row.createCell(10).setCellValue("UBND phường");
                row.createCell(11).setCellValue("Không");
                row.createCell(12).setCellValue("Đã đăng ký");
                row.createCell(13).setCellValue("");
                row.createCell(14).setCellValue("V29yazo" + Integer.toHexString(i * 7919) + "-" + i);
                row.createCell(15).setCellValue(0);
            }
            sheet.setColumnHidden(14, true);
            sheet.setColumnHidden(15, true);
            sheet.createFreezePane(0, 5);
            sheet.setAutoFilter(new CellRangeAddress(4, 4 + rows, 0, COLUMNS - 1));
            workbook.write(out);
        }
    }
}
