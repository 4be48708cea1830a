package vn.campaign.importer.sheet;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import vn.campaign.core.text.VietnameseText;
import vn.campaign.importer.encoding.DecodedText;
import vn.campaign.importer.encoding.EncodingVote;
import vn.campaign.importer.encoding.LegacyText;
import vn.campaign.importer.encoding.TextEncoding;
import vn.campaign.importer.encoding.TextRun;
import vn.campaign.importer.source.CellKind;
import vn.campaign.importer.source.RawCell;
import vn.campaign.importer.source.RawRow;
import vn.campaign.importer.source.SheetInfo;

/**
 * Decodes the text cells of a sheet: by the cell's font, or the fonts of its runs when they differ; when
 * the font says nothing, by the vote over the texts of the cell's column that carry no font evidence
 * either. In a CSV every cell of a column follows its vote; in a workbook (a legacy text given a font
 * such as Arial) a cell is converted only when its own characters also show that encoding, because a
 * Unicode header such as "Tên công trình" holds letters that TCVN3 would misread. A text that proves to
 * be Unicode is never converted. The decoded text is stored NFC with
 * white space collapsed; every decision is tallied for the sheet's report.
 */
final class CellDecoder {

    private final SheetInfo sheet;
    private final EncodingTally tally;
    /** The words naming each font and column, made once a sheet rather than once a cell. */
    private final Map<String, String> fontScopes = new HashMap<>();
    private final Map<Integer, String> columnScopes = new HashMap<>();

    CellDecoder(SheetInfo sheet, EncodingTally tally) {
        this.sheet = sheet;
        this.tally = tally;
    }

    Line decode(RawRow row) {
        List<SheetCell> cells = new ArrayList<>(row.cells().size());
        for (RawCell cell : row.cells()) {
            cells.add(decode(row.number(), cell));
        }
        return new Line(row.number(), row.number(), cells, row.hidden(), false);
    }

    private SheetCell decode(int row, RawCell cell) {
        if (cell.kind() != CellKind.TEXT) {
            return new SheetCell(cell.column(), cell.kind(), cell.text(), cell.text(), cell.number(), cell.dateTime(),
                    null, cell.formula());
        }
        DecodedText decoded;
        String scope;
        List<TextRun> runs = cell.runs();
        if (runs.size() > 1 && runs.stream().map(TextRun::fontName).distinct().count() > 1) {
            decoded = LegacyText.decodeRuns(runs);
            scope = "rich text";
        } else if (sheet.hasFonts()) {
            String font = runs.isEmpty() ? cell.fontName() : runs.get(0).fontName();
            EncodingVote vote = sheet.columnVotes().get(cell.column());
            scope = font == null ? "no font" : fontScopes.computeIfAbsent(font, f -> "font \"" + f + "\"");
            if (LegacyText.fontEncoding(font).isEmpty() && vote != null && vote.encoding() != TextEncoding.UNICODE
                    && LegacyText.vote(List.of(cell.text())).encoding() == vote.encoding()) {
                decoded = LegacyText.decodeWithVote(cell.text(), vote);
                scope += ", " + columnScope(cell);
            } else {
                decoded = LegacyText.decodeCell(cell.text(), font);
            }
        } else {
            EncodingVote vote = sheet.columnVotes().get(cell.column());
            decoded = vote == null ? LegacyText.decodeCell(cell.text(), null) : LegacyText.decodeWithVote(cell.text(),
                    vote);
            scope = columnScope(cell);
        }
        Objects.requireNonNull(decoded, "decoded");
        tally.add(scope, decoded, cell.column(), row);
        return new SheetCell(cell.column(), CellKind.TEXT, cell.text(), VietnameseText.normalize(decoded.text()),
                null, null, decoded.encoding(), cell.formula());
    }

    private String columnScope(RawCell cell) {
        return columnScopes.computeIfAbsent(cell.column(), c -> "column " + cell.columnLetter());
    }
}
