package vn.campaign.api.mongo;

import java.util.List;
import java.util.Objects;

import org.springframework.data.domain.Sort.Direction;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.index.IndexOperations;

/**
 * The indexes the adapters rely on, created at start (creating an index that exists does nothing).
 *
 * <ul>
 *   <li>{@code units}: unique (code, validFrom) — one unit per code and validity period; (kind, code,
 *       validFrom) for lists filtered by kind; (parent) for children of a unit.</li>
 *   <li>{@code registrations}: unique (campaign, unit, nameFolded) — the natural key, which also serves the
 *       reads by campaign and by campaign and unit; (type, unit, nameFolded, _id) — the order of every list,
 *       filtered by type and unit; (type, campaign, status) for lists of a campaign by status.</li>
 *   <li>{@code progressReports}: (campaign, recordedAt) — a campaign's reports in the order recorded.</li>
 * </ul>
 */
public final class MongoIndexes {

    /** The name of the unique index that keeps one unit per code and first day. */
    public static final String UNIT_KEY = "unit_code_validFrom";
    /** The name of the unique index on the registrations' natural key. */
    public static final String REGISTRATION_KEY = "registration_campaign_unit_nameFolded";

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
        registrations.createIndex(new Index().on("campaign", Direction.ASC).on("unit", Direction.ASC)
                .on("nameFolded", Direction.ASC).unique().named(REGISTRATION_KEY));
        registrations.createIndex(new Index().on("type", Direction.ASC).on("unit", Direction.ASC)
                .on("nameFolded", Direction.ASC).on("_id", Direction.ASC).named("registration_type_order"));
        registrations.createIndex(new Index().on("type", Direction.ASC).on("campaign", Direction.ASC)
                .on("status", Direction.ASC).named("registration_type_campaign_status"));

        mongo.indexOps(ProgressReportDocument.COLLECTION).createIndex(new Index().on("campaign", Direction.ASC)
                .on("recordedAt", Direction.ASC).named("progress_campaign_recordedAt"));
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
