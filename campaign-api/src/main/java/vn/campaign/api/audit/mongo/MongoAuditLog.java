package vn.campaign.api.audit.mongo;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Sort;
import org.springframework.data.domain.Sort.Direction;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.index.IndexOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import vn.campaign.api.audit.AuditPosition;
import vn.campaign.api.audit.AuditTrail;
import vn.campaign.api.audit.StoredAuditEntry;
import vn.campaign.api.platform.Page;
import vn.campaign.api.platform.SortableInstant;
import vn.campaign.core.audit.AuditEntry;
import vn.campaign.core.audit.AuditLog;

/**
 * The audit trail in the {@value AuditEntryDocument#COLLECTION} collection: the core's {@link AuditLog}
 * port and the API's {@link AuditTrail} reads, which first wait for the entries this instance's {@link Settlement}
 * has still to move. Entries are only ever inserted — this class has no way to
 * change or remove one — each as one single-document insert: by {@link #append}, or by {@link AuditOutbox} moving
 * the entry a store adapter wrote into the changed document together with the change.
 *
 * <p>Indexes: {@value #BY_OBJECT} (objectId, at descending, _id descending) for an object's history, and
 * {@value #BY_TIME} (at descending, _id descending) for the whole trail, newest first.
 */
public final class MongoAuditLog implements AuditLog, AuditTrail {

    /** The name of the index of an object's entries by time. */
    public static final String BY_OBJECT = "audit_objectId_at";
    /** The name of the index of all entries by time. */
    public static final String BY_TIME = "audit_at";

    private static final Sort NEWEST_FIRST = Sort.by(Direction.DESC, "at", "_id");
    private static final Sort OLDEST_FIRST = Sort.by(Direction.ASC, "at", "_id");

    private final MongoOperations mongo;
    private final Settlement<?> settlement;

    /**
     * An adapter over a database.
     *
     * @param mongo the database's operations
     */
    public MongoAuditLog(MongoOperations mongo) {
        this(mongo, Settlement.inline());
    }

    /**
     * An adapter over a database whose reads wait for the entries a settlement has still to move to the trail.
     *
     * @param mongo      the database's operations
     * @param settlement the settlement that moves entries of changes after their replies
     */
    public MongoAuditLog(MongoOperations mongo, Settlement<?> settlement) {
        this.mongo = Objects.requireNonNull(mongo, "mongo");
        this.settlement = Objects.requireNonNull(settlement, "settlement");
    }

    /** Creates the indexes that are missing (creating one that exists does nothing). */
    public void createIndexes() {
        IndexOperations audit = mongo.indexOps(AuditEntryDocument.COLLECTION);
        audit.createIndex(new Index().on("objectId", Direction.ASC).on("at", Direction.DESC).on("_id", Direction.DESC)
                .named(BY_OBJECT));
        audit.createIndex(new Index().on("at", Direction.DESC).on("_id", Direction.DESC).named(BY_TIME));
    }

    @Override
    public void append(AuditEntry entry) {
        Objects.requireNonNull(entry, "entry");
        mongo.insert(AuditEntryDocument.of(UUID.randomUUID().toString(), entry));
    }

    /** One insert command for all the entries. */
    @Override
    public void appendAll(List<AuditEntry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        mongo.insertAll(entries.stream().map(e -> AuditEntryDocument.of(UUID.randomUUID().toString(), e)).toList());
    }

    @Override
    public List<AuditEntry> findByObject(String objectId) {
        settlement.awaitSettled();
        return mongo.find(new Query(where("objectId").is(objectId)).with(OLDEST_FIRST), AuditEntryDocument.class)
                .stream().map(AuditEntryDocument::toEntry).toList();
    }

    @Override
    public Page<StoredAuditEntry> page(@Nullable String objectId, @Nullable AuditPosition after, int size) {
        if (size < 1) {
            throw new IllegalArgumentException("page size must be at least 1, got " + size);
        }
        settlement.awaitSettled();
        List<Criteria> all = new ArrayList<>(criteria(objectId));
        if (after != null) {
            String at = SortableInstant.text(after.at());
            all.add(new Criteria().orOperator(where("at").lt(at),
                    where("at").is(at).and("_id").lt(after.id())));
        }
        Query query = new Query(all.isEmpty() ? new Criteria() : new Criteria().andOperator(all))
                .with(NEWEST_FIRST).limit(size + 1);
        List<StoredAuditEntry> found = mongo.find(query, AuditEntryDocument.class).stream()
                .map(d -> new StoredAuditEntry(d.id(), d.toEntry())).toList();
        return new Page<>(found.subList(0, Math.min(size, found.size())), found.size() > size);
    }

    @Override
    public long count(@Nullable String objectId) {
        settlement.awaitSettled();
        List<Criteria> all = criteria(objectId);
        return mongo.count(new Query(all.isEmpty() ? new Criteria() : all.get(0)), AuditEntryDocument.class);
    }

    private static List<Criteria> criteria(@Nullable String objectId) {
        return objectId == null ? List.of() : List.of(where("objectId").is(objectId));
    }

    /**
     * The names of the collection's indexes, for checks.
     *
     * @return the index names
     */
    public List<String> indexNames() {
        return mongo.indexOps(AuditEntryDocument.COLLECTION).getIndexInfo().stream().map(i -> i.getName()).toList();
    }
}
