package vn.campaign.api.closing.mongo;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Query;
import vn.campaign.core.campaign.CampaignCode;
import vn.campaign.core.closing.FinalReport;
import vn.campaign.core.closing.FinalReports;

/**
 * Final reports in the {@value FinalReportDocument#COLLECTION} collection. Reports are only ever inserted —
 * this class has no way to change or remove one — under an id made of the campaign and the closing's version,
 * so the store refuses a second report of the same closing.
 */
public final class MongoFinalReports implements FinalReports {

    private final MongoOperations mongo;

    /**
     * An adapter over a database.
     *
     * @param mongo the database's operations
     */
    public MongoFinalReports(MongoOperations mongo) {
        this.mongo = Objects.requireNonNull(mongo, "mongo");
    }

    @Override
    public boolean add(FinalReport report) {
        try {
            mongo.insert(FinalReportDocument.of(report));
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    @Override
    public Optional<FinalReport> find(CampaignCode campaign, long version) {
        return Optional.ofNullable(mongo.findById(FinalReportDocument.idOf(campaign, version),
                FinalReportDocument.class)).map(FinalReportDocument::toReport);
    }

    @Override
    public List<FinalReport> history(CampaignCode campaign) {
        return mongo.find(new Query(where("campaign").is(campaign.value()))
                        .with(Sort.by(Sort.Direction.ASC, "campaignVersion")), FinalReportDocument.class)
                .stream().map(FinalReportDocument::toReport).toList();
    }
}
