package vn.campaign.api.graphql;

import java.util.ArrayList;
import java.util.List;

/** A line diff for test messages: the changed lines with two lines of context, {@code -} old, {@code +} new. */
final class LineDiff {

    private static final int CONTEXT = 2;

    private LineDiff() {
    }

    static String unified(String before, String after) {
        List<String> a = before.lines().toList();
        List<String> b = after.lines().toList();
        int[][] common = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                common[i][j] = a.get(i).equals(b.get(j)) ? common[i + 1][j + 1] + 1
                        : Math.max(common[i + 1][j], common[i][j + 1]);
            }
        }
        List<String> lines = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < a.size() || j < b.size()) {
            if (i < a.size() && j < b.size() && a.get(i).equals(b.get(j))) {
                lines.add("  " + a.get(i));
                i++;
                j++;
            } else if (i < a.size() && (j == b.size() || common[i + 1][j] >= common[i][j + 1])) {
                lines.add("- " + a.get(i++));
            } else {
                lines.add("+ " + b.get(j++));
            }
        }
        StringBuilder out = new StringBuilder();
        int lastPrinted = -1;
        for (int k = 0; k < lines.size(); k++) {
            if (lines.get(k).startsWith("  ")) {
                continue;
            }
            for (int c = Math.max(lastPrinted + 1, k - CONTEXT); c <= Math.min(lines.size() - 1, k + CONTEXT); c++) {
                if (c > lastPrinted + 1 && lastPrinted >= 0 && c == Math.max(lastPrinted + 1, k - CONTEXT)) {
                    out.append("  …\n");
                }
                out.append(lines.get(c)).append('\n');
                lastPrinted = c;
            }
        }
        return out.toString();
    }
}
