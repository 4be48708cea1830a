package vn.campaign.importer.source;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import vn.campaign.importer.encoding.CsvCharsets;
import vn.campaign.importer.encoding.DecodedBytes;
import vn.campaign.importer.encoding.EncodingVote;
import vn.campaign.importer.encoding.LegacyText;

/**
 * Reads a CSV file as one sheet named after the file. The charset is decided by
 * {@link CsvCharsets}; the delimiter (comma, semicolon or tab) is the one that splits the first records
 * most consistently. Each record is a row, numbered from 1, blank lines included. As CSV has no fonts,
 * each column's legacy encoding is put to a vote over all of its texts ({@link LegacyText#vote}).
 */
final class CsvReader {

    private static final char[] DELIMITERS = {',', ';', '\t'};
    private static final int SAMPLE_CHARACTERS = 65_536;

    private final String sheetName;
    private final CellChecks checks;

    CsvReader(String sheetName, CellChecks checks) {
        this.sheetName = sheetName;
        this.checks = checks;
    }

    void read(byte[] bytes, RawSheetHandler handler) {
        DecodedBytes decoded = CsvCharsets.decode(bytes);
        String text = decoded.text();
        char delimiter = delimiter(text);
        List<List<String>> records = records(text, delimiter);
        Map<Integer, List<String>> samples = new HashMap<>();
        for (int r = 0; r < records.size(); r++) {
            List<String> values = records.get(r);
            checks.row(sheetName, r + 1);
            for (int c = 0; c < values.size(); c++) {
                String value = values.get(c);
                if (!value.isEmpty()) {
                    checks.column(sheetName, r + 1, c);
                    checks.text(sheetName, r + 1, c, value);
                    samples.computeIfAbsent(c, k -> new ArrayList<>()).add(value);
                }
            }
        }
        Map<Integer, EncodingVote> votes = new HashMap<>();
        samples.forEach((column, texts) -> votes.put(column, LegacyText.vote(texts)));
        String evidence = decoded.evidence() + "; delimiter " + describe(delimiter);
        handler.startSheet(new SheetInfo(sheetName, 0, false, List.of(), List.of(), false, decoded.charset(),
                evidence, votes));
        for (int r = 0; r < records.size(); r++) {
            List<String> values = records.get(r);
            List<RawCell> cells = new ArrayList<>();
            for (int c = 0; c < values.size(); c++) {
                if (!values.get(c).isEmpty()) {
                    cells.add(RawCell.text(c, values.get(c), null, List.of(), false));
                }
            }
            handler.row(new RawRow(r + 1, cells, false));
        }
        handler.endSheet();
    }

    private static String describe(char delimiter) {
        return switch (delimiter) {
            case ',' -> "comma";
            case ';' -> "semicolon";
            default -> "tab";
        };
    }

    private List<List<String>> records(String text, char delimiter) {
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(false).get();
        List<List<String>> records = new ArrayList<>();
        try (CSVParser parser = CSVParser.builder().setReader(new StringReader(text)).setFormat(format).get()) {
            for (CSVRecord record : parser) {
                if (records.size() >= checks.limits().maxRows()) {
                    checks.row(sheetName, records.size() + 1);
                }
                records.add(record.toList());
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw UnreadableFileException.at(UnreadableFileException.Problem.DAMAGED, checks.file(), sheetName,
                    records.size() + 1, null, "the CSV text is malformed: " + e.getMessage());
        }
        return records;
    }

    /** The delimiter that gives the most records of the same, largest width in the first part of the text. */
    private static char delimiter(String text) {
        String sample = text.length() > SAMPLE_CHARACTERS ? text.substring(0, SAMPLE_CHARACTERS) : text;
        int lastBreak = Math.max(sample.lastIndexOf('\n'), 0);
        if (text.length() > SAMPLE_CHARACTERS && lastBreak > 0) {
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
