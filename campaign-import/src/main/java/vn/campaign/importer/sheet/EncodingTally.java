package vn.campaign.importer.sheet;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.util.CellReference;
import org.jspecify.annotations.Nullable;
import vn.campaign.importer.encoding.DecodedText;
import vn.campaign.importer.encoding.TextEncoding;

/**
 * Counts the decoding decisions of a sheet by scope (font, rich text, CSV column) and encoding, keeping
 * the first cell and its evidence of each. The number of groups is bounded, so a sheet with many fonts
 * cannot make it grow without end.
 */
final class EncodingTally {

    private static final int MAX_GROUPS = 200;
    private static final String OTHER = "other fonts";

    private static final class Group {
        private final String scope;
        private final TextEncoding encoding;
        private final String firstCell;
        private final String evidence;
        private int cells;

        Group(String scope, TextEncoding encoding, String firstCell, String evidence) {
            this.scope = scope;
            this.encoding = encoding;
            this.firstCell = firstCell;
            this.evidence = evidence;
        }
    }

    private final Map<String, Map<TextEncoding, Group>> byScope = new HashMap<>();
    private final List<Group> groups = new ArrayList<>();

    /**
     * Counts one decision; the cell's reference and the evidence are kept only for the first of a group.
     *
     * @param scope   what the decision was taken on (a font, a column, rich text)
     * @param decoded the decision
     * @param column  the cell's column, from 0
     * @param row     the cell's row, from 1
     */
    void add(String scope, DecodedText decoded, int column, int row) {
        TextEncoding encoding = decoded.encoding();
        Group group = find(scope, encoding);
        if (group == null && groups.size() >= MAX_GROUPS) {
            scope = OTHER;
            group = find(OTHER, encoding);
        }
        if (group == null) {
            group = new Group(scope, encoding, CellReference.convertNumToColString(column) + row, decoded.evidence());
            byScope.computeIfAbsent(scope, s -> new EnumMap<>(TextEncoding.class)).put(encoding, group);
            groups.add(group);
        }
        group.cells++;
    }

    private @Nullable Group find(String scope, TextEncoding encoding) {
        Map<TextEncoding, Group> encodings = byScope.get(scope);
        return encodings == null ? null : encodings.get(encoding);
    }

    List<EncodingDecision> decisions() {
        List<EncodingDecision> decisions = new ArrayList<>();
        for (Group group : groups) {
            decisions.add(new EncodingDecision(group.scope, group.encoding, group.cells, group.firstCell,
                    group.evidence));
        }
        return decisions;
    }
}
