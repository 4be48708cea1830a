package vn.campaign.api.commendation.paper;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import vn.campaign.api.document.DocxLayout;
import vn.campaign.api.document.Masthead;
import vn.campaign.api.document.SignatureBlock;
import vn.campaign.api.document.TextStyle;
import vn.campaign.core.commendation.paper.ProposalLetter;

/**
 * Writes a {@link ProposalLetter} (tờ trình) as a .docx document on landscape A4 (allowed for a text whose table
 * is not a separate annex; the list has seven columns): the heading block with "Số:     /TTr-UBND" and the place
 * and date, "TỜ TRÌNH" and its subject, "Kính gửi: …", the body, the table of proposals, the closing sentence and
 * the signature block with "Nơi nhận:".
 */
public final class ProposalDocxWriter {

    private ProposalDocxWriter() {
    }

    /**
     * Writes the document.
     *
     * @param letter the letter
     * @param out    where to write; left open
     * @throws IOException when writing fails
     */
    public static void write(ProposalLetter letter, OutputStream out) throws IOException {
        try (XWPFDocument document = new XWPFDocument()) {
            DocxLayout layout = new DocxLayout(document, true);
            layout.masthead(Masthead.of(letter.heading(), letter.placeAndDate()));
            layout.title(ProposalLetter.TYPE, List.of(letter.subject()), null);
            layout.paragraph(ParagraphAlignment.CENTER, "Kính gửi: " + letter.addressee() + ".", TextStyle.PLAIN,
                    DocxLayout.SIZE);
            letter.body().forEach(p -> layout.body(p, TextStyle.PLAIN));
            EntryTable.write(layout, letter.groups(), true);
            layout.body(letter.closing(), TextStyle.PLAIN);
            layout.signature(SignatureBlock.ofLetter(letter.heading(), letter.recipients()));
            document.write(out);
        }
    }
}
