package vn.campaign.core.commendation.paper;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import vn.campaign.core.report.Group;
import vn.campaign.core.report.ReportHeading;
import vn.campaign.core.report.SummaryReport;

/**
 * A unit's proposal of commendation (tờ trình, Nghị định 30/2020/NĐ-CP, Phụ lục III, Mẫu 1.4): the heading block
 * with "Số:     /TTr-UBND", "TỜ TRÌNH" and its subject, "Kính gửi: …", the body, the proposals (collectives,
 * then individuals, numbered from 1 in each group, with the form, the achievement and the registrations they rest
 * on), the closing sentence and the signature block with "Nơi nhận:".
 *
 * @param heading    the proposing unit's people's committee, its number line and signer
 * @param date       the day it is drawn up
 * @param subject    "Về việc đề nghị khen thưởng …"
 * @param addressee  the body it is sent to ("Ủy ban nhân dân thành phố Hà Tĩnh")
 * @param body       the paragraphs before the list
 * @param groups     the collectives, then the individuals; empty groups left out
 * @param closing    the sentence after the list ("Kính trình … xem xét, quyết định./.")
 * @param recipients the lines under "Nơi nhận:"
 * @since 0.4.0
 */
public record ProposalLetter(ReportHeading heading, LocalDate date, String subject, String addressee,
        List<String> body, List<Group<CommendationEntry>> groups, String closing, List<String> recipients) {

    /** The type of the document. */
    public static final String TYPE = "TỜ TRÌNH";

    /**
     * Validates the letter.
     *
     * @param heading    the proposing unit's people's committee
     * @param date       the day it is drawn up
     * @param subject    its subject
     * @param addressee  the body it is sent to
     * @param body       the paragraphs before the list
     * @param groups     the collectives, then the individuals
     * @param closing    the sentence after the list
     * @param recipients the lines under "Nơi nhận:"
     */
    public ProposalLetter {
        Objects.requireNonNull(heading, "heading");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(addressee, "addressee");
        body = List.copyOf(body);
        groups = List.copyOf(groups);
        Objects.requireNonNull(closing, "closing");
        recipients = List.copyOf(recipients);
    }

    /**
     * The place and date line.
     *
     * @return "Phường Trần Phú, ngày 20 tháng 6 năm 2022"
     */
    public String placeAndDate() {
        return heading.place() + ", " + SummaryReport.dateInWords(date);
    }

    /**
     * The number of proposals listed.
     *
     * @return the lines of every group
     */
    public int size() {
        return groups.stream().mapToInt(g -> g.rows().size()).sum();
    }
}
