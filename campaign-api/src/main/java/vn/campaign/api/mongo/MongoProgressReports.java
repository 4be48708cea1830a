package vn.campaign.api.mongo;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Query;

import vn.campaign.core.campaign.CampaignCode;
import vn.campaign.core.progress.ProgressReport;
import vn.campaign.core.progress.ProgressReports;

/** Progress reports in MongoDB, one document each, only ever inserted: the core's {@link ProgressReports}. */
public final class MongoProgressReports implements ProgressReports {

    private final MongoOperations mongo;

    /**
     * An adapter over a database.
     *
     * @param mongo the database's operations
     */
    public MongoProgressReports(MongoOperations mongo) {
        this.mongo = Objects.requireNonNull(mongo, "mongo");
    }

    @Override
    public void add(ProgressReport report) {
        mongo.insert(ProgressReportMapper.toDocument(report, UUID.randomUUID().toString()));
    }

    @Override
    public List<ProgressReport> findByCampaign(CampaignCode campaign) {
        return mongo.find(new Query(where("campaign").is(campaign.value()))
                        .with(Sort.by("recordedAt", "_id")), ProgressReportDocument.class)
                .stream().map(ProgressReportMapper::toDomain).toList();
    }
}
