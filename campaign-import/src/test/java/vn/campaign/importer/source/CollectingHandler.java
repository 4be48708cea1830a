package vn.campaign.importer.source;

import java.util.ArrayList;
import java.util.List;

/**
 * Keeps what a {@link RawWorkbookReader} hands over, for tests.
 */
public final class CollectingHandler implements RawSheetHandler {

    /** A sheet and its rows. */
    public record Sheet(SheetInfo info, List<RawRow> rows) {
    }

    private final List<Sheet> sheets = new ArrayList<>();
    private List<RawRow> rows = new ArrayList<>();
    private SheetInfo current;

    @Override
    public void startSheet(SheetInfo sheet) {
        current = sheet;
        rows = new ArrayList<>();
    }

    @Override
    public void row(RawRow row) {
        rows.add(row);
    }

    @Override
    public void endSheet() {
        sheets.add(new Sheet(current, List.copyOf(rows)));
    }

    /**
     * The sheets read so far.
     *
     * @return the sheets with their rows
     */
    public List<Sheet> sheets() {
        return sheets;
    }
}
