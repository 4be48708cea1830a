package vn.campaign.importer.layouts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.jspecify.annotations.Nullable;
import vn.campaign.importer.encoding.LegacyText;
import vn.campaign.importer.encoding.TextEncoding;

/**
 * Writes, from a seed, a small workbook (.xlsx, or .xls through POI HSSF) or CSV file that combines the quirks
 * of issue 12, and the registrations a person reads off it.
 *
 * <p>Each file draws: the format; works or events; a header over one to four rows (merged parents, amounts
 * split by source) with or without a row of column numbers; where the unit is (a unit column written as
 * people write it, numbered group rows with bullet works inside a Roman group, a title row, the sheet name,
 * the file name); the text encoding (Unicode, TCVN3 or VNI, as CSV bytes or as cells in a legacy font); the
 * form of each date (day, written out, day without year, Excel serial, run of days, start and end columns)
 * and amount (header unit, "ĐVT" line, text with thousands dots); kinds written out, abbreviated or left for
 * the name to tell; subtotals, totals, notes, a signature block, hidden rows of works that are not
 * registrations, and a pivot-like summary sheet.
 */
final class LayoutGenerator {

    /** A registration as a person reads it: "unit | name | kind | first day | last day or amount". */
    record Generated(Path file, List<String> works, List<String> events, String description) {
    }

    private static final String[][] WARDS = {{"Bắc Hà", "Phường"}, {"Nam Hà", "Phường"}, {"Trần Phú", "Phường"},
        {"Tân Giang", "Phường"}, {"Đại Nài", "Phường"}, {"Văn Yên", "Phường"}, {"Nguyễn Du", "Phường"},
        {"Thạch Trung", "Xã"}, {"Thạch Hạ", "Xã"}, {"Thạch Hưng", "Xã"}, {"Thạch Bình", "Xã"}, {"Đồng Môn", "Xã"}};
    private static final String[] FOLDED_UNITS = {"bac-ha", "nam-ha", "tran-phu", "tan-giang", "dai-nai", "van-yen",
        "nguyen-du", "thach-trung", "thach-ha", "thach-hung", "thach-binh", "dong-mon"};
    private static final String[] WORK_NAMES = {"Nhà văn hóa tổ dân phố", "Cổng chào khu dân cư", "Đường giao thông thôn",
        "Vỉa hè đường", "Trường mầm non cơ sở", "Kênh thoát nước khu"};
    private static final String[][] EVENT_NAMES = {{"Giải bóng đá thiếu niên", "SPORTS"},
        {"Lễ hội đền làng", "TRADITIONAL_FESTIVAL"}, {"Hội diễn văn nghệ", "CULTURAL"}, {"Giải cờ tướng", "SPORTS"}};

    private enum Format { XLSX, XLS, CSV }

    private enum Placement { COLUMN, GROUPS, TITLE, SHEET_NAME, FILE_NAME }

    private final Random random;
    private final int seed;
    private final Format format;
    private final boolean works;
    private final Placement placement;
    private final TextEncoding encoding;
    private final int depth;
    private final List<String> expectedWorks = new ArrayList<>();
    private final List<String> expectedEvents = new ArrayList<>();
    private final List<List<Object>> rows = new ArrayList<>();
    private final List<String> merges = new ArrayList<>();
    private final List<Integer> hidden = new ArrayList<>();
    private final List<String> description = new ArrayList<>();
    private int sequence;

    private LayoutGenerator(int seed) {
        this.seed = seed;
        this.random = new Random(seed);
        int f = random.nextInt(20);
        this.format = f < 8 ? Format.XLSX : f < 12 ? Format.XLS : Format.CSV;
        this.works = random.nextBoolean();
        Placement[] placements = Placement.values();
        Placement drawn = placements[random.nextInt(placements.length)];
        this.placement = drawn == Placement.SHEET_NAME && format == Format.CSV ? Placement.FILE_NAME : drawn;
        int e = random.nextInt(6);
        TextEncoding drawnEncoding = e < 3 ? TextEncoding.UNICODE : e < 5 ? TextEncoding.VNI : TextEncoding.TCVN3;
        // TCVN3 has no capital letters with tone marks in its lower-case fonts: its files keep to mixed case
        this.encoding = format == Format.XLS && drawnEncoding == TextEncoding.TCVN3 ? TextEncoding.VNI : drawnEncoding;
        this.depth = 1 + random.nextInt(works ? 4 : 2);
        description.addAll(List.of(format.name(), works ? "works" : "events", placement.name(), encoding.name(),
                "depth " + depth));
    }

    /**
     * Writes the file of a seed into a directory.
     *
     * @param seed the seed
     * @param directory where to write
     * @return the file and what it registers
     */
    static Generated generate(int seed, Path directory) {
        return new LayoutGenerator(seed).write(directory);
    }

    private Generated write(Path directory) {
        int unitCount = placement == Placement.COLUMN || placement == Placement.GROUPS ? 1 + random.nextInt(3) : 1;
        List<Integer> units = new ArrayList<>();
        while (units.size() < unitCount) {
            int u = random.nextInt(WARDS.length);
            if (!units.contains(u)) {
                units.add(u);
            }
        }
        String fileUnit = FOLDED_UNITS[units.get(0)];
        // titles
        boolean tcvn3 = encoding == TextEncoding.TCVN3;
        if (placement == Placement.TITLE) {
            String[] unit = WARDS[units.get(0)];
            int form = random.nextInt(3);
            if (form == 0 && !tcvn3) {
                rows.add(row("UBND THÀNH PHỐ HÀ TĨNH"));
                rows.add(row("UBND " + (unit[1] + " " + unit[0]).toUpperCase(Locale.ROOT)));
            } else if (form == 1 || tcvn3) {
                rows.add(row("Đơn vị: " + unit[1] + " " + unit[0]));
            } else {
                rows.add(row("Ủy ban nhân dân " + unit[1].toLowerCase(Locale.ROOT) + " " + unit[0]));
            }
            description.add("title");
        } else if (random.nextBoolean()) {
            rows.add(row(tcvn3 ? "Danh sách đăng ký" : "DANH SÁCH ĐĂNG KÝ CHÀO MỪNG"));
        }
        List<Column> columns = columns();
        Amounts amounts = works ? amounts() : Amounts.NONE;
        if (amounts.line != null) {
            List<Object> line = new ArrayList<>();
            for (int c = 0; c < columns.size() - 1; c++) {
                line.add("");
            }
            line.add(amounts.line);
            rows.add(line);
        }
        header(columns);
        // the registrations
        boolean roman = placement == Placement.GROUPS && random.nextBoolean();
        if (roman) {
            rows.add(cells(columns, "I", tcvn3 ? "Các đơn vị" : "CÁC ĐƠN VỊ"));
        }
        int unitNumber = 0;
        for (int u : units) {
            unitNumber++;
            if (placement == Placement.GROUPS) {
                rows.add(groupRow(columns, unitNumber, WARDS[u]));
            }
            int count = 1 + random.nextInt(3);
            long subtotal = 0;
            for (int r = 0; r < count; r++) {
                subtotal += registration(columns, WARDS[u], amounts);
            }
            if (placement == Placement.GROUPS && random.nextBoolean()) {
                rows.add(total(columns, "Cộng", subtotal, amounts));
            }
        }
        if (format != Format.CSV && random.nextInt(3) == 0) {
            // a hidden row: a work or event struck out of the signed list
            List<Object> struck = dataRow(columns, WARDS[units.get(0)], "Hạng mục đã hủy " + seed, "KT", "12/5/2022",
                    "Lễ hội", 1_000_000L, amounts);
            rows.add(struck);
            hidden.add(rows.size());
            description.add("hidden row");
        }
        int closing = random.nextInt(4);
        if (closing == 1) {
            rows.add(total(columns, tcvn3 ? "Tổng cộng" : "TỔNG CỘNG", 0, Amounts.NONE));
        } else if (closing == 2) {
            rows.add(cells(columns, "", "Tổng số: " + sequence + (works ? " công trình" : " sự kiện")));
        } else if (closing == 3) {
            rows.add(cells(columns, "", "Grand Total"));
        }
        if (random.nextBoolean()) {
            rows.add(row("Ghi chú: số liệu tạm tính đến ngày báo cáo"));
        }
        if (random.nextBoolean()) {
            rows.add(row(""));
            rows.add(cells(columns, "", "Người lập biểu"));
            rows.add(cells(columns, "", "Nguyễn Văn An"));
        }
        String base = "gen-" + seed + (placement == Placement.FILE_NAME ? "-dang-ky-" + fileUnit : "");
        String sheetName = placement == Placement.SHEET_NAME ? sheetName(WARDS[units.get(0)]) : "Biểu 01";
        Path file = directory.resolve(base + "." + format.name().toLowerCase(Locale.ROOT));
        if (format == Format.CSV) {
            writeCsv(file);
        } else {
            writeBook(file, sheetName);
        }
        return new Generated(file, expectedWorks, expectedEvents, String.join(", ", description));
    }

    // ------------------------------------------------------------------------------------------ header

    /** A column: its header path (top down) and the field it holds. */
    private record Column(List<String> path, String field) {
    }

    private List<Column> columns() {
        List<Column> columns = new ArrayList<>();
        columns.add(new Column(List.of("STT"), "seq"));
        if (placement == Placement.COLUMN) {
            columns.add(new Column(List.of(random.nextBoolean() ? "Đơn vị" : "Tên đơn vị"), "unit"));
        }
        String name = works ? (placement == Placement.GROUPS ? "Đơn vị, tên công trình" : "Tên công trình")
                : (placement == Placement.GROUPS ? "Đơn vị / Tên lễ hội, sự kiện" : "Tên lễ hội, sự kiện");
        columns.add(new Column(List.of(name), "name"));
        if (works) {
            switch (depth) {
                case 1 -> {
                    columns.add(new Column(List.of("Loại"), "kind"));
                    columns.add(new Column(List.of("Thời gian dự kiến"), "date"));
                    columns.add(new Column(List.of("Kinh phí"), "amount"));
                }
                case 2 -> {
                    columns.add(new Column(List.of("Nội dung đăng ký", "Loại"), "kind"));
                    columns.add(new Column(List.of("Nội dung đăng ký", "Thời gian"), "date"));
                    columns.add(new Column(List.of("Kinh phí", "Tổng số"), "amount"));
                    columns.add(new Column(List.of("Kinh phí", "Ngân sách"), "split"));
                }
                case 3 -> {
                    columns.add(new Column(List.of("Loại"), "kind"));
                    columns.add(new Column(List.of("Thời gian"), "date"));
                    columns.add(new Column(List.of("Kinh phí dự kiến", "Tổng số"), "amount"));
                    columns.add(new Column(List.of("Kinh phí dự kiến", "Trong đó", "Ngân sách"), "split"));
                    columns.add(new Column(List.of("Kinh phí dự kiến", "Trong đó", "Xã hội hóa"), "none"));
                }
                default -> {
                    columns.add(new Column(List.of("Nội dung đăng ký", "Loại"), "kind"));
                    columns.add(new Column(List.of("Nội dung đăng ký", "Thời gian"), "date"));
                    columns.add(new Column(List.of("Nội dung đăng ký", "Kinh phí", "Tổng cộng"), "amount"));
                    columns.add(new Column(List.of("Nội dung đăng ký", "Kinh phí", "Trong đó", "Vốn ngân sách"),
                            "split"));
                    columns.add(new Column(List.of("Nội dung đăng ký", "Kinh phí", "Trong đó", "Vốn xã hội hóa"),
                            "none"));
                }
            }
        } else {
            columns.add(new Column(List.of("Loại"), "kind"));
            if (depth == 2) {
                columns.add(new Column(List.of("Thời gian", "Bắt đầu"), "start"));
                columns.add(new Column(List.of("Thời gian", "Kết thúc"), "end"));
            } else {
                columns.add(new Column(List.of("Thời gian tổ chức"), "span"));
            }
            columns.add(new Column(List.of("Địa điểm"), "place"));
        }
        return columns;
    }

    private void header(List<Column> columns) {
        int first = rows.size() + 1;
        for (int level = 0; level < depth; level++) {
            List<Object> row = new ArrayList<>();
            for (int c = 0; c < columns.size(); c++) {
                List<String> path = columns.get(c).path();
                boolean starts = level < path.size() && (c == 0 || !samePrefix(columns.get(c - 1).path(), path, level));
                row.add(starts ? path.get(level) : "");
            }
            rows.add(row);
        }
        for (int c = 0; c < columns.size(); c++) {
            List<String> path = columns.get(c).path();
            for (int level = 0; level < path.size(); level++) {
                if (c > 0 && samePrefix(columns.get(c - 1).path(), path, level)) {
                    continue;
                }
                int last = c;
                while (last + 1 < columns.size() && samePrefix(columns.get(last + 1).path(), path, level)) {
                    last++;
                }
                int bottom = level == path.size() - 1 ? depth - 1 : level;
                if (last > c || bottom > level) {
                    merges.add(letter(c) + (first + level) + ":" + letter(last) + (first + bottom));
                }
            }
        }
        int numbering = random.nextInt(4);
        if (numbering > 0) {
            List<Object> row = new ArrayList<>();
            for (int c = 0; c < columns.size(); c++) {
                row.add(switch (numbering) {
                    case 1 -> "(" + (c + 1) + ")";
                    case 2 -> c < 3 ? String.valueOf((char) ('A' + c)) : String.valueOf(c - 2);
                    default -> String.valueOf(c + 1);
                });
            }
            rows.add(row);
            description.add("numbering row");
        }
    }

    private static boolean samePrefix(List<String> a, List<String> b, int level) {
        return a.size() > level && b.size() > level && a.subList(0, level + 1).equals(b.subList(0, level + 1));
    }

    private static String letter(int column) {
        return String.valueOf((char) ('A' + column));
    }

    // ------------------------------------------------------------------------------------------ rows

    /** How amounts are written: the line stating their unit, the divisor from đồng, and whether as text. */
    private record Amounts(@Nullable String line, long divisor, boolean text) {
        static final Amounts NONE = new Amounts(null, 1, false);
    }

    private Amounts amounts() {
        return switch (random.nextInt(4)) {
            case 0 -> new Amounts("ĐVT: triệu đồng", 1_000_000, false);
            case 1 -> new Amounts("Đơn vị tính: nghìn đồng", 1_000, false);
            case 2 -> new Amounts(null, 1, true);
            default -> new Amounts(null, 1, false);
        };
    }

    private List<Object> groupRow(List<Column> columns, int number, String[] unit) {
        return switch (random.nextInt(4)) {
            case 0 -> cells(columns, String.valueOf(number), unit[1] + " " + unit[0]);
            case 1 -> cells(columns, "", number + ". " + unit[1] + " " + unit[0]);
            case 2 -> cells(columns, "", "UBND " + unit[1].toLowerCase(Locale.ROOT) + " " + unit[0]);
            default -> cells(columns, number + ".", unit[1].equals("Phường") ? "P." + unit[0] : unit[1] + " " + unit[0]);
        };
    }

    /** One registration row; returns its amount in đồng. */
    private long registration(List<Column> columns, String[] unit, Amounts amounts) {
        sequence++;
        String unitName = unit[1] + " " + unit[0];
        LocalDate day = LocalDate.of(2022, 4, 10).plusDays(random.nextInt(55));
        long amount = (50 + random.nextInt(3000)) * 1_000_000L;
        if (works) {
            boolean inauguration = random.nextBoolean();
            String name = WORK_NAMES[random.nextInt(WORK_NAMES.length)] + " " + seed + "-" + sequence;
            String kind = switch (random.nextInt(4)) {
                case 0 -> inauguration ? "Khánh thành" : "Khởi công";
                case 1 -> inauguration ? "KT" : "KC";
                case 2 -> inauguration ? "khánh thành" : "Khởi công xây dựng";
                default -> "";
            };
            if (kind.isEmpty()) {
                name = (inauguration ? "Khánh thành " : "Khởi công ") + name;
            }
            Object date = date(day);
            rows.add(dataRow(columns, unit, name, kind, date, "", amount, amounts));
            expectedWorks.add(unitName + " | " + name + " | " + (inauguration ? "INAUGURATION" : "GROUNDBREAKING")
                    + " | " + day + " | " + amount);
            return amount;
        }
        String[] event = EVENT_NAMES[random.nextInt(EVENT_NAMES.length)];
        String name = event[0] + " " + seed + "-" + sequence;
        String kind = switch (event[1]) {
            case "SPORTS" -> random.nextBoolean() ? "Thể thao" : "TDTT";
            case "CULTURAL" -> random.nextBoolean() ? "Văn hóa" : "VH-VN";
            default -> random.nextBoolean() ? "Lễ hội truyền thống" : "Lễ hội";
        };
        if (random.nextInt(4) == 0) {
            kind = "";
        }
        LocalDate end = random.nextBoolean() ? day : day.plusDays(1 + random.nextInt(3));
        Object span = depth == 2 ? null : span(day, end);
        rows.add(dataRow(columns, unit, name, kind, span == null ? dayText(day) : span, dayText(end), amount, amounts));
        expectedEvents.add(unitName + " | " + name + " | " + event[1] + " | " + day + " | "
                + (end.equals(day) && depth != 2 ? "null" : end));
        return 0;
    }

    private List<Object> dataRow(List<Column> columns, String[] unit, String name, String kind, Object date,
            Object end, long amount, Amounts amounts) {
        List<Object> row = new ArrayList<>();
        boolean bullet = placement == Placement.GROUPS && random.nextBoolean();
        for (Column column : columns) {
            Object value = switch (column.field()) {
                case "seq" -> bullet ? new String[] {"-", "+", "•"}[random.nextInt(3)] : String.valueOf(sequence);
                case "unit" -> unitText(unit);
                case "name" -> placement == Placement.GROUPS && !bullet && random.nextBoolean() ? "- " + name : name;
                case "kind" -> kind;
                case "date", "span", "start" -> date;
                case "end" -> end;
                case "place" -> "Sân vận động";
                case "amount" -> amount(amount, amounts);
                case "split" -> amount(amount, amounts);
                default -> "";
            };
            row.add(value);
        }
        return row;
    }

    private Object amount(long amount, Amounts amounts) {
        if (amounts.text()) {
            return String.format(Locale.ROOT, "%,d", amount).replace(',', '.');
        }
        long value = amount / amounts.divisor();
        return format == Format.CSV ? String.valueOf(value) : (Object) value;
    }

    private String unitText(String[] unit) {
        return switch (random.nextInt(6)) {
            case 0 -> unit[1] + " " + unit[0];
            case 1 -> (unit[1].equals("Phường") ? "P. " : "X. ") + unit[0];
            case 2 -> "UBND " + unit[1].toLowerCase(Locale.ROOT) + " " + unit[0];
            case 3 -> (unit[1].equals("Phường") ? "P " : "Xã ") + unit[0];
            case 4 -> encoding == TextEncoding.TCVN3 ? "UBND " + unit[1] + " " + unit[0]
                    : "Ủy ban nhân dân " + unit[1].toLowerCase(Locale.ROOT) + " " + unit[0];
            default -> unit[0];
        };
    }

    private Object date(LocalDate day) {
        return switch (random.nextInt(7)) {
            case 0 -> String.format(Locale.ROOT, "%02d/%02d/%d", day.getDayOfMonth(), day.getMonthValue(), day.getYear());
            case 1 -> day.getDayOfMonth() + "/" + day.getMonthValue() + "/" + day.getYear();
            case 2 -> String.format(Locale.ROOT, "%02d-%02d-%d", day.getDayOfMonth(), day.getMonthValue(), day.getYear());
            case 3 -> "ngày " + day.getDayOfMonth() + " tháng " + day.getMonthValue() + " năm " + day.getYear();
            case 4 -> day.getDayOfMonth() + "/" + day.getMonthValue();
            case 5 -> format == Format.CSV ? day.toString() : (Object) (double) excelSerial(day);
            default -> day.getDayOfMonth() + "." + day.getMonthValue() + "." + day.getYear();
        };
    }

    private Object span(LocalDate first, LocalDate last) {
        if (first.equals(last)) {
            return random.nextBoolean() ? dayText(first) : "Ngày " + first.getDayOfMonth() + " tháng "
                    + first.getMonthValue() + " năm " + first.getYear();
        }
        return switch (random.nextInt(4)) {
            case 0 -> first.getMonthValue() == last.getMonthValue()
                    ? first.getDayOfMonth() + "-" + last.getDayOfMonth() + "/" + last.getMonthValue() + "/" + last.getYear()
                    : first.getDayOfMonth() + "/" + first.getMonthValue() + " - " + dayText(last);
            case 1 -> first.getDayOfMonth() + "/" + first.getMonthValue() + "-" + dayText(last);
            case 2 -> first.getDayOfMonth() + "/" + first.getMonthValue() + " - " + String.format(Locale.ROOT,
                    "%02d/%d/%d", last.getDayOfMonth(), last.getMonthValue(), last.getYear());
            default -> "Từ ngày " + first.getDayOfMonth() + "/" + first.getMonthValue() + " đến ngày " + dayText(last);
        };
    }

    private static String dayText(LocalDate day) {
        return day.getDayOfMonth() + "/" + day.getMonthValue() + "/" + day.getYear();
    }

    private static long excelSerial(LocalDate day) {
        return day.toEpochDay() - LocalDate.of(1899, 12, 30).toEpochDay();
    }

    private List<Object> total(List<Column> columns, String label, long sum, Amounts amounts) {
        List<Object> row = cells(columns, "", label);
        int amountColumn = columns.stream().map(Column::field).toList().indexOf("amount");
        if (amountColumn >= 0 && sum > 0) {
            row.set(amountColumn, amount(sum, amounts));
        }
        return row;
    }

    /** A row with a text in the sequence column and one in the name column. */
    private static List<Object> cells(List<Column> columns, String sequence, String text) {
        List<Object> row = new ArrayList<>();
        for (Column column : columns) {
            row.add(column.field().equals("seq") ? sequence : column.field().equals("name") ? text : "");
        }
        return row;
    }

    private static List<Object> row(String text) {
        List<Object> row = new ArrayList<>();
        row.add(text);
        return row;
    }

    private static String sheetName(String[] unit) {
        return unit[1].equals("Phường") ? "P. " + unit[0] : unit[1] + " " + unit[0];
    }

    // ------------------------------------------------------------------------------------------ writing

    private String encoded(String text) {
        return encoding == TextEncoding.UNICODE ? text : LegacyText.encode(text, encoding);
    }

    private void writeBook(Path file, String sheetName) {
        Book book = new Book();
        Book.SheetSpec sheet = book.sheet(sheetName);
        if (encoding == TextEncoding.VNI) {
            sheet.font("VNI-Times");
        } else if (encoding == TextEncoding.TCVN3) {
            sheet.font(".VnTime");
        }
        for (int r = 0; r < rows.size(); r++) {
            sheet.row(r + 1, rows.get(r).stream().map(v -> v instanceof String s ? encoded(s) : v).toArray());
        }
        sheet.merge(merges.toArray(String[]::new));
        sheet.hide(hidden.toArray(Integer[]::new));
        if (random.nextBoolean()) {
            boolean english = random.nextBoolean();
            book.sheet("Tổng hợp")
                    .row(1, english ? "Row Labels" : "Nhãn Hàng", english ? "Count of Tên" : "Đếm Tên")
                    .row(2, "Phường Bắc Hà", 2)
                    .row(3, english ? "Grand Total" : "Tổng Cuối", 2);
            description.add("pivot sheet");
        }
        book.write(file);
    }

    private void writeCsv(Path file) {
        StringBuilder text = new StringBuilder();
        for (List<Object> row : rows) {
            List<String> fields = new ArrayList<>();
            for (Object value : row) {
                String field = String.valueOf(value);
                fields.add(field.contains(",") || field.contains("\"") ? "\"" + field.replace("\"", "\"\"") + "\"" : field);
            }
            text.append(String.join(",", fields)).append("\r\n");
        }
        try {
            Files.write(file, encoding == TextEncoding.UNICODE ? text.toString().getBytes(StandardCharsets.UTF_8)
                    : LegacyText.encode(text.toString(), encoding).getBytes(StandardCharsets.ISO_8859_1));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
