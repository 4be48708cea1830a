package vn.campaign.api.commendation.paper;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import vn.campaign.api.document.DocxLayout;
import vn.campaign.api.document.TextStyle;
import vn.campaign.core.commendation.paper.CommendationEntry;
import vn.campaign.core.report.Group;

/**
 * The columns of a list of commendations, shared by the annex and the proposal: STT, the name, the position, the
 * unit, the form, the achievement and (in a proposal) the registrations it rests on.
 */
final class EntryTable {

    /** The header of the name column. */
    static final String NAME = "Tên tập thể / Họ và tên";
    /** The header of the works column. */
    static final String WORKS = "Công trình, việc làm làm căn cứ";

    private static final List<String> HEADERS = List.of("STT", NAME, "Chức vụ", "Đơn vị", "Hình thức khen thưởng",
            "Thành tích");
    private static final double[] WEIGHTS = {0.6, 2.2, 1.6, 1.8, 2.0, 3.4};
    private static final double WORKS_WEIGHT = 2.4;

    private EntryTable() {
    }

    /**
     * The column headers.
     *
     * @param withWorks whether the works column is shown
     * @return the headers
     */
    static List<String> headers(boolean withWorks) {
        List<String> headers = new ArrayList<>(HEADERS);
        if (withWorks) {
            headers.add(WORKS);
        }
        return headers;
    }

    /**
     * The cells of one line.
     *
     * @param entry     the line
     * @param withWorks whether the works column is shown
     * @return the cells' texts
     */
    static List<String> cells(CommendationEntry entry, boolean withWorks) {
        List<String> cells = new ArrayList<>(List.of(String.valueOf(entry.number()), entry.name(),
                Objects.requireNonNullElse(entry.position(), ""), entry.unit(), entry.form(), entry.achievement()));
        if (withWorks) {
            cells.add(String.join("; ", entry.works()));
        }
        return cells;
    }

    /**
     * The relative widths of the columns.
     *
     * @param withWorks whether the works column is shown
     * @return one weight per column
     */
    static double[] weights(boolean withWorks) {
        double[] weights = java.util.Arrays.copyOf(WEIGHTS, WEIGHTS.length + (withWorks ? 1 : 0));
        if (withWorks) {
            weights[WEIGHTS.length] = WORKS_WEIGHT;
        }
        return weights;
    }

    /**
     * Writes the groups as a bordered table of a document: the header, then each group's row ("I", "TẬP THỂ")
     * and its numbered lines.
     *
     * @param layout    the document's layout
     * @param groups    the groups
     * @param withWorks whether the works column is shown
     */
    static void write(DocxLayout layout, List<Group<CommendationEntry>> groups, boolean withWorks) {
        List<String> headers = headers(withWorks);
        XWPFTable table = layout.table(headers.size());
        DocxLayout.row(table, true, headers, TextStyle.BOLD);
        for (Group<CommendationEntry> group : groups) {
            DocxLayout.row(table, false, DocxLayout.padded(headers.size(), group.numeral(), group.title()),
                    TextStyle.BOLD);
            for (CommendationEntry entry : group.rows()) {
                DocxLayout.row(table, false, cells(entry, withWorks), TextStyle.PLAIN);
            }
        }
        layout.widths(table, weights(withWorks));
    }
}
