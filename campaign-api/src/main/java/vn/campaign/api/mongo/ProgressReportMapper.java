package vn.campaign.api.mongo;

import java.math.BigDecimal;
import java.time.LocalDate;

import vn.campaign.core.campaign.CampaignCode;
import vn.campaign.core.progress.ProgressReport;
import vn.campaign.core.unit.UnitCode;

/** Maps progress reports to and from their documents. */
public final class ProgressReportMapper {

    private ProgressReportMapper() {
    }

    /**
     * The document of a report.
     *
     * @param report the report
     * @param id     the document's id
     * @return its document
     */
    public static ProgressReportDocument toDocument(ProgressReport report, String id) {
        return new ProgressReportDocument(id, report.campaign().value(), report.target(), report.unit().value(),
                report.reportedOn().toString(), report.value().toString(), report.note(),
                Dates.text(report.recordedAt()));
    }

    /**
     * The report a document holds.
     *
     * @param doc the document
     * @return the report
     */
    public static ProgressReport toDomain(ProgressReportDocument doc) {
        return new ProgressReport(new CampaignCode(doc.campaign()), doc.target(), new UnitCode(doc.unit()),
                LocalDate.parse(doc.reportedOn()), new BigDecimal(doc.value()), doc.note(),
                Dates.instant(doc.recordedAt()));
    }
}
