package vn.campaign.api.closing.mongo;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import vn.campaign.core.campaign.CampaignCode;
import vn.campaign.core.compliance.ObligationStatus;
import vn.campaign.core.closing.FinalReport;
import vn.campaign.core.registration.RegistrationStatus;
import vn.campaign.core.statistics.StatusCount;

/**
 * A final report as stored, one document per closing, written once. Its id is the campaign's code and the
 * version the closing gave it ({@code CT32-2022@5}), so a second write of the same closing is refused by the
 * store itself.
 *
 * @param id              {@code <campaign>@<version>}
 * @param campaign        the campaign's code
 * @param campaignVersion the version the closing gave the campaign
 * @param closedAt        when (ISO-8601 instant)
 * @param closedBy        who
 * @param closedOn        the closing day (ISO-8601)
 * @param units           compliance per unit
 * @param works           works by status
 * @param events          events by status
 * @param investment      the works' investment, in đồng
 * @param plaquesAwarded  works carrying a plaque
 * @param targets         progress per target
 */
@Document(FinalReportDocument.COLLECTION)
public record FinalReportDocument(@Id String id, String campaign, long campaignVersion, String closedAt,
        String closedBy, String closedOn, List<UnitDoc> units, List<CountDoc> works, List<CountDoc> events,
        long investment, int plaquesAwarded, List<TargetDoc> targets) {

    /** The collection's name. */
    public static final String COLLECTION = "finalReports";

    /** Validates the document; absent lists read as empty. */
    public FinalReportDocument {
        Objects.requireNonNull(id, "id");
        units = copy(units);
        works = copy(works);
        events = copy(events);
        targets = copy(targets);
    }

    @SuppressWarnings("ConstantValue") // a document written by hand may lack a list
    private static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }

    /**
     * The id of a closing's report.
     *
     * @param campaign the campaign
     * @param version  the version the closing gave it
     * @return the id
     */
    static String idOf(CampaignCode campaign, long version) {
        return campaign.value() + "@" + version;
    }

    /**
     * The document of a report.
     *
     * @param r the report
     * @return its document
     */
    static FinalReportDocument of(FinalReport r) {
        return new FinalReportDocument(idOf(r.campaign(), r.campaignVersion()), r.campaign().value(),
                r.campaignVersion(), r.closedAt().toString(), r.closedBy(), r.closedOn().toString(),
                r.units().stream().map(u -> new UnitDoc(u.unitCode(), u.unitName(), u.compliant(),
                        u.obligations().stream().map(o -> new ObligationDoc(o.code(), o.status().name(), o.approved(),
                                o.pending(), o.overdue())).toList())).toList(),
                counts(r.works()), counts(r.events()), r.investment(), r.plaquesAwarded(),
                r.targets().stream().map(t -> new TargetDoc(t.code(), t.name(), t.goal() == null ? null : t.goal().toPlainString(),
                        t.figure().toPlainString(), t.reached())).toList());
    }

    /**
     * The report the document holds.
     *
     * @return the report
     */
    FinalReport toReport() {
        return new FinalReport(new CampaignCode(campaign), campaignVersion, Instant.parse(closedAt), closedBy,
                LocalDate.parse(closedOn),
                units.stream().map(u -> new FinalReport.UnitLine(u.unitCode(), u.unitName(), u.compliant(),
                        u.obligations().stream().map(o -> new FinalReport.ObligationLine(o.code(),
                                ObligationStatus.valueOf(o.status()), o.approved(), o.pending(), o.overdue()))
                                .toList())).toList(),
                statusCounts(works), statusCounts(events), investment, plaquesAwarded,
                targets.stream().map(t -> new FinalReport.TargetLine(t.code(), t.name(), t.goal() == null ? null : new BigDecimal(t.goal()),
                        new BigDecimal(t.figure()), t.reached())).toList());
    }

    private static List<CountDoc> counts(List<StatusCount> counts) {
        return counts.stream().map(c -> new CountDoc(c.status().name(), c.count())).toList();
    }

    private static List<StatusCount> statusCounts(List<CountDoc> counts) {
        return counts.stream().map(c -> new StatusCount(RegistrationStatus.valueOf(c.status()), c.count())).toList();
    }

    /**
     * A unit's compliance, embedded.
     *
     * @param unitCode    the unit's code
     * @param unitName    its name at closing
     * @param compliant   whether it met every obligation
     * @param obligations each obligation's result
     */
    public record UnitDoc(String unitCode, String unitName, boolean compliant, List<ObligationDoc> obligations) {

        /** Validates the line; an absent list reads as empty. */
        public UnitDoc {
            obligations = copy(obligations);
        }
    }

    /**
     * An obligation's result, embedded.
     *
     * @param code     the obligation's code
     * @param status   the {@link ObligationStatus} name
     * @param approved registrations that met it
     * @param pending  registrations that would count but did not
     * @param overdue  approved ones that were late
     */
    public record ObligationDoc(String code, String status, int approved, int pending, int overdue) {
    }

    /**
     * A count of registrations in a status, embedded.
     *
     * @param status the {@link RegistrationStatus} name
     * @param count  how many
     */
    public record CountDoc(String status, int count) {
    }

    /**
     * A target's progress, embedded.
     *
     * @param code    the target's code
     * @param name    its name
     * @param goal    the goal (decimal text); {@code null} when the directive states none
     * @param figure  the figure reached (decimal text)
     * @param reached whether the goal was reached
     */
    public record TargetDoc(String code, String name, @Nullable String goal, String figure, boolean reached) {
    }
}
