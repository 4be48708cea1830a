package vn.campaign.importer.source;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.OldExcelFormatException;
import org.apache.poi.hssf.usermodel.HSSFCell;
import org.apache.poi.hssf.usermodel.HSSFCellStyle;
import org.apache.poi.hssf.usermodel.HSSFFont;
import org.apache.poi.hssf.usermodel.HSSFRichTextString;
import org.apache.poi.hssf.usermodel.HSSFRow;
import org.apache.poi.hssf.usermodel.HSSFSheet;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.ExcelNumberFormat;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.NumberToTextConverter;
import org.jspecify.annotations.Nullable;
import vn.campaign.importer.encoding.TextRun;

/**
 * Reads an OLE2 compound file: a BIFF8 {@code .xls} workbook through HSSF's usermodel (such a file
 * holds at most 65,536 rows a sheet), or refuses an encrypted {@code .xlsx}, which Office stores in an
 * OLE2 container with {@code EncryptionInfo} and {@code EncryptedPackage} streams.
 */
final class XlsReader {

    private static final List<String> WORKBOOK_ENTRIES = List.of("Workbook", "WORKBOOK", "WorkBook", "BOOK");

    private final Path path;
    private final CellChecks checks;
    private final Map<Short, Style> styles = new HashMap<>();

    XlsReader(Path path, CellChecks checks) {
        this.path = path;
        this.checks = checks;
    }

    void read(RawSheetHandler handler) {
        try (POIFSFileSystem fs = new POIFSFileSystem(path.toFile(), true)) {
            DirectoryNode root = fs.getRoot();
            if (root.hasEntry("EncryptionInfo") || root.hasEntry("EncryptedPackage")) {
                throw encrypted(null);
            }
            if (WORKBOOK_ENTRIES.stream().noneMatch(root::hasEntry)) {
                if (root.hasEntry("Book")) {
                    throw UnreadableFileException.of(UnreadableFileException.Problem.UNSUPPORTED_FORMAT,
                            checks.file(), "the workbook is in the Excel 5.0/95 format; save it as .xlsx");
                }
                throw UnreadableFileException.of(UnreadableFileException.Problem.NOT_A_SPREADSHEET, checks.file(),
                        "the file is an OLE2 document (such as a Word .doc) but not an Excel workbook");
            }
            try (HSSFWorkbook workbook = new HSSFWorkbook(root, true)) {
                checks.sheetCount(workbook.getNumberOfSheets());
                for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
                    readSheet(workbook, i, handler);
                }
            }
        } catch (EncryptedDocumentException e) {
            throw encrypted(e);
        } catch (OldExcelFormatException e) {
            throw UnreadableFileException.of(UnreadableFileException.Problem.UNSUPPORTED_FORMAT, checks.file(),
                    "the workbook is in an old Excel format (5.0/95 or earlier); save it as .xlsx", e);
        } catch (IOException | RuntimeException e) {
            if (e instanceof UnreadableFileException unreadable) {
                throw unreadable;
            }
            throw UnreadableFileException.of(UnreadableFileException.Problem.DAMAGED, checks.file(),
                    "the file is damaged or not a valid Excel 97–2003 workbook: " + e.getMessage(), e);
        }
    }

    private UnreadableFileException encrypted(@Nullable Exception cause) {
        String detail = "the workbook is encrypted (protected by a password); remove the password in Excel "
                + "and save it again";
        return cause == null
                ? UnreadableFileException.of(UnreadableFileException.Problem.ENCRYPTED, checks.file(), detail)
                : UnreadableFileException.of(UnreadableFileException.Problem.ENCRYPTED, checks.file(), detail, cause);
    }

    private void readSheet(HSSFWorkbook workbook, int index, RawSheetHandler handler) {
        HSSFSheet sheet = workbook.getSheetAt(index);
        String name = workbook.getSheetName(index);
        List<Integer> hiddenColumns = new ArrayList<>();
        for (int column = 0; column < Math.min(checks.limits().maxColumns(), 256); column++) {
            if (sheet.isColumnHidden(column)) {
                hiddenColumns.add(column);
            }
        }
        List<MergedRange> merges = new ArrayList<>();
        for (CellRangeAddress range : sheet.getMergedRegions()) {
            merges.add(new MergedRange(range.getFirstRow() + 1, range.getLastRow() + 1, range.getFirstColumn(),
                    range.getLastColumn()));
        }
        boolean hidden = workbook.isSheetHidden(index) || workbook.isSheetVeryHidden(index);
        ColumnSamples samples = new ColumnSamples();
        for (Row row : sheet) {
            for (Cell cell : row) {
                // only plain texts are sampled: numbers and dates are not converted, so not looked at here
                int column = cell.getColumnIndex();
                if (column < checks.limits().maxColumns() && samples.wants(column) && isText(cell)) {
                    RawCell raw = cell(workbook, (HSSFCell) cell);
                    if (raw != null && raw.runs().isEmpty()) {
                        samples.add(column, raw.text(), raw.fontName());
                    }
                }
            }
        }
        handler.startSheet(SheetInfo.workbookSheet(name, index, hidden, hiddenColumns, merges, samples.votes()));
        for (Row row : sheet) {
            int number = row.getRowNum() + 1;
            checks.row(name, number);
            List<RawCell> cells = new ArrayList<>();
            for (Cell cell : row) {
                RawCell raw = cell(workbook, (HSSFCell) cell);
                if (raw != null) {
                    checks.column(name, number, raw.column());
                    checks.text(name, number, raw.column(), raw.text());
                    cells.add(raw);
                }
            }
            handler.row(new RawRow(number, cells, ((HSSFRow) row).getZeroHeight()));
        }
        handler.endSheet();
    }

    private static boolean isText(Cell cell) {
        CellType type = cell.getCellType();
        return type == CellType.STRING
                || (type == CellType.FORMULA && cell.getCachedFormulaResultType() == CellType.STRING);
    }

    /** What a cell style says, looked up once a style rather than once a cell. */
    private record Style(@Nullable String fontName, boolean date) {
    }

    private Style style(HSSFWorkbook workbook, HSSFCell cell) {
        HSSFCellStyle cellStyle = cell.getCellStyle();
        return styles.computeIfAbsent(cellStyle.getIndex(), index -> {
            HSSFFont font = cellStyle.getFont(workbook);
            ExcelNumberFormat format = ExcelNumberFormat.from(cellStyle);
            return new Style(font == null ? null : font.getFontName(), format != null && DateUtil.isADateFormat(format));
        });
    }

    private @Nullable RawCell cell(HSSFWorkbook workbook, HSSFCell cell) {
        int column = cell.getColumnIndex();
        Style style = style(workbook, cell);
        String fontName = style.fontName();
        boolean formula = cell.getCellType() == CellType.FORMULA;
        CellType type = formula ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case STRING -> {
                HSSFRichTextString rich = cell.getRichStringCellValue();
                String text = rich.getString();
                yield text.isEmpty() && !formula ? null
                        : RawCell.text(column, text, fontName, runs(workbook, rich, fontName), formula);
            }
            case NUMERIC -> {
                double value = cell.getNumericCellValue();
                BigDecimal number = new BigDecimal(NumberToTextConverter.toText(value));
                if (style.date() && DateUtil.isValidExcelDate(value)) {
                    yield RawCell.date(column, number, cell.getLocalDateTimeCellValue(), fontName, formula);
                }
                yield RawCell.number(column, number, fontName, formula);
            }
            case BOOLEAN -> RawCell.other(column, CellKind.BOOLEAN, cell.getBooleanCellValue() ? "TRUE" : "FALSE",
                    fontName, formula);
            case ERROR -> RawCell.other(column, CellKind.ERROR, errorText(cell.getErrorCellValue()), fontName,
                    formula);
            default -> formula ? RawCell.other(column, CellKind.BLANK, "", fontName, true) : null;
        };
    }

    private static String errorText(byte code) {
        try {
            return FormulaError.forInt(code).getString();
        } catch (IllegalArgumentException e) {
            return "#ERROR " + code;
        }
    }

    /** The runs of a rich-text cell; text before the first run, and runs without a font, use the cell's font. */
    private static List<TextRun> runs(HSSFWorkbook workbook, HSSFRichTextString rich, @Nullable String cellFont) {
        int count = rich.numFormattingRuns();
        if (count == 0) {
            return List.of();
        }
        String text = rich.getString();
        List<TextRun> runs = new ArrayList<>();
        int first = rich.getIndexOfFormattingRun(0);
        if (first > 0) {
            runs.add(new TextRun(text.substring(0, Math.min(first, text.length())), cellFont));
        }
        for (int i = 0; i < count; i++) {
            int start = Math.min(rich.getIndexOfFormattingRun(i), text.length());
            int end = i + 1 < count ? Math.min(rich.getIndexOfFormattingRun(i + 1), text.length()) : text.length();
            if (end <= start) {
                continue;
            }
            short fontIndex = rich.getFontOfFormattingRun(i);
            String fontName = fontIndex == HSSFRichTextString.NO_FONT ? cellFont
                    : workbook.getFontAt(fontIndex).getFontName();
            runs.add(new TextRun(text.substring(start, end), fontName));
        }
        return runs;
    }
}
