package vn.campaign.importer.report;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import vn.campaign.core.application.Saved;
import vn.campaign.importer.issue.Issue;

/**
 * Prints an {@link ImportReport} for people: per file its format, its sheets (header, columns chosen,
 * encodings, skipped rows), the counts, the first works and events stored, and the issues as a table
 * with sheet, row, column, severity, code, message and value. Long lists are cut after a limit; the
 * JSON report always holds everything.
 */
public final class ReportTable {

    /** How many issues are printed per file by default. */
    public static final int DEFAULT_MAX_ISSUES = 50;
    /** How many works and how many events are printed per file by default. */
    public static final int DEFAULT_MAX_ROWS = 20;

    private static final int MESSAGE_WIDTH = 90;
    private static final int VALUE_WIDTH = 30;
    private static final int TEXT_WIDTH = 45;

    private final int maxIssues;
    private final int maxRows;

    /**
     * A printer with limits.
     *
     * @param maxIssues how many issues to print per file, at least 0
     * @param maxRows   how many works and how many events to print per file, at least 0
     */
    public ReportTable(int maxIssues, int maxRows) {
        if (maxIssues < 0 || maxRows < 0) {
            throw new IllegalArgumentException("limits must not be negative, were " + maxIssues + " and " + maxRows);
        }
        this.maxIssues = maxIssues;
        this.maxRows = maxRows;
    }

    /**
     * A printer with the default limits.
     *
     * @return the printer
     */
    public static ReportTable withDefaults() {
        return new ReportTable(DEFAULT_MAX_ISSUES, DEFAULT_MAX_ROWS);
    }

    /**
     * The report as text.
     *
     * @param report the report
     * @return the lines, each ending with a line break
     */
    public String render(ImportReport report) {
        StringWriter text = new StringWriter();
        print(report, text);
        return text.toString();
    }

    /**
     * Prints a report, flushing but not closing the writer.
     *
     * @param report the report
     * @param writer where to print
     */
    public void print(ImportReport report, Writer writer) {
        Objects.requireNonNull(report, "report");
        PrintWriter out = writer instanceof PrintWriter p ? p : new PrintWriter(writer);
        out.println("Campaign " + report.campaign() + (report.dryRun() ? " — dry run: checked, nothing stored" : ""));
        for (FileReport file : report.files()) {
            out.println();
            printFile(file, out);
        }
        out.println();
        Counts totals = report.totals();
        out.println("Total: " + report.files().size() + (report.files().size() == 1 ? " file" : " files") + " · "
                + counts(totals) + " · " + describe(report.status()));
        out.flush();
    }

    private void printFile(FileReport file, PrintWriter out) {
        out.println(file.file() + " (" + (file.format() == null ? "format unknown" : file.format()) + ", "
                + String.format(Locale.ROOT, "%.1f s", file.durationMillis() / 1000.0) + ")");
        for (SheetReport sheet : file.sheets()) {
            printSheet(sheet, out);
        }
        if (file.error() != null) {
            out.println("  NOT IMPORTED (" + file.error().code() + "): " + file.error().message());
            out.println(file.error().nothingStored() ? "  Nothing of this file was stored."
                    : "  Outcome unknown: some rows may have been stored; see the import history; importing again is"
                            + " safe.");
            return;
        }
        file.noRegistration().ifPresent(none -> out.println("  " + none.code() + ": " + none.message()));
        out.println("  Rows: " + counts(file.counts()));
        printWorks(file, out);
        printEvents(file, out);
        printIssues(file, out);
    }

    private static void printSheet(SheetReport sheet, PrintWriter out) {
        StringBuilder title = new StringBuilder("  Sheet \"").append(sheet.name()).append('"');
        if (sheet.hidden()) {
            title.append(" (hidden)");
        }
        title.append(": ").append(sheet.kind());
        if (!sheet.kindEvidence().isBlank()) {
            title.append(" (").append(sheet.kindEvidence()).append(')');
        }
        if (sheet.headerFirstRow() != null) {
            title.append(", header ").append(Objects.equals(sheet.headerFirstRow(), sheet.headerLastRow())
                    ? "row " + sheet.headerFirstRow() : "rows " + sheet.headerFirstRow() + "–" + sheet.headerLastRow());
        } else {
            title.append(", no header found");
        }
        title.append(", ").append(sheet.dataRows()).append(" data rows of ").append(sheet.lastRow());
        out.println(title);
        if (!sheet.columns().isEmpty()) {
            out.println("    Columns: " + sheet.columns().stream()
                    .map(c -> c.field() + "=" + c.column() + (c.header().isBlank() ? "" : " \"" + cut(c.header(), 40) + "\"")
                            + (c.source().equals("EXPLICIT") ? " (explicit)" : ""))
                    .collect(Collectors.joining(", ")));
        }
        if (!sheet.unmappedColumns().isEmpty()) {
            out.println("    Not read: " + sheet.unmappedColumns().stream()
                    .map(c -> c.column() + " \"" + cut(c.header(), 40) + "\"" + (c.hidden() ? " (hidden)" : ""))
                    .collect(Collectors.joining(", ")));
        }
        if (sheet.charset() != null) {
            out.println("    Charset: " + sheet.charset()
                    + (sheet.charsetEvidence() == null ? "" : " — " + sheet.charsetEvidence()));
        }
        for (EncodingChoice encoding : sheet.encodings()) {
            out.println("    Encoding: " + encoding.scope() + " → " + encoding.encoding() + ", " + encoding.cells()
                    + (encoding.cells() == 1 ? " cell" : " cells") + " from " + encoding.firstCell() + " — "
                    + cut(encoding.evidence(), MESSAGE_WIDTH));
        }
        if (!sheet.skippedRows().isEmpty()) {
            out.println("    Skipped: " + sheet.skippedRows().entrySet().stream()
                    .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", ")));
        }
        if (sheet.formulaCells() > 0) {
            out.println("    Formulas: " + sheet.formulaCells() + " cells, read as their cached values");
        }
        for (String note : sheet.notes()) {
            out.println("    Note: " + note);
        }
    }

    private void printWorks(FileReport file, PrintWriter out) {
        if (file.works().isEmpty() || maxRows == 0) {
            return;
        }
        List<List<String>> rows = new ArrayList<>();
        for (WorkLine work : file.works().subList(0, Math.min(maxRows, file.works().size()))) {
            rows.add(List.of(work.sheet(), String.valueOf(work.row()), work.unitCode(), cut(work.name(), TEXT_WIDTH),
                    work.kind().name(), text(work.plannedOn()), work.investmentVnd() == null ? ""
                            : String.format(Locale.ROOT, "%,d", work.investmentVnd()),
                    work.plaqueRequested() ? "yes" : "", change(work.change(), work.changedFields())));
        }
        out.println("  Works" + more(file.works().size()) + ":");
        table(List.of("Sheet", "Row", "Unit", "Name", "Kind", "Planned on", "Investment (VND)", "Plaque", "Change"),
                List.of(false, true, false, false, false, false, true, false, false), rows, out);
    }

    private void printEvents(FileReport file, PrintWriter out) {
        if (file.events().isEmpty() || maxRows == 0) {
            return;
        }
        List<List<String>> rows = new ArrayList<>();
        for (EventLine event : file.events().subList(0, Math.min(maxRows, file.events().size()))) {
            rows.add(List.of(event.sheet(), String.valueOf(event.row()), event.unitCode(),
                    cut(event.name(), TEXT_WIDTH), event.kind().name(), text(event.startsOn()), text(event.endsOn()),
                    change(event.change(), event.changedFields())));
        }
        out.println("  Events" + more(file.events().size()) + ":");
        table(List.of("Sheet", "Row", "Unit", "Name", "Kind", "Starts on", "Ends on", "Change"),
                List.of(false, true, false, false, false, false, false, false), rows, out);
    }

    private void printIssues(FileReport file, PrintWriter out) {
        List<Issue> issues = file.issues();
        if (issues.isEmpty()) {
            out.println("  Issues: none");
            return;
        }
        long errors = issues.stream().filter(Issue::rejectsRow).count();
        Map<String, Long> byCode = new TreeMap<>(issues.stream()
                .collect(Collectors.groupingBy(issue -> issue.code().name(), Collectors.counting())));
        out.println("  Issues: " + errors + (errors == 1 ? " error, " : " errors, ") + (issues.size() - errors)
                + (issues.size() - errors == 1 ? " warning" : " warnings") + " ("
                + byCode.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "))
                + ")");
        if (maxIssues == 0) {
            return;
        }
        // errors first, then warnings up to the limit, printed in the order of the file
        List<Integer> picked = new ArrayList<>();
        for (int i = 0; i < issues.size() && picked.size() < maxIssues; i++) {
            if (issues.get(i).rejectsRow()) {
                picked.add(i);
            }
        }
        for (int i = 0; i < issues.size() && picked.size() < maxIssues; i++) {
            if (!issues.get(i).rejectsRow()) {
                picked.add(i);
            }
        }
        picked.sort(null);
        List<Issue> shown = picked.stream().map(issues::get).toList();
        List<List<String>> rows = new ArrayList<>();
        for (Issue issue : shown) {
            rows.add(List.of(issue.sheet(), String.valueOf(issue.row()), issue.column() == null ? "" : issue.column(),
                    issue.severity().name(), issue.code().name(), cut(issue.message().vi(), MESSAGE_WIDTH),
                    issue.value() == null ? "" : cut(issue.value(), VALUE_WIDTH)));
        }
        table(List.of("Sheet", "Row", "Col", "Severity", "Code", "Message", "Value"),
                List.of(false, true, false, false, false, false, false), rows, out);
        if (shown.size() < issues.size()) {
            out.println("  … " + (issues.size() - shown.size()) + " more issues in the JSON report (--report)");
        }
    }

    private static void table(List<String> headers, List<Boolean> rightAligned, List<List<String>> rows,
            PrintWriter out) {
        int[] widths = new int[headers.size()];
        for (int c = 0; c < headers.size(); c++) {
            widths[c] = width(headers.get(c));
            for (List<String> row : rows) {
                widths[c] = Math.max(widths[c], width(row.get(c)));
            }
        }
        out.println(line(headers, widths, rightAligned));
        List<String> rules = new ArrayList<>();
        for (int width : widths) {
            rules.add("-".repeat(width));
        }
        out.println(line(rules, widths, rightAligned));
        for (List<String> row : rows) {
            out.println(line(row, widths, rightAligned));
        }
    }

    private static String line(List<String> cells, int[] widths, List<Boolean> rightAligned) {
        StringBuilder line = new StringBuilder("  ");
        for (int c = 0; c < cells.size(); c++) {
            String cell = cells.get(c);
            String padding = " ".repeat(widths[c] - width(cell));
            line.append(rightAligned.get(c) ? padding + cell : cell + (c == cells.size() - 1 ? "" : padding));
            if (c < cells.size() - 1) {
                line.append("  ");
            }
        }
        return line.toString().stripTrailing();
    }

    /** How many columns a text takes on a terminal: its code points, combining marks not counted. */
    static int width(String text) {
        String composed = Normalizer.normalize(text, Normalizer.Form.NFC);
        int width = 0;
        for (int i = 0; i < composed.length(); ) {
            int codePoint = composed.codePointAt(i);
            int type = Character.getType(codePoint);
            if (type != Character.NON_SPACING_MARK && type != Character.ENCLOSING_MARK) {
                width++;
            }
            i += Character.charCount(codePoint);
        }
        return width;
    }

    static String cut(String text, int max) {
        String oneLine = text.replace('\n', ' ').replace('\r', ' ');
        if (oneLine.codePointCount(0, oneLine.length()) <= max) {
            return oneLine;
        }
        return oneLine.substring(0, oneLine.offsetByCodePoints(0, max - 1)) + "…";
    }

    private String more(int total) {
        return total > maxRows ? " (first " + maxRows + " of " + total + ")" : "";
    }

    private static String text(@Nullable Object value) {
        return value == null ? "" : value.toString();
    }

    /** The change, with the fields a row of an exported file changed: "UPDATED plannedOn, investment". */
    private static String change(Saved.Change change, List<String> fields) {
        return fields.isEmpty() ? change.name() : change.name() + " " + String.join(", ", fields);
    }

    private static String counts(Counts counts) {
        return "read " + counts.read() + ", imported " + counts.imported() + ", updated " + counts.updated()
                + ", unchanged " + counts.unchanged()
                + (counts.conflicts() > 0 ? ", conflicts " + counts.conflicts() : "")
                + ", rejected " + counts.rejected() + ", skipped " + counts.skipped();
    }

    private static String describe(ImportStatus status) {
        return switch (status) {
            case COMPLETE -> "every data row was stored";
            case ROWS_REJECTED -> "some rows were rejected or no registration was recognised";
            case FILE_FAILED -> "a file could not be imported";
        };
    }
}
