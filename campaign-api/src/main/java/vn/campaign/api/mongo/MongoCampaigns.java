package vn.campaign.api.mongo;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Query;

import vn.campaign.api.platform.CampaignQueries;
import vn.campaign.core.campaign.Campaign;
import vn.campaign.core.campaign.CampaignCode;
import vn.campaign.core.campaign.Campaigns;

/** Campaigns in MongoDB, one document each: the core's {@link Campaigns} port and {@link CampaignQueries}. */
public final class MongoCampaigns implements Campaigns, CampaignQueries {

    private static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("startsOn"), Sort.Order.asc("_id"));
    private final MongoOperations mongo;

    /**
     * An adapter over a database.
     *
     * @param mongo the database's operations
     */
    public MongoCampaigns(MongoOperations mongo) {
        this.mongo = Objects.requireNonNull(mongo, "mongo");
    }

    @Override
    public Optional<Campaign> findByCode(CampaignCode code) {
        return Optional.ofNullable(mongo.findById(code.value(), CampaignDocument.class)).map(CampaignMapper::toDomain);
    }

    @Override
    public List<Campaign> findAll() {
        return mongo.find(new Query().with(NEWEST_FIRST), CampaignDocument.class).stream()
                .map(CampaignMapper::toDomain).toList();
    }

    @Override
    public void save(Campaign campaign) {
        mongo.save(CampaignMapper.toDocument(campaign));
    }

    @Override
    public List<Campaign> findByCodes(Collection<CampaignCode> codes) {
        if (codes.isEmpty()) {
            return List.of();
        }
        return mongo.find(new Query(where("_id").in(codes.stream().map(CampaignCode::value).distinct().toList())),
                CampaignDocument.class).stream().map(CampaignMapper::toDomain).toList();
    }
}
