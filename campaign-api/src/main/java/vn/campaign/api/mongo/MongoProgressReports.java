package vn.campaign.api.mongo;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Query;

import vn.campaign.api.audit.mongo.AuditOutbox;
import vn.campaign.core.audit.AuditEntry;
import vn.campaign.core.audit.AuditedProgressReports;
import vn.campaign.core.campaign.CampaignCode;
import vn.campaign.core.progress.ProgressReport;
import vn.campaign.core.progress.ProgressReports;

/**
 * Progress reports in MongoDB, one document each, only ever inserted: the core's {@link ProgressReports}. A
 * report and its audit entry are one insert ({@link AuditedProgressReports}): the entry goes into the report's
 * {@value AuditOutbox#FIELD} array and is moved to the audit trail right after ({@link AuditOutbox}).
 */
public final class MongoProgressReports implements ProgressReports, AuditedProgressReports {

    private final MongoOperations mongo;
    private final AuditOutbox outbox;

    /**
     * An adapter over a database.
     *
     * @param mongo the database's operations
     */
    public MongoProgressReports(MongoOperations mongo) {
        this.mongo = Objects.requireNonNull(mongo, "mongo");
        this.outbox = new AuditOutbox(mongo);
    }

    @Override
    public void add(ProgressReport report) {
        mongo.insert(ProgressReportMapper.toDocument(report, UUID.randomUUID().toString()));
    }

    @Override
    public void add(ProgressReport report, AuditEntry entry) {
        String id = UUID.randomUUID().toString();
        Document document = new Document();
        mongo.getConverter().write(ProgressReportMapper.toDocument(report, id), document);
        Document pending = outbox.pending(entry);
        document.put(AuditOutbox.FIELD, List.of(pending));
        mongo.insert(document, ProgressReportDocument.COLLECTION);
        outbox.deliver(ProgressReportDocument.COLLECTION, id, pending);
    }

    /**
     * Moves to the audit trail the entries of reports kept before a crash whose move did not finish; run at
     * start-up, before requests are taken.
     *
     * @return how many entries were moved
     */
    public int deliverPendingAuditEntries() {
        return outbox.sweep(ProgressReportDocument.COLLECTION);
    }

    @Override
    public List<ProgressReport> findByCampaign(CampaignCode campaign) {
        return mongo.find(new Query(where("campaign").is(campaign.value()))
                        .with(Sort.by("recordedAt", "_id")), ProgressReportDocument.class)
                .stream().map(ProgressReportMapper::toDomain).toList();
    }
}
