package vn.campaign.api.mongo;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.util.List;
import java.util.Objects;

import org.bson.Document;
import org.springframework.data.domain.Sort.Direction;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.index.IndexOperations;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import vn.campaign.core.registration.RegistrationStatus;

/**
 * The indexes the adapters rely on, created at start (creating an index that exists does nothing).
 *
 * <ul>
 *   <li>{@code units}: unique (code, validFrom) — one unit per code and validity period; (kind, code,
 *       validFrom) for lists filtered by kind; (parent) for children of a unit.</li>
 *   <li>{@code registrations}: unique (campaign, unit, nameKey) — the natural key among live registrations
 *       ({@code nameKey} is the folded name while live, suffixed with the id once rejected or cancelled), which
 *       also serves the reads by campaign and by campaign and unit; (type, unit, nameFolded, _id) — the order of every list,
 *       filtered by type and unit; (type, campaign, status) for lists of a campaign by status.</li>
 *   <li>{@code progressReports}: (campaign, recordedAt) — a campaign's reports in the order recorded.</li>
 * </ul>
 */
public final class MongoIndexes {

    /** The name of the unique index that keeps one unit per code and first day. */
    public static final String UNIT_KEY = "unit_code_validFrom";
    /** The name of the unique index on the registrations' natural key, among live registrations. */
    public static final String REGISTRATION_KEY = "registration_campaign_unit_nameKey";
    /**
     * The name of the unique index the natural key had before a rejected or cancelled registration gave up its
     * name: dropped at start, once every document has its {@code nameKey}.
     */
    static final String FORMER_REGISTRATION_KEY = "registration_campaign_unit_nameFolded";

    private final MongoOperations mongo;

    /**
     * Indexes for a database.
     *
     * @param mongo the database's operations
     */
    public MongoIndexes(MongoOperations mongo) {
        this.mongo = Objects.requireNonNull(mongo, "mongo");
    }

    /** Creates every index that is missing. */
    public void create() {
        IndexOperations units = mongo.indexOps(UnitDocument.COLLECTION);
        units.createIndex(new Index().on("code", Direction.ASC).on("validFrom", Direction.ASC).unique().named(UNIT_KEY));
        units.createIndex(new Index().on("kind", Direction.ASC).on("code", Direction.ASC).on("validFrom", Direction.ASC)
                .named("unit_kind_code_validFrom"));
        units.createIndex(new Index().on("parent", Direction.ASC).named("unit_parent"));

        IndexOperations registrations = mongo.indexOps(RegistrationDocument.COLLECTION);
        backfillNameKeys();
        if (names(RegistrationDocument.COLLECTION).contains(FORMER_REGISTRATION_KEY)) {
            registrations.dropIndex(FORMER_REGISTRATION_KEY);
        }
        registrations.createIndex(new Index().on("campaign", Direction.ASC).on("unit", Direction.ASC)
                .on("nameKey", Direction.ASC).unique().named(REGISTRATION_KEY));
        registrations.createIndex(new Index().on("type", Direction.ASC).on("unit", Direction.ASC)
                .on("nameFolded", Direction.ASC).on("_id", Direction.ASC).named("registration_type_order"));
        registrations.createIndex(new Index().on("type", Direction.ASC).on("campaign", Direction.ASC)
                .on("status", Direction.ASC).named("registration_type_campaign_status"));

        mongo.indexOps(ProgressReportDocument.COLLECTION).createIndex(new Index().on("campaign", Direction.ASC)
                .on("recordedAt", Direction.ASC).named("progress_campaign_recordedAt"));
    }

    /**
     * Gives every registration stored before {@code nameKey} existed its key, one update each: a one-time
     * migration (the documents that have one are not read).
     *
     * @return how many documents were given their key
     */
    int backfillNameKeys() {
        Query lacking = new Query(where("nameKey").exists(false));
        lacking.fields().include("_id", "nameFolded", "status");
        int done = 0;
        for (Document doc : mongo.find(lacking, Document.class, RegistrationDocument.COLLECTION)) {
            String id = String.valueOf(doc.get("_id"));
            boolean live = RegistrationStatus.valueOf(doc.getString("status")).isLive();
            String key = RegistrationDocument.nameKey(doc.getString("nameFolded"), id, live);
            mongo.updateFirst(new Query(where("_id").is(id).and("nameKey").exists(false)),
                    new Update().set("nameKey", key), RegistrationDocument.COLLECTION);
            done++;
        }
        return done;
    }

    /**
     * The names of the indexes of a collection, for checks.
     *
     * @param collection a collection name
     * @return the index names
     */
    public List<String> names(String collection) {
        return mongo.indexOps(collection).getIndexInfo().stream().map(i -> i.getName()).toList();
    }
}
