package vn.campaign.api.imports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import vn.campaign.core.unit.HaTinhCity;
import vn.campaign.core.unit.Unit;
import vn.campaign.testsupport.LegacySheet;
import vn.campaign.testsupport.UnreadableFiles;

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
        return LegacySheet.of("Công trình chào mừng", HEADER, rows.size(), i -> {
            WorkRow work = rows.get(i - 1);
            return new Object[] {i, work.unit(), work.name(), work.kind(), work.plannedOn(), work.investment()};
        }).xlsx();
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
        return UnreadableFiles.encrypted("matkhau");
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
}
