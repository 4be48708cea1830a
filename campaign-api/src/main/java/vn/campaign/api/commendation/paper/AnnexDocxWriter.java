package vn.campaign.api.commendation.paper;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import vn.campaign.api.document.DocxLayout;
import vn.campaign.api.document.Masthead;
import vn.campaign.core.commendation.paper.DecisionAnnex;

/**
 * Writes a {@link DecisionAnnex} as a .docx document on portrait A4: the heading block of an attachment (issuer,
 * national name and motto, no number and no date), the title, the subject, "(Kèm theo Quyết định số …)" in
 * italics, a short rule, and the table of collectives then individuals. No signature: the decision carries it.
 */
public final class AnnexDocxWriter {

    private AnnexDocxWriter() {
    }

    /**
     * Writes the document.
     *
     * @param annex the list
     * @param out   where to write; left open
     * @throws IOException when writing fails
     */
    public static void write(DecisionAnnex annex, OutputStream out) throws IOException {
        try (XWPFDocument document = new XWPFDocument()) {
            DocxLayout layout = new DocxLayout(document, false);
            layout.masthead(Masthead.attachment(annex.heading()));
            layout.title(annex.title(), List.of(annex.subject()), annex.attachedTo());
            EntryTable.write(layout, annex.groups(), false);
            document.write(out);
        }
    }
}
