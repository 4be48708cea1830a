package vn.campaign.core.report;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import vn.campaign.core.text.VietnameseText;
import vn.campaign.core.campaign.Campaign;
import vn.campaign.core.unit.Unit;
import vn.campaign.core.unit.Units;

/**
 * Who issues the report and who signs it: the parts of the administrative layout (Nghị định 30/2020/NĐ-CP,
 * Phụ lục I) that depend on the issuing body.
 *
 * @param issuerLines     the issuing body's name, upper case, one line each (ô 2)
 * @param numberLine      the document number line, with the number left for the clerk ("Số:     /BC-UBND", ô 3)
 * @param place           the place written before the date (ô 4), the official name of the issuer's unit
 * @param signerAuthority the authority line of the signature ("TM. ỦY BAN NHÂN DÂN", ô 7a)
 * @param signerTitle     the signer's title ("CHỦ TỊCH")
 * @param signerName      the signer's name, or {@code null} to leave the space blank
 * @param preparer        the title of whoever drew up the tables ("Người lập biểu")
 * @since 0.1.0
 */
public record ReportHeading(List<String> issuerLines, String numberLine, String place, String signerAuthority,
        String signerTitle, @Nullable String signerName, String preparer) {

    /** The people's committee, which issues a territorial unit's reports. */
    static final String PEOPLES_COMMITTEE = "ỦY BAN NHÂN DÂN";

    /**
     * Validates the heading and stores its texts in NFC.
     *
     * @param issuerLines the issuing body's name, upper case, one line each (ô 2)
     * @param numberLine the document number line, with the number left for the clerk ("Số: /BC-UBND", ô 3)
     * @param place the place written before the date (ô 4), the official name of the issuer's unit
     * @param signerAuthority the authority line of the signature ("TM. ỦY BAN NHÂN DÂN", ô 7a)
     * @param signerTitle the signer's title ("CHỦ TỊCH")
     * @param signerName the signer's name, or {@code null} to leave the space blank
     * @param preparer the title of whoever drew up the tables ("Người lập biểu")
     */
    public ReportHeading {
        issuerLines = issuerLines.stream().map(VietnameseText::normalize).toList();
        if (issuerLines.isEmpty() || issuerLines.stream().anyMatch(String::isEmpty)) {
            throw new IllegalArgumentException("issuerLines must hold at least one line, none blank");
        }
        // the spaces before "/" are where the clerk writes the number: kept, not collapsed
        numberLine = Normalizer.normalize(Objects.requireNonNull(numberLine, "numberLine"), Normalizer.Form.NFC).strip();
        if (numberLine.isEmpty()) {
            throw new IllegalArgumentException("numberLine must not be blank");
        }
        place = text(place, "place");
        signerAuthority = text(signerAuthority, "signerAuthority");
        signerTitle = text(signerTitle, "signerTitle");
        signerName = VietnameseText.normalizeOptional(signerName);
        preparer = text(preparer, "preparer");
    }

    private static String text(String value, String name) {
        String normal = VietnameseText.normalize(Objects.requireNonNull(value, name));
        if (normal.isEmpty()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
        return normal;
    }

    /**
     * The heading of a report issued by the people's committee of the campaign's organiser: "ỦY BAN NHÂN DÂN" over
     * the unit's name in upper case, "Số:     /BC-UBND", the unit's official name as the place, signed
     * "TM. ỦY BAN NHÂN DÂN" / "CHỦ TỊCH".
     *
     * @param organiser the unit that runs the campaign (the city)
     * @return the heading
     */
    public static ReportHeading ofPeoplesCommittee(Unit organiser) {
        return ofPeoplesCommittee(organiser.name());
    }

    /**
     * The heading of a paper issued by the people's committee of a campaign's organiser: the organiser's version
     * valid during the campaign, or the directive's issuer when the platform does not hold the organiser.
     *
     * @param campaign the campaign
     * @param units    the units
     * @return the heading
     * @since 0.4.0
     */
    public static ReportHeading ofOrganiser(Campaign campaign, Units units) {
        return units.findByCode(campaign.organiser(), campaign.period()).map(ReportHeading::ofPeoplesCommittee)
                .orElseGet(() -> ofPeoplesCommittee(campaign.directive().issuer()));
    }

    /**
     * The heading of a report issued by the people's committee of a unit known only by its name.
     *
     * @param unitName the unit's official name ("Thành phố Hà Tĩnh")
     * @return the heading
     */
    public static ReportHeading ofPeoplesCommittee(String unitName) {
        String name = VietnameseText.normalize(unitName);
        return new ReportHeading(List.of(PEOPLES_COMMITTEE, name.toUpperCase(Locale.ROOT)), "Số:        /BC-UBND",
                name, "TM. " + PEOPLES_COMMITTEE, "CHỦ TỊCH", null, "Người lập biểu");
    }

    /**
     * A copy with another place.
     *
     * @param other the place
     * @return the copy
     */
    public ReportHeading withPlace(String other) {
        return new ReportHeading(issuerLines, numberLine, other, signerAuthority, signerTitle, signerName, preparer);
    }

    /**
     * A copy with another issuing body.
     *
     * @param lines the body's name, one line each
     * @return the copy
     */
    public ReportHeading withIssuer(List<String> lines) {
        return new ReportHeading(lines, numberLine, place, signerAuthority, signerTitle, signerName, preparer);
    }

    /**
     * A copy with another document number line.
     *
     * @param line the line ("Số:     /BC-UBND")
     * @return the copy
     */
    public ReportHeading withNumberLine(String line) {
        return new ReportHeading(issuerLines, line, place, signerAuthority, signerTitle, signerName, preparer);
    }
}
