package vn.campaign.importer.source;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;
import vn.campaign.importer.encoding.CsvCharsets;
import vn.campaign.importer.encoding.CsvEncoding;
import vn.campaign.importer.encoding.LegacyText;

/**
 * Reads a CSV file as one sheet named after the file, streaming it: the charset is decided by
 * {@link CsvCharsets} in a pass over the bytes, then the records are parsed as they are read. The delimiter
 * (comma, semicolon or tab) is the one that splits the first records most consistently. Each record is a
 * row, numbered from 1, blank lines included. As CSV has no fonts, each column's legacy encoding is put to
 * a vote ({@link LegacyText#vote}) over its first {@value ColumnSamples#PER_COLUMN} texts within the first
 * {@value #VOTE_WINDOW} records, which are held until the vote is taken; later records are handed on as
 * they are parsed, so the heap holds a bounded number of records whatever the file's length.
 */
final class CsvReader {

    /** The most records held back for the columns' votes. */
    static final int VOTE_WINDOW = 10_000;

    private static final char[] DELIMITERS = {',', ';', '\t'};
    private static final int SAMPLE_CHARACTERS = 65_536;
    private static final int READ_BUFFER = 1 << 16;

    private final String sheetName;
    private final CellChecks checks;

    CsvReader(String sheetName, CellChecks checks) {
        this.sheetName = sheetName;
        this.checks = checks;
    }

    void read(Path file, RawSheetHandler handler) {
        CsvEncoding encoding;
        try {
            encoding = CsvCharsets.decide(file);
        } catch (IOException | UncheckedIOException e) {
            throw UnreadableFileException.of(UnreadableFileException.Problem.IO_ERROR, checks.file(),
                    "the file could not be read: " + e.getMessage(), e);
        }
        try (BufferedReader text = new BufferedReader(encoding.reader(Files.newInputStream(file)), READ_BUFFER)) {
            read(text, encoding, handler);
        } catch (IOException e) {
            throw UnreadableFileException.of(UnreadableFileException.Problem.IO_ERROR, checks.file(),
                    "the file could not be read: " + e.getMessage(), e);
        }
    }

    private void read(BufferedReader text, CsvEncoding encoding, RawSheetHandler handler) throws IOException {
        char delimiter = delimiter(text);
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(false).get();
        try (CSVParser parser = CSVParser.builder().setReader(text).setFormat(format).get()) {
            Iterator<CSVRecord> records = parser.iterator();
            List<RawRow> held = new ArrayList<>();
            ColumnSamples samples = new ColumnSamples();
            int number = 0;
            while (held.size() < VOTE_WINDOW && (held.isEmpty() || !samples.complete())) {
                RawRow row = next(records, ++number, encoding);
                if (row == null) {
                    break;
                }
                row.cells().forEach(cell -> samples.add(cell.column(), cell.text(), null));
                held.add(row);
            }
            String evidence = encoding.evidence() + "; delimiter " + describe(delimiter);
            handler.startSheet(new SheetInfo(sheetName, 0, false, List.of(), List.of(), false, encoding.charset(),
                    evidence, samples.votesOfOneFile()));
            held.forEach(handler::row);
            number = held.size();
            held.clear();
            for (RawRow row = next(records, ++number, encoding); row != null; row = next(records, ++number, encoding)) {
                handler.row(row);
            }
            handler.endSheet();
        }
    }

    /** The next record as a row of its non-empty values, checked against the limits; {@code null} at the end. */
    private @Nullable RawRow next(Iterator<CSVRecord> records, int number, CsvEncoding encoding) {
        CSVRecord record;
        try {
            if (!records.hasNext()) {
                return null;
            }
            record = records.next();
        } catch (UncheckedIOException | IllegalStateException e) {
            throw UnreadableFileException.at(UnreadableFileException.Problem.DAMAGED, checks.file(), sheetName,
                    number, null, "the CSV text is malformed: " + e.getMessage());
        }
        checks.row(sheetName, number);
        List<RawCell> cells = new ArrayList<>(record.size());
        for (int c = 0; c < record.size(); c++) {
            String value = record.get(c);
            if (!value.isEmpty()) {
                checks.column(sheetName, number, c);
                checks.text(sheetName, number, c, value);
                cells.add(RawCell.text(c, encoding.text(value), null, List.of(), false));
            }
        }
        return new RawRow(number, cells, false);
    }

    private static String describe(char delimiter) {
        return switch (delimiter) {
            case ',' -> "comma";
            case ';' -> "semicolon";
            default -> "tab";
        };
    }

    /**
     * The delimiter that gives the most records of the same, largest width in the first part of the text
     * (up to its last line break), which is read ahead and then given back to the reader.
     */
    private static char delimiter(BufferedReader text) throws IOException {
        text.mark(SAMPLE_CHARACTERS + 1);
        char[] head = new char[SAMPLE_CHARACTERS + 1];
        int length = 0;
        while (length < head.length) {
            int read = text.read(head, length, head.length - length);
            if (read < 0) {
                break;
            }
            length += read;
        }
        text.reset();
        String sample = new String(head, 0, Math.min(length, SAMPLE_CHARACTERS));
        int lastBreak = Math.max(sample.lastIndexOf('\n'), 0);
        if (length > SAMPLE_CHARACTERS && lastBreak > 0) {
            sample = sample.substring(0, lastBreak);
        }
        char best = ',';
        int bestScore = 0;
        int bestWidth = 0;
        for (char candidate : DELIMITERS) {
            Map<Integer, Integer> widths = new HashMap<>();
            CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(candidate).get();
            try (CSVParser parser = CSVParser.builder().setReader(new StringReader(sample)).setFormat(format).get()) {
                for (CSVRecord record : parser) {
                    if (record.size() > 1) {
                        widths.merge(record.size(), 1, Integer::sum);
                    }
                }
            } catch (IOException | UncheckedIOException | IllegalStateException e) {
                continue;
            }
            for (Map.Entry<Integer, Integer> width : widths.entrySet()) {
                int score = width.getValue();
                if (score > bestScore || (score == bestScore && width.getKey() > bestWidth)) {
                    best = candidate;
                    bestScore = score;
                    bestWidth = width.getKey();
                }
            }
        }
        return best;
    }
}
