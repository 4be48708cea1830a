package vn.campaign.api.commendation.mongo;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Query;
import vn.campaign.core.campaign.CampaignCode;
import vn.campaign.core.commendation.Commendation;
import vn.campaign.core.commendation.Commendations;
import vn.campaign.core.commendation.Decision;
import vn.campaign.core.commendation.Decisions;

/**
 * Commendation proposals and decisions in MongoDB. A proposal is replaced only at the version read; a decision
 * number is unique per campaign by the index {@value #DECISION_NUMBER}.
 */
public final class MongoCommendations implements Commendations, Decisions {

    /** The name of the unique index of decisions by campaign and number. */
    public static final String DECISION_NUMBER = "decisions_campaign_number";

    private final MongoOperations mongo;

    /**
     * An adapter over a database.
     *
     * @param mongo the database's operations
     */
    public MongoCommendations(MongoOperations mongo) {
        this.mongo = Objects.requireNonNull(mongo, "mongo");
    }

    /** Creates the indexes that are missing. */
    public void createIndexes() {
        mongo.indexOps(DecisionDocument.COLLECTION).createIndex(new Index().on("campaign", Sort.Direction.ASC)
                .on("number", Sort.Direction.ASC).unique().named(DECISION_NUMBER));
        mongo.indexOps(CommendationDocument.COLLECTION).createIndex(new Index().on("campaign", Sort.Direction.ASC)
                .on("proposedAt", Sort.Direction.ASC).named("commendations_campaign"));
    }

    @Override
    public void insert(Commendation commendation) {
        mongo.insert(CommendationDocument.of(commendation));
    }

    @Override
    public boolean update(Commendation commendation, long expectedVersion) {
        Query query = new Query(where("_id").is(commendation.id()).and("version").is(expectedVersion));
        return mongo.replace(query, CommendationDocument.of(commendation)).getMatchedCount() == 1;
    }

    @Override
    public Optional<Commendation> findById(String id) {
        return Optional.ofNullable(mongo.findById(id, CommendationDocument.class)).map(CommendationDocument::toDomain);
    }

    @Override
    public List<Commendation> findByCampaign(CampaignCode campaign) {
        return mongo.find(new Query(where("campaign").is(campaign.value())).with(Sort.by("proposedAt", "_id")),
                CommendationDocument.class).stream().map(CommendationDocument::toDomain).toList();
    }

    @Override
    public boolean add(Decision decision) {
        try {
            mongo.insert(DecisionDocument.of(decision));
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    @Override
    public Optional<Decision> findDecision(String id) {
        return Optional.ofNullable(mongo.findById(id, DecisionDocument.class)).map(DecisionDocument::toDomain);
    }

    @Override
    public List<Decision> findDecisions(CampaignCode campaign) {
        return mongo.find(new Query(where("campaign").is(campaign.value())).with(Sort.by("recordedAt", "_id")),
                DecisionDocument.class).stream().map(DecisionDocument::toDomain).toList();
    }
}
