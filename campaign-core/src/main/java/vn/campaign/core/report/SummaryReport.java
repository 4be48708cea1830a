package vn.campaign.core.report;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import vn.campaign.core.campaign.Campaign;
import vn.campaign.core.registration.Registration;
import vn.campaign.core.unit.Unit;

/**
 * The summary report a city office sends to its superiors about a campaign, in the layout of Vietnamese
 * administrative documents (Nghị định 30/2020/NĐ-CP, Phụ lục I): the heading block, the title, the tables of
 * works, events, compliance and plaque works, a note on what is counted, and the signature block.
 *
 * <p>Build it with {@link #of}; renderers lay it out without adding words about the campaign.
 *
 * @param heading      who issues and signs it
 * @param date         the day it is drawn up
 * @param documentType the kind of document, upper case ("BÁO CÁO")
 * @param subject      what it is about (trích yếu)
 * @param campaignName the campaign's name, from its definition
 * @param basis        the document the campaign implements, in parentheses, or {@code null}
 * @param note         which registrations the figures count
 * @param works        Biểu số 01: the celebratory works
 * @param events       Biểu số 02: the events
 * @param compliance   Biểu số 03: every required unit against every obligation
 * @param plaques      Biểu số 04: the plaque works
 * @since 0.1.0
 */
public record SummaryReport(ReportHeading heading, LocalDate date, String documentType, String subject,
        String campaignName, @Nullable String basis, String note, RegistrationTable works, RegistrationTable events,
        ComplianceTable compliance, PlaqueTable plaques) {

    /** The national name (Quốc hiệu), upper case. */
    public static final String NATIONAL_NAME = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
    /** The motto (Tiêu ngữ). */
    public static final String MOTTO = "Độc lập - Tự do - Hạnh phúc";
    /** What the preparer writes under their title. */
    public static final String PREPARER_HINT = "(Ký, ghi rõ họ tên)";

    /**
     * Validates the report.
     *
     * @param heading who issues and signs it
     * @param date the day it is drawn up
     * @param documentType the kind of document, upper case ("BÁO CÁO")
     * @param subject what it is about (trích yếu)
     * @param campaignName the campaign's name, from its definition
     * @param basis the document the campaign implements, in parentheses, or {@code null}
     * @param note which registrations the figures count
     * @param works Biểu số 01: the celebratory works
     * @param events Biểu số 02: the events
     * @param compliance Biểu số 03: every required unit against every obligation
     * @param plaques Biểu số 04: the plaque works
     */
    public SummaryReport {
        Objects.requireNonNull(heading, "heading");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(documentType, "documentType");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(campaignName, "campaignName");
        Objects.requireNonNull(note, "note");
        Objects.requireNonNull(works, "works");
        Objects.requireNonNull(events, "events");
        Objects.requireNonNull(compliance, "compliance");
        Objects.requireNonNull(plaques, "plaques");
    }

    /**
     * Builds the report of a campaign.
     *
     * @param campaign      the campaign
     * @param heading       who issues and signs it
     * @param units         the units; each registration's unit must be among them (several versions of a code
     *                      are resolved to the one valid at the end of the campaign)
     * @param registrations the campaign's registrations, of any status: rejected and cancelled ones are left out
     * @param date          the day the report is drawn up
     * @return the report
     */
    public static SummaryReport of(Campaign campaign, ReportHeading heading, Collection<Unit> units,
            Collection<? extends Registration> registrations, LocalDate date) {
        return new SummaryReportBuilder(campaign, units, registrations).build(heading, date);
    }

    /**
     * The place and date line (ô 4): days below 10 and the months January and February get a leading zero.
     *
     * @return "Thành phố Hà Tĩnh, ngày 05 tháng 01 năm 2026"
     */
    public String placeAndDate() {
        return heading.place() + ", " + dateInWords(date);
    }

    /**
     * A date as administrative documents write it.
     *
     * @param day the day
     * @return "ngày 05 tháng 01 năm 2026", "ngày 15 tháng 6 năm 2022"
     */
    public static String dateInWords(LocalDate day) {
        int month = day.getMonthValue();
        return String.format("ngày %02d tháng %s năm %d", day.getDayOfMonth(),
                month < 3 ? String.format("%02d", month) : String.valueOf(month), day.getYear());
    }

    /**
     * The tables of registrations, works first.
     *
     * @return the two tables
     */
    public List<RegistrationTable> registrationTables() {
        return List.of(works, events);
    }
}
