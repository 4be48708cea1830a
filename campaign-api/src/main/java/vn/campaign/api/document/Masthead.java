package vn.campaign.api.document;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import vn.campaign.core.report.ReportHeading;
import vn.campaign.core.report.SummaryReport;

/**
 * The heading block of an administrative document (ô 1–4): the issuing body on the left, upper case and bold
 * ("ỦY BAN NHÂN DÂN" / "THÀNH PHỐ HÀ TĨNH"), under it the number line ("Số:     /BC-UBND"); on the right the
 * national name and the motto, under them the place and date in italics. An annex to a decision repeats the
 * two columns without number and date (Mẫu 1.3), so both may be absent.
 *
 * @param issuerLines  the issuing body's lines, at least one
 * @param numberLine   the number line, or {@code null} for none
 * @param placeAndDate the place and date line, or {@code null} for none
 */
public record Masthead(List<String> issuerLines, @Nullable String numberLine, @Nullable String placeAndDate) {

    /** The national name (Quốc hiệu), upper case. */
    public static final String NATIONAL_NAME = SummaryReport.NATIONAL_NAME;
    /** The motto (Tiêu ngữ). */
    public static final String MOTTO = SummaryReport.MOTTO;

    /**
     * Validates the block.
     *
     * @param issuerLines  the issuing body's lines, at least one
     * @param numberLine   the number line, or {@code null} for none
     * @param placeAndDate the place and date line, or {@code null} for none
     */
    public Masthead {
        issuerLines = List.copyOf(issuerLines);
        if (issuerLines.isEmpty()) {
            throw new IllegalArgumentException("a masthead names its issuer in at least one line");
        }
    }

    /**
     * The block of a numbered, dated document.
     *
     * @param heading      the issuer and its number line
     * @param placeAndDate the place and date line
     * @return the block
     */
    public static Masthead of(ReportHeading heading, String placeAndDate) {
        return new Masthead(heading.issuerLines(), heading.numberLine(), Objects.requireNonNull(placeAndDate));
    }

    /**
     * The block of an attachment: the issuer and the national name and motto, no number and no date.
     *
     * @param heading the issuer
     * @return the block
     */
    public static Masthead attachment(ReportHeading heading) {
        return new Masthead(heading.issuerLines(), null, null);
    }
}
