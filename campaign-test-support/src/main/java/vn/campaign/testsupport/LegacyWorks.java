package vn.campaign.testsupport;

import java.time.LocalDate;
import java.util.List;

import vn.campaign.core.unit.HaTinhCity;
import vn.campaign.core.unit.Unit;

/**
 * Valid, distinct works in the columns of the city's lists ({@link #HEADER}), as many as asked: work {@code i}
 * is "Công trình số {@code i}" of the {@code i}-th of the 15 wards and communes (by name, round the list), an
 * inauguration when {@code i} is even and a groundbreaking otherwise, planned {@code i mod 60} days after
 * 10 April 2022 (inside Directive 32's campaign), costing {@code (i mod 5,000 + 1)} million đồng, and marked for
 * a plaque ("x") when {@code i} is a multiple of three. A dry run imports every one of them.
 */
public final class LegacyWorks {

    /** The column headings, in order. */
    public static final List<String> HEADER = List.of("STT", "Đơn vị", "Tên công trình", "Loại", "Thời gian dự kiến",
            "Kinh phí (đồng)", "Gắn biển");

    private static final LocalDate FIRST_DAY = LocalDate.of(2022, 4, 10);
    private static final List<String> UNITS = HaTinhCity.wardsAndCommunes().stream().map(Unit::name).toList();

    private LegacyWorks() {
    }

    /**
     * A sheet named "Công trình" of that many works, the header on its first row.
     *
     * @param rows how many works
     * @return the sheet
     */
    public static LegacySheet sheet(int rows) {
        return LegacySheet.of("Công trình", HEADER, rows, LegacyWorks::row);
    }

    /**
     * The name of work {@code i}.
     *
     * @param i the work's number, from 1
     * @return "Công trình số {@code i}"
     */
    public static String name(int i) {
        return "Công trình số " + i;
    }

    private static Object[] row(int i) {
        return new Object[] {i, UNITS.get(i % UNITS.size()), name(i), i % 2 == 0 ? "Khánh thành" : "Khởi công",
            FIRST_DAY.plusDays(i % 60), 1_000_000L * (i % 5_000 + 1), i % 3 == 0 ? "x" : ""};
    }
}
