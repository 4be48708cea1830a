package vn.campaign.api.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import vn.campaign.core.report.ReportHeading;
import vn.campaign.core.report.SummaryReport;

/**
 * The foot of a document (ô 7–9): on the left the preparer of a statistical sheet ("Người lập biểu" over
 * "(Ký, ghi rõ họ tên)") or the recipients ("Nơi nhận:"); on the right the signing authority and title in upper
 * case bold ("TM. ỦY BAN NHÂN DÂN" / "CHỦ TỊCH"), room to sign, then the signer's name.
 *
 * @param left        the left column's lines
 * @param leftCentred whether they are centred (a preparer) rather than flush left (recipients)
 * @param authority   the authority line ("TM. ỦY BAN NHÂN DÂN")
 * @param title       the signer's title ("CHỦ TỊCH")
 * @param name        the signer's name, or {@code null} to leave the line blank
 */
public record SignatureBlock(List<StyledLine> left, boolean leftCentred, String authority, String title,
        @Nullable String name) {

    /** The blank lines between the title and the name, where the document is signed and sealed. */
    public static final int ROOM_TO_SIGN = 4;

    /**
     * Validates the block.
     *
     * @param left        the left column's lines
     * @param leftCentred whether they are centred (a preparer) rather than flush left (recipients)
     * @param authority   the authority line ("TM. ỦY BAN NHÂN DÂN")
     * @param title       the signer's title ("CHỦ TỊCH")
     * @param name        the signer's name, or {@code null} to leave the line blank
     */
    public SignatureBlock {
        left = List.copyOf(left);
        Objects.requireNonNull(authority, "authority");
        Objects.requireNonNull(title, "title");
    }

    /**
     * The foot of a statistical report: the preparer on the left, the heading's signer on the right.
     *
     * @param heading the report's heading
     * @param size    the text size of the document, in points
     * @return the block
     */
    public static SignatureBlock ofReport(ReportHeading heading, int size) {
        return new SignatureBlock(List.of(new StyledLine(heading.preparer(), TextStyle.BOLD, size),
                new StyledLine(SummaryReport.PREPARER_HINT, TextStyle.ITALIC, size)), true, heading.signerAuthority(),
                heading.signerTitle(), heading.signerName());
    }

    /**
     * The foot of a document sent to others: "Nơi nhận:" (12 pt bold italic) and one line per recipient (11 pt)
     * on the left, the heading's signer on the right.
     *
     * @param heading    the document's heading
     * @param recipients the recipients' lines, each "- …;", the last "- Lưu: VT…."
     * @return the block
     */
    public static SignatureBlock ofLetter(ReportHeading heading, List<String> recipients) {
        List<StyledLine> left = new ArrayList<>();
        left.add(new StyledLine("Nơi nhận:", TextStyle.BOLD_ITALIC, 12));
        recipients.forEach(r -> left.add(new StyledLine(r, TextStyle.PLAIN, 11)));
        return new SignatureBlock(left, false, heading.signerAuthority(), heading.signerTitle(), heading.signerName());
    }
}
