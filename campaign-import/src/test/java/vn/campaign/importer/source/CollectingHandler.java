package vn.campaign.importer.source;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Keeps what a {@link RawWorkbookReader} hands over, for tests.
 */
public final class CollectingHandler implements RawSheetHandler {

    /** A sheet and its rows. */
    public record Sheet(SheetInfo info, List<RawRow> rows) {
    }

    private final List<Sheet> sheets = new ArrayList<>();
    private List<RawRow> rows = new ArrayList<>();
    private @Nullable SheetInfo current;

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
        SheetInfo info = current;
        if (info == null) {
            throw new IllegalStateException("a sheet ended that never started");
        }
        sheets.add(new Sheet(info, List.copyOf(rows)));
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
