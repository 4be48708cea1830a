package vn.campaign.importer.source;

import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.file.Path;
import java.util.List;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JRuntimeException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationshipCollection;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.jspecify.annotations.Nullable;
import org.xml.sax.ContentHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Streams an {@code .xlsx} workbook with POI's package reader and SAX: the shared strings are kept
 * compactly, the styles through POI's {@code StylesTable}, and each sheet part is parsed twice (once
 * for hidden columns, merged ranges and samples of texts without legacy fonts, once for the rows), so
 * memory does not grow with the row count.
 * POI's ZIP-bomb checks and the XML parser's protections against entities and DOCTYPEs stay as POI sets
 * them.
 */
final class XlsxReader {

    private static final String SPREADSHEET_MAIN = "spreadsheetml";
    private static final String BINARY_WORKBOOK = "sheet.binary";

    private final Path path;
    private final CellChecks checks;

    XlsxReader(Path path, CellChecks checks) {
        this.path = path;
        this.checks = checks;
    }

    void read(RawSheetHandler handler) {
        OPCPackage pkg = open();
        try {
            requireWorkbook(pkg);
            XSSFReader reader = new XSSFReader(pkg);
            XlsxWorkbookPart workbook = new XlsxWorkbookPart();
            parse(reader.getWorkbookData(), workbook, null);
            List<XlsxWorkbookPart.SheetEntry> sheets = workbook.sheets();
            checks.sheetCount(sheets.size());
            XlsxStyles styles = new XlsxStyles(reader.getStylesTable());
            XlsxSharedStrings sharedStrings = new XlsxSharedStrings();
            InputStream sst = sharedStringsData(reader);
            if (sst != null) {
                parse(sst, sharedStrings, null);
            }
            for (int i = 0; i < sheets.size(); i++) {
                XlsxWorkbookPart.SheetEntry entry = sheets.get(i);
                XlsxSheetLayout layout = new XlsxSheetLayout(checks.limits().maxColumns(), sharedStrings, styles);
                parse(sheetData(reader, entry), layout, entry.name());
                SheetInfo info = SheetInfo.workbookSheet(entry.name(), i, entry.hidden(),
                        layout.hiddenColumns(), layout.merges(), layout.samples().votes());
                handler.startSheet(holdsPivotTable(pkg, entry) ? info.withPivotTable() : info);
                parse(sheetData(reader, entry), new XlsxSheetRows(entry.name(), checks, sharedStrings, styles,
                        workbook.date1904(), handler), entry.name());
                handler.endSheet();
            }
        } catch (IOException | OpenXML4JException | POIXMLException | OpenXML4JRuntimeException e) {
            throw damaged(e);
        } finally {
            pkg.revert();
        }
    }

    private OPCPackage open() {
        try {
            return OPCPackage.open(path.toFile(), PackageAccess.READ);
        } catch (EncryptedDocumentException e) {
            throw UnreadableFileException.of(UnreadableFileException.Problem.ENCRYPTED, checks.file(),
                    "the workbook is encrypted (protected by a password); remove the password in Excel and "
                            + "save it again", e);
        } catch (NotOfficeXmlFileException | InvalidFormatException | OpenXML4JRuntimeException e) {
            throw damaged(e);
        }
    }

    /** Whether the sheet's part relates to a pivot table part of the workbook. */
    private static boolean holdsPivotTable(OPCPackage pkg, XlsxWorkbookPart.SheetEntry entry) {
        try {
            PackageRelationshipCollection core = pkg.getRelationshipsByType(PackageRelationshipTypes.CORE_DOCUMENT);
            if (core.isEmpty()) {
                return false;
            }
            PackagePart main = pkg.getPart(core.getRelationship(0));
            if (main == null) {
                return false;
            }
            PackagePart sheet = main.getRelatedPart(main.getRelationship(entry.relationshipId()));
            return sheet != null && !sheet.getRelationshipsByType(
                    org.apache.poi.xssf.usermodel.XSSFRelation.PIVOT_TABLE.getRelation()).isEmpty();
        } catch (InvalidFormatException | RuntimeException e) {
            return false;
        }
    }

    private void requireWorkbook(OPCPackage pkg) {
        PackageRelationshipCollection core = pkg.getRelationshipsByType(PackageRelationshipTypes.CORE_DOCUMENT);
        if (core.isEmpty()) {
            core = pkg.getRelationshipsByType(PackageRelationshipTypes.STRICT_CORE_DOCUMENT);
        }
        @Nullable PackagePart main = core.isEmpty() ? null : pkg.getPart(core.getRelationship(0));
        String contentType = main == null ? "" : main.getContentType();
        if (contentType.contains(BINARY_WORKBOOK)) {
            throw UnreadableFileException.of(UnreadableFileException.Problem.UNSUPPORTED_FORMAT, checks.file(),
                    "the file is a binary Excel workbook (.xlsb); save it as .xlsx");
        }
        if (!contentType.contains(SPREADSHEET_MAIN)) {
            throw UnreadableFileException.of(UnreadableFileException.Problem.NOT_A_SPREADSHEET, checks.file(),
                    "the file is an Office document but not an Excel workbook"
                            + (contentType.isEmpty() ? "" : " (its main part is " + contentType + ")"));
        }
    }

    private static @Nullable InputStream sharedStringsData(XSSFReader reader) throws IOException {
        try {
            return reader.getSharedStringsData();
        } catch (InvalidFormatException | IllegalArgumentException e) {
            return null;
        }
    }

    private InputStream sheetData(XSSFReader reader, XlsxWorkbookPart.SheetEntry entry) throws IOException {
        try {
            return reader.getSheet(entry.relationshipId());
        } catch (InvalidFormatException | IllegalArgumentException e) {
            throw UnreadableFileException.at(UnreadableFileException.Problem.DAMAGED, checks.file(), entry.name(), 0,
                    null, "the workbook lists the sheet, but its part is missing (" + e.getMessage() + ")");
        }
    }

    private void parse(InputStream data, ContentHandler contentHandler, @Nullable String sheet) throws IOException {
        try (InputStream in = data) {
            XMLReader xml = XMLHelper.newXMLReader();
            xml.setContentHandler(contentHandler);
            xml.parse(new InputSource(in));
        } catch (SAXException | ParserConfigurationException e) {
            throw UnreadableFileException.at(UnreadableFileException.Problem.DAMAGED, checks.file(), sheet, 0, null,
                    "the workbook's XML is malformed: " + e.getMessage());
        }
    }

    private UnreadableFileException damaged(Exception e) {
        String detail = truncated() ? "the file is truncated: its ZIP archive has no central directory"
                : "the file is damaged or not a valid Excel workbook: " + e.getMessage();
        return UnreadableFileException.of(UnreadableFileException.Problem.DAMAGED, checks.file(), detail, e);
    }

    /** Whether the ZIP archive lacks its end-of-central-directory record, as a cut-off download does. */
    private boolean truncated() {
        try (RandomAccessFile file = new RandomAccessFile(path.toFile(), "r")) {
            long length = file.length();
            int tail = (int) Math.min(length, 65_557);
            byte[] bytes = new byte[tail];
            file.seek(length - tail);
            file.readFully(bytes);
            for (int i = tail - 22; i >= 0; i--) {
                if (bytes[i] == 0x50 && bytes[i + 1] == 0x4B && bytes[i + 2] == 0x05 && bytes[i + 3] == 0x06) {
                    return false;
                }
            }
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
