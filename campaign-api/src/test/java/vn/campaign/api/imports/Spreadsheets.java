package vn.campaign.api.imports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.security.GeneralSecurityException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import vn.campaign.core.unit.HaTinhCity;
import vn.campaign.core.unit.Unit;

/**
 * Spreadsheets of works as the wards sent them, generated for the tests: one sheet, a header row
 * ("STT", "Đơn vị", "Tên công trình", "Loại", "Thời gian dự kiến", "Kinh phí (đồng)"), then one row per work.
 * Work names carry a token of the test, so that a test finds its own works in a shared store.
 */
final class Spreadsheets {

    /** The header of every sheet. */
    static final List<String> HEADER = List.of("STT", "Đơn vị", "Tên công trình", "Loại", "Thời gian dự kiến",
            "Kinh phí (đồng)");

    private Spreadsheets() {
    }

    /**
     * A work row.
     *
     * @param unit       the unit's name as a ward would write it
     * @param name       the work's name
     * @param kind       "Khánh thành" or "Khởi công"
     * @param plannedOn  the planned day
     * @param investment the investment in đồng
     */
    record WorkRow(String unit, String name, String kind, LocalDate plannedOn, long investment) {

        /** Validates the row. */
        WorkRow {
            Objects.requireNonNull(unit, "unit");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(plannedOn, "plannedOn");
        }

        /**
         * The same row with another investment.
         *
         * @param amount the investment in đồng
         * @return the changed row
         */
        WorkRow withInvestment(long amount) {
            return new WorkRow(unit, name, kind, plannedOn, amount);
        }
    }

    /**
     * A token that makes one test's names its own, so that tests sharing a store do not meet.
     *
     * @return "t" and ten hexadecimal digits
     */
    static String token() {
        return "t" + java.util.UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    /**
     * Valid works spread over the city's wards and communes, every one inside the Directive 32 campaign.
     *
     * @param token the test's token, part of every name
     * @param count how many
     * @return the rows
     */
    static List<WorkRow> works(String token, int count) {
        List<Unit> units = HaTinhCity.wardsAndCommunes();
        List<WorkRow> rows = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            rows.add(new WorkRow(units.get(i % units.size()).name(), "Công trình " + token + " số " + i,
                    i % 2 == 0 ? "Khánh thành" : "Khởi công", LocalDate.of(2022, 4, 10).plusDays(i % 60),
                    1_000_000L * (i % 5_000 + 1)));
        }
        return rows;
    }

    /**
     * A work of a unit the city does not have: the importer rejects it with {@code UNIT_UNKNOWN}.
     *
     * @param token the test's token
     * @return the row
     */
    static WorkRow ofUnknownUnit(String token) {
        return new WorkRow("Phường Không Tồn Tại", "Công trình " + token + " của đơn vị lạ", "Khánh thành",
                LocalDate.of(2022, 5, 1), 1_000_000L);
    }

    /**
     * A work planned after the campaign: the core rejects it with {@code DATE_OUTSIDE_CAMPAIGN}.
     *
     * @param token the test's token
     * @return the row
     */
    static WorkRow afterTheCampaign(String token) {
        return new WorkRow("Phường Bắc Hà", "Công trình " + token + " quá hạn", "Khánh thành",
                LocalDate.of(2023, 1, 15), 1_000_000L);
    }

    /**
     * An .xlsx workbook of works, written row by row (a streaming workbook, so thousands of rows are cheap).
     *
     * @param rows the works
     * @return the workbook's bytes
     */
    static byte[] xlsx(List<WorkRow> rows) {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(null, 200, true, true);
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Font times = workbook.createFont();
            times.setFontName("Times New Roman");
            CellStyle text = workbook.createCellStyle();
            text.setFont(times);
            CellStyle date = workbook.createCellStyle();
            date.setFont(times);
            date.setDataFormat(workbook.createDataFormat().getFormat("d/m/yyyy"));
            Sheet sheet = workbook.createSheet("Công trình chào mừng");
            Row header = sheet.createRow(0);
            for (int c = 0; c < HEADER.size(); c++) {
                text(header, c, HEADER.get(c), text);
            }
            for (int i = 0; i < rows.size(); i++) {
                WorkRow work = rows.get(i);
                Row row = sheet.createRow(i + 1);
                row.createCell(0).setCellValue(i + 1);
                text(row, 1, work.unit(), text);
                text(row, 2, work.name(), text);
                text(row, 3, work.kind(), text);
                Cell day = row.createCell(4);
                day.setCellValue(work.plannedOn());
                day.setCellStyle(date);
                row.createCell(5).setCellValue((double) work.investment());
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The first half of a workbook's bytes: a ZIP archive cut short.
     *
     * @param token the test's token
     * @return the bytes
     */
    static byte[] truncated(String token) {
        byte[] whole = xlsx(works(token, 40));
        return Arrays.copyOf(whole, whole.length / 2);
    }

    /**
     * A workbook protected by the password "matkhau" (agile encryption, an OLE2 container).
     *
     * @return the bytes
     */
    static byte[] encrypted() {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); POIFSFileSystem fs = new POIFSFileSystem()) {
            workbook.createSheet("Công trình").createRow(0).createCell(0).setCellValue("Tên công trình");
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword("matkhau");
            try (OutputStream out = encryptor.getDataStream(fs)) {
                workbook.write(out);
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            fs.writeFilesystem(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("agile encryption is not available", e);
        }
    }

    /**
     * The start of a PNG image: binary bytes that are no spreadsheet, as if an image were renamed .xlsx.
     *
     * @return the bytes
     */
    static byte[] pngImage() {
        byte[] png = new byte[64];
        byte[] signature = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, '\r', 'I', 'H', 'D', 'R'};
        System.arraycopy(signature, 0, png, 0, signature.length);
        for (int i = signature.length; i < png.length; i++) {
            png[i] = (byte) (i * 37);
        }
        return png;
    }

    private static void text(Row row, int column, String value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(style);
    }
}
