package vn.campaign.bench.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.hssf.eventusermodel.HSSFEventFactory;
import org.apache.poi.hssf.eventusermodel.HSSFRequest;
import org.apache.poi.hssf.record.LabelSSTRecord;
import org.apache.poi.hssf.record.NumberRecord;
import org.apache.poi.hssf.record.RowRecord;
import org.apache.poi.hssf.record.SSTRecord;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.jspecify.annotations.Nullable;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

/**
 * The best the libraries do alone: each file read by the bare reader of its format, touching every cell's
 * value and keeping nothing — POI's streaming SAX reader ({@link XSSFReader} with {@link XSSFSheetXMLHandler})
 * for {@code .xlsx}, POI's HSSF event API for {@code .xls}, Commons CSV for {@code .csv}.
 */
public final class BareReads {

    private BareReads() {
    }

    /**
     * What a bare read saw.
     *
     * @param rows  rows (records, for CSV) read, title and header included
     * @param cells cells with a value
     * @param chars characters of text and formatted numbers seen, so no value goes unread
     */
    public record Read(long rows, long cells, long chars) {
    }

    /**
     * Reads a file with the bare reader its extension names.
     *
     * @param file the file
     * @return what was read
     */
    public static Read read(Path file) {
        String name = file.getFileName().toString();
        try {
            if (name.endsWith(".xlsx")) {
                return xlsx(file);
            }
            if (name.endsWith(".xls")) {
                return xls(file);
            }
            if (name.endsWith(".csv")) {
                return csv(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new IllegalStateException("cannot read " + file + ": " + e, e);
        }
        throw new IllegalArgumentException("no bare reader for " + file);
    }

    private static Read xlsx(Path file) throws Exception {
        long[] counts = new long[3];
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg);
            StylesTable styles = reader.getStylesTable();
            XSSFSheetXMLHandler.SheetContentsHandler contents = new XSSFSheetXMLHandler.SheetContentsHandler() {
                @Override
                public void startRow(int rowNum) {
                    counts[0]++;
                }

                @Override
                public void endRow(int rowNum) {
                    // counted at the start
                }

                @Override
                public void cell(String cellReference, String formattedValue, @Nullable XSSFComment comment) {
                    counts[1]++;
                    counts[2] += formattedValue.length();
                }
            };
            Iterator<InputStream> sheets = reader.getSheetsData();
            while (sheets.hasNext()) {
                try (InputStream sheet = sheets.next()) {
                    XMLReader parser = XMLHelper.newXMLReader();
                    parser.setContentHandler(new XSSFSheetXMLHandler(styles, null, strings, contents,
                            new DataFormatter(), false));
                    parser.parse(new InputSource(sheet));
                }
            }
        }
        return new Read(counts[0], counts[1], counts[2]);
    }

    private static Read xls(Path file) throws IOException {
        long[] counts = new long[3];
        SSTRecord[] sst = new SSTRecord[1];
        HSSFRequest request = new HSSFRequest();
        request.addListenerForAllRecords(record -> {
            if (record instanceof SSTRecord table) {
                sst[0] = table;
            } else if (record instanceof RowRecord) {
                counts[0]++;
            } else if (record instanceof LabelSSTRecord label && sst[0] != null) {
                counts[1]++;
                counts[2] += sst[0].getString(label.getSSTIndex()).getString().length();
            } else if (record instanceof NumberRecord number) {
                counts[1]++;
                counts[2] += Double.toString(number.getValue()).length();
            }
        });
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            new HSSFEventFactory().processWorkbookEvents(request, fs);
        }
        return new Read(counts[0], counts[1], counts[2]);
    }

    private static Read csv(Path file) throws IOException {
        long rows = 0;
        long cells = 0;
        long chars = 0;
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                CSVParser parser = CSVFormat.DEFAULT.builder().get().parse(reader)) {
            for (CSVRecord record : parser) {
                rows++;
                for (String value : record) {
                    if (!value.isEmpty()) {
                        cells++;
                        chars += value.length();
                    }
                }
            }
        }
        return new Read(rows, cells, chars);
    }
}
