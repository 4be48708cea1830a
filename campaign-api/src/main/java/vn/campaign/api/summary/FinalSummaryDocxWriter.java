package vn.campaign.api.summary;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import vn.campaign.api.document.DocxLayout;
import vn.campaign.api.document.Masthead;
import vn.campaign.api.document.SignatureBlock;
import vn.campaign.api.document.TextStyle;
import vn.campaign.core.report.Cell;
import vn.campaign.core.report.FinalSummary;
import vn.campaign.core.report.FinalTable;

/**
 * Writes a closed campaign's {@link FinalSummary} as a .docx document in the layout of {@link SummaryDocxWriter}:
 * the heading block dated the closing day, the title, the note, the four tables one after the other (they are
 * short) and the signature block. Figures are written the Vietnamese way: "1.200".
 */
public final class FinalSummaryDocxWriter {

    private static final double NUMBER_WEIGHT = 0.8;
    private static final double NAME_WEIGHT = 3.2;
    private static final double COLUMN_WEIGHT = 1.6;

    private FinalSummaryDocxWriter() {
    }

    /**
     * Writes the document.
     *
     * @param summary the summary
     * @param out     where to write; left open
     * @throws IOException when writing fails
     */
    public static void write(FinalSummary summary, OutputStream out) throws IOException {
        try (XWPFDocument document = new XWPFDocument()) {
            DocxLayout layout = new DocxLayout(document, true);
            layout.masthead(Masthead.of(summary.heading(), summary.placeAndDate()));
            layout.title(summary.documentType(), List.of(summary.subject(), summary.campaignName()), summary.basis());
            layout.paragraph(ParagraphAlignment.BOTH, summary.note(), TextStyle.ITALIC, DocxLayout.SIZE);
            for (FinalTable table : summary.tables()) {
                layout.tableTitle(table.number(), table.title(), "", false);
                XWPFTable grid = layout.table(table.headers().size());
                DocxLayout.row(grid, true, table.headers(), TextStyle.BOLD);
                for (int r = 0; r < table.rows().size(); r++) {
                    boolean total = table.totalLast() && r == table.rows().size() - 1;
                    DocxLayout.row(grid, false, table.rows().get(r).stream().map(FinalSummaryDocxWriter::text).toList(),
                            total ? TextStyle.BOLD : TextStyle.PLAIN);
                }
                double[] weights = new double[table.headers().size()];
                Arrays.fill(weights, COLUMN_WEIGHT);
                weights[0] = NUMBER_WEIGHT;
                weights[1] = NAME_WEIGHT;
                layout.widths(grid, weights);
            }
            layout.signature(SignatureBlock.ofReport(summary.heading(), DocxLayout.SIZE));
            document.write(out);
        }
    }

    private static String text(Cell cell) {
        if (cell instanceof Cell.Text t) {
            return t.text();
        }
        if (cell instanceof Cell.Figure f) {
            return DocxLayout.figure(BigDecimal.valueOf(f.value()));
        }
        return "";
    }
}
