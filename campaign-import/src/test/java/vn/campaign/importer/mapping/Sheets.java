package vn.campaign.importer.mapping;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.util.CellReference;
import vn.campaign.importer.encoding.TextEncoding;
import vn.campaign.importer.sheet.ColumnMapping;
import vn.campaign.importer.sheet.DataRow;
import vn.campaign.importer.sheet.Field;
import vn.campaign.importer.sheet.FieldValue;
import vn.campaign.importer.sheet.HeaderRows;
import vn.campaign.importer.sheet.MappedColumn;
import vn.campaign.importer.sheet.MappingSource;
import vn.campaign.importer.sheet.SheetKind;
import vn.campaign.importer.sheet.SheetLayout;
import vn.campaign.importer.sheet.UnitSource;
import vn.campaign.importer.source.CellKind;

/**
 * Sheets and rows as the reader hands them over, built by hand: a layout with a column per field and
 * its header, and data rows of text, number, date and error cells.
 */
final class Sheets {

    private Sheets() {
    }

    /** The columns of a typical list of works, A to J. */
    static SheetLayout works() {
        return layout(SheetKind.WORKS, Map.of(
                Field.UNIT, "Đơn vị", Field.NAME, "Tên công trình", Field.KIND, "Loại",
                Field.PLANNED_DATE, "Thời gian dự kiến", Field.START_DATE, "Khởi công", Field.END_DATE, "Hoàn thành",
                Field.AMOUNT, "Kinh phí (triệu đồng)", Field.PLAQUE, "Gắn biển", Field.LOCATION, "Địa điểm",
                Field.NOTES, "Ghi chú"));
    }

    /** The columns of a typical list of events. */
    static SheetLayout events() {
        return layout(SheetKind.EVENTS, Map.of(
                Field.UNIT, "Đơn vị", Field.NAME, "Tên lễ hội/sự kiện", Field.KIND, "Loại",
                Field.PLANNED_DATE, "Thời gian tổ chức", Field.END_DATE, "Kết thúc", Field.AMOUNT, "Kinh phí",
                Field.LOCATION, "Địa điểm", Field.NOTES, "Ghi chú"));
    }

    /** A list that mixes works and events. */
    static SheetLayout mixed() {
        return layout(SheetKind.MIXED, Map.of(
                Field.UNIT, "Đơn vị", Field.NAME, "Tên", Field.KIND, "Loại", Field.PLANNED_DATE, "Thời gian"));
    }

    /** A layout with the given kind and headers; columns are given in field order from A. */
    static SheetLayout layout(SheetKind kind, Map<Field, String> headers) {
        List<MappedColumn> columns = new ArrayList<>();
        int column = 0;
        for (Field field : Field.values()) {
            if (headers.containsKey(field)) {
                columns.add(new MappedColumn(field, column++, headers.get(field), MappingSource.HEADER_SYNONYM));
            }
        }
        return new SheetLayout("Danh sách", 0, false, new HeaderRows(3, 3, List.of()), new ColumnMapping(columns),
                List.of(), kind, "test layout", List.of(), List.of());
    }

    /** A row under construction. */
    static Row row(SheetLayout layout, int number) {
        return new Row(layout, number);
    }

    /** Builds a data row cell by cell. */
    static final class Row {
        private final SheetLayout layout;
        private final int number;
        private final Map<Field, FieldValue> values = new EnumMap<>(Field.class);
        private String groupUnit;
        private boolean hidden;

        private Row(SheetLayout layout, int number) {
            this.layout = layout;
            this.number = number;
        }

        Row text(Field field, String text) {
            values.put(field, new FieldValue(field, column(field), CellKind.TEXT, text, text, null, null,
                    TextEncoding.UNICODE, false, null));
            return this;
        }

        Row number(Field field, String number) {
            values.put(field, new FieldValue(field, column(field), CellKind.NUMBER, number, number,
                    new BigDecimal(number), null, null, false, null));
            return this;
        }

        Row date(Field field, LocalDate day) {
            values.put(field, new FieldValue(field, column(field), CellKind.DATE, day.toString(), day.toString(),
                    BigDecimal.valueOf(org.apache.poi.ss.usermodel.DateUtil.getExcelDate(day)), day.atStartOfDay(),
                    null, false, null));
            return this;
        }

        Row error(Field field, String error) {
            values.put(field, new FieldValue(field, column(field), CellKind.ERROR, error, error, null, null, null,
                    false, null));
            return this;
        }

        Row underGroupNaming(String unit) {
            groupUnit = unit;
            return this;
        }

        Row hidden() {
            hidden = true;
            return this;
        }

        DataRow build() {
            FieldValue unit = values.get(Field.UNIT);
            String unitText = unit != null ? unit.text() : groupUnit;
            UnitSource source = unit != null ? UnitSource.COLUMN : groupUnit != null ? UnitSource.GROUP_ROW : UnitSource.NONE;
            return new DataRow(layout.sheet(), number, unitText, source, List.of(), values, hidden);
        }

        private int column(Field field) {
            return layout.mapping().column(field).orElseThrow(() -> new IllegalArgumentException(
                    "the layout maps no column to " + field)).column();
        }
    }

    /** The letter of a field's column in a layout. */
    static String letter(SheetLayout layout, Field field) {
        return CellReference.convertNumToColString(layout.mapping().column(field).orElseThrow().column());
    }
}
