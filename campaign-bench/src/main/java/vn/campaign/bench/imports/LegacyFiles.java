package vn.campaign.bench.imports;

import java.nio.file.Path;

import vn.campaign.testsupport.LegacySheet;
import vn.campaign.testsupport.LegacyWorks;

/**
 * Writes files in the layout of the city's legacy spreadsheets: two title lines and a blank line above the
 * header ({@code STT, Đơn vị, Tên công trình, Loại, Thời gian dự kiến, Kinh phí (đồng), Gắn biển}), then one
 * work a row, spread over the 15 wards and communes by name, every day of the campaign, one in three with a
 * plaque ({@link LegacyWorks}). Every row is a valid, distinct work, so a dry run imports all of them.
 */
public final class LegacyFiles {

    private static final String TITLE = "UBND THÀNH PHỐ HÀ TĨNH";
    private static final String SUBTITLE = "DANH SÁCH CÔNG TRÌNH CHÀO MỪNG KỶ NIỆM (Chỉ thị 32-CT/Th.Uy)";

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
        return sheet(rows).xlsx(file);
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
        return sheet(rows).xls(file);
    }

    /**
     * Writes a UTF-8 {@code .csv} file with the same lines.
     *
     * @param file where
     * @param rows how many works
     * @return the file
     */
    public static Path csv(Path file, int rows) {
        return sheet(rows).csv(file);
    }

    private static LegacySheet sheet(int rows) {
        return LegacyWorks.sheet(rows).withTitles(TITLE, SUBTITLE, "");
    }
}
