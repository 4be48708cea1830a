package vn.campaign.importer.run;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jspecify.annotations.Nullable;
import vn.campaign.core.campaign.WorkKind;
import vn.campaign.core.registration.Registration;
import vn.campaign.core.registration.Work;

/**
 * A works sheet laid out as the platform's export writes it — a title row, a header row of Vietnamese names,
 * one row per work, the system id and version in hidden columns at the far right — with the columns, their
 * order and what is hidden open to change, as a user's edits or another program would leave them.
 */
final class ExportedWorks {

    static final String ID = "Mã hệ thống";
    static final String VERSION = "Phiên bản";
    static final List<String> EXPORT_COLUMNS = List.of("STT", "Đơn vị", "Tên công trình", "Loại", "Ngày dự kiến",
            "Tổng kinh phí (đồng)", "Gắn biển", ID, VERSION);

    private final List<String> columns;
    private final List<String> hidden = new ArrayList<>(List.of(ID, VERSION));
    private final List<Map<String, @Nullable Object>> rows = new ArrayList<>();

    private ExportedWorks(List<String> columns) {
        this.columns = List.copyOf(columns);
    }

    /** The export's columns. */
    static ExportedWorks export() {
        return new ExportedWorks(EXPORT_COLUMNS);
    }

    /** Other columns, in another order. */
    static ExportedWorks withColumns(String... columns) {
        return new ExportedWorks(List.of(columns));
    }

    /** Hides a column too. */
    ExportedWorks hide(String column) {
        hidden.add(column);
        return this;
    }

    /** Hides no column. */
    ExportedWorks nothingHidden() {
        hidden.clear();
        return this;
    }

    /** The row of a work as exported: its unit's name, details, global id and version. */
    ExportedWorks row(Work work, String unitName) {
        Map<String, @Nullable Object> row = new LinkedHashMap<>();
        row.put("STT", (long) rows.size() + 1);
        row.put("Đơn vị", unitName);
        row.put("Tên công trình", work.name());
        row.put("Loại", work.kind() == WorkKind.INAUGURATION ? "Khánh thành" : "Khởi công");
        row.put("Ngày dự kiến", work.details().plannedOn());
        row.put("Tổng kinh phí (đồng)", work.details().investment() == null ? null
                : work.details().investment().amount());
        row.put("Gắn biển", work.details().plaqueRequested() ? "Có" : "Không");
        row.put(ID, globalId(work));
        row.put(VERSION, work.version());
        rows.add(row);
        return this;
    }

    /** Changes a cell of the last row added. */
    ExportedWorks set(String column, @Nullable Object value) {
        rows.get(rows.size() - 1).put(column, value);
        return this;
    }

    /** The global id the API gives a registration. */
    static String globalId(Registration registration) {
        String type = registration instanceof Work ? "Work" : "Event";
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((type + ":" + registration.id().value()).getBytes(StandardCharsets.UTF_8));
    }

    /** The workbook's bytes. */
    byte[] bytes() {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Công trình");
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
            sheet.createRow(0).createCell(0).setCellValue("DANH SÁCH CÔNG TRÌNH CHÀO MỪNG");
            Row header = sheet.createRow(2);
            for (int c = 0; c < columns.size(); c++) {
                header.createCell(c).setCellValue(columns.get(c));
                sheet.setColumnHidden(c, hidden.contains(columns.get(c)));
            }
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(3 + r);
                for (int c = 0; c < columns.size(); c++) {
                    Object value = rows.get(r).get(columns.get(c));
                    if (value == null) {
                        continue;
                    }
                    Cell cell = row.createCell(c);
                    if (value instanceof LocalDate day) {
                        cell.setCellValue(day);
                        cell.setCellStyle(date);
                    } else if (value instanceof Number number) {
                        cell.setCellValue(number.doubleValue());
                    } else {
                        cell.setCellValue(value.toString());
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
