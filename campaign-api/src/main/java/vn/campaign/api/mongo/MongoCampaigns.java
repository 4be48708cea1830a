package vn.campaign.api.mongo;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.bson.Document;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import com.mongodb.client.result.UpdateResult;

import vn.campaign.api.audit.mongo.AuditOutbox;
import vn.campaign.api.platform.CampaignQueries;
import vn.campaign.core.audit.AuditEntry;
import vn.campaign.core.audit.AuditedCampaigns;
import vn.campaign.core.campaign.Campaign;
import vn.campaign.core.campaign.CampaignCode;
import vn.campaign.core.campaign.Campaigns;
import vn.campaign.core.campaign.StoredCampaign;

/** Campaigns in MongoDB, one document each: the core's {@link Campaigns} port and {@link CampaignQueries}. */
public final class MongoCampaigns implements Campaigns, AuditedCampaigns, CampaignQueries {

    private static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("startsOn"), Sort.Order.asc("_id"));
    /** The fields of a campaign document besides its id, each set or unset by an audited replacement. */
    private static final List<String> FIELDS = AuditOutbox.fieldsOf(CampaignDocument.class);
    private final MongoOperations mongo;
    private final AuditOutbox outbox;

    /**
     * An adapter over a database.
     *
     * @param mongo the database's operations
     */
    public MongoCampaigns(MongoOperations mongo) {
        this.mongo = Objects.requireNonNull(mongo, "mongo");
        this.outbox = new AuditOutbox(mongo);
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
    public boolean add(StoredCampaign campaign, AuditEntry entry) {
        Document document = document(campaign);
        Document pending = outbox.pending(entry);
        document.put(AuditOutbox.FIELD, List.of(pending));
        try {
            mongo.insert(document, CampaignDocument.COLLECTION);
        } catch (DuplicateKeyException e) {
            return false;
        }
        outbox.deliver(CampaignDocument.COLLECTION, campaign.campaign().code().value(), pending);
        return true;
    }

    /**
     * Changes the document only where it still holds the version read (a missing version reads as 1), setting
     * and unsetting its fields rather than replacing it, so that an entry still pending is kept.
     */
    @Override
    public boolean replace(StoredCampaign campaign, long expectedVersion, AuditEntry entry) {
        String id = campaign.campaign().code().value();
        Document filter = new Document("_id", id);
        if (expectedVersion == 1) {
            filter.append("$or", List.of(new Document("version", 1L),
                    new Document("version", new Document("$exists", false))));
        } else {
            filter.append("version", expectedVersion);
        }
        Document pending = outbox.pending(entry);
        Document change = AuditOutbox.changeTo(document(campaign), FIELDS, pending);
        @Nullable UpdateResult result = mongo.execute(CampaignDocument.COLLECTION, c -> c.updateOne(filter, change));
        if (result == null || result.getMatchedCount() != 1) {
            return false;
        }
        outbox.deliver(CampaignDocument.COLLECTION, id, pending);
        return true;
    }

    /**
     * Moves to the audit trail the entries of campaign changes stored before a crash whose move did not finish;
     * run at start-up, before requests are taken.
     *
     * @return how many entries were moved
     */
    public int deliverPendingAuditEntries() {
        return outbox.sweep(CampaignDocument.COLLECTION);
    }

    private Document document(StoredCampaign campaign) {
        Document document = new Document();
        mongo.getConverter().write(CampaignMapper.toDocument(campaign), document);
        return document;
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
