package vn.campaign.importer.sheet;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

    private final Map<String, Group> groups = new LinkedHashMap<>();

    void add(String scope, DecodedText decoded, String cell) {
        String key = scope + "\u0000" + decoded.encoding();
        Group group = groups.get(key);
        if (group == null && groups.size() >= MAX_GROUPS) {
            key = OTHER + "\u0000" + decoded.encoding();
            group = groups.get(key);
            scope = OTHER;
        }
        if (group == null) {
            group = new Group(scope, decoded.encoding(), cell, decoded.evidence());
            groups.put(key, group);
        }
        group.cells++;
    }

    List<EncodingDecision> decisions() {
        List<EncodingDecision> decisions = new ArrayList<>();
        for (Group group : groups.values()) {
            decisions.add(new EncodingDecision(group.scope, group.encoding, group.cells, group.firstCell,
                    group.evidence));
        }
        return decisions;
    }
}
