package vn.campaign.api.mongo;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import vn.campaign.api.platform.CampaignQueries;
import vn.campaign.core.campaign.Campaign;
import vn.campaign.core.campaign.CampaignCode;
import vn.campaign.core.campaign.Campaigns;
import vn.campaign.core.campaign.StoredCampaign;

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

    /** Keeps the version counting: a replaced campaign gets the next version, a new one version 1. */
    @Override
    public void save(Campaign campaign) {
        mongo.save(CampaignMapper.toDocument(findStored(campaign.code()).map(s -> s.next(campaign))
                .orElseGet(() -> StoredCampaign.first(campaign))));
    }

    @Override
    public Optional<StoredCampaign> findStored(CampaignCode code) {
        return Optional.ofNullable(mongo.findById(code.value(), CampaignDocument.class)).map(CampaignMapper::toStored);
    }

    /** Inserts; the store's unique {@code _id} refuses a code already kept, even by a concurrent writer. */
    @Override
    public boolean add(StoredCampaign campaign) {
        try {
            mongo.insert(CampaignMapper.toDocument(campaign));
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    /** Replaces the document only where it still holds the version read (a missing version reads as 1). */
    @Override
    public boolean replace(StoredCampaign campaign, long expectedVersion) {
        Criteria version = expectedVersion == 1
                ? new Criteria().orOperator(where("version").is(1L), where("version").exists(false))
                : where("version").is(expectedVersion);
        Query query = new Query(new Criteria().andOperator(where("_id").is(campaign.campaign().code().value()), version));
        return mongo.replace(query, CampaignMapper.toDocument(campaign)).getMatchedCount() == 1;
    }

    @Override
    public List<Campaign> findByCodes(Collection<CampaignCode> codes) {
        if (codes.isEmpty()) {
            return List.of();
        }
        return mongo.find(new Query(where("_id").in(codes.stream().map(CampaignCode::value).distinct().toList())),
                CampaignDocument.class).stream().map(CampaignMapper::toDomain).toList();
    }

    @Override
    public Map<CampaignCode, Long> versions(Collection<CampaignCode> codes) {
        if (codes.isEmpty()) {
            return Map.of();
        }
        Map<CampaignCode, Long> versions = new HashMap<>();
        for (CampaignDocument doc : mongo.find(new Query(where("_id").in(codes.stream().map(CampaignCode::value)
                .distinct().toList())), CampaignDocument.class)) {
            versions.put(new CampaignCode(doc.id()), Objects.requireNonNullElse(doc.version(), 1L));
        }
        return versions;
    }
}
