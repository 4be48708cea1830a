package vn.campaign.api.mongo;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.InsertOneModel;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import com.mongodb.client.model.WriteModel;
import com.mongodb.client.model.Projections;
import com.mongodb.client.result.UpdateResult;

import vn.campaign.core.campaign.CampaignCode;
import vn.campaign.core.registration.Registration;
import vn.campaign.core.summary.UnitSummaries;
import vn.campaign.core.summary.UnitSummary;
import vn.campaign.core.unit.UnitCode;

/**
 * The summaries of each unit's registrations in a campaign, kept in MongoDB next to the registrations: the
 * core's {@link UnitSummaries} port, read by the compliance and statistics services instead of every
 * registration.
 *
 * <p>A summary is never adjusted by a difference: {@link #recompute} makes it again from the unit's
 * registrations ({@link UnitSummary#of}) and stores it with a compare-and-set on its {@code version} — it reads
 * the version, then the registrations, and replaces the summary only where the version is still the one it read,
 * else starts again. So a recomputation can be repeated any number of times (after a crash, by the start-up
 * sweep), and one that read older registrations can never overwrite one that read newer: the later of two
 * successful replacements read its version after the earlier one's write, hence its registrations after every
 * write that the earlier one saw. The registrations write path calls it for the unit of each change after the
 * change is stored and before its audit entry leaves the registration's outbox ({@link MongoRegistrations}).
 *
 * <p>Each attempt reads, in this order, the summary's version, the unit's member list, then the registrations
 * it names: a recomputation that wins the compare-and-set on version {@code v} read the member list after
 * {@code v} was written, so after every earlier winner had added its registration to the list.
 *
 * <p>A unit's registrations are found through the {@value #MEMBERS} collection, which lists the ids of each
 * unit's registrations ({@code $addToSet}, so adding again changes nothing), and read by {@code _id}: the
 * embedded store builds no index but unique ones, so a query by campaign and unit would scan every registration.
 * The version last written or read of each summary is kept in memory, which saves reading it before each
 * recomputation; a version that is no longer current only makes the compare-and-set fail and the version be read
 * again.
 */
public final class MongoUnitSummaries implements UnitSummaries {

    /** The collection of the summaries. */
    public static final String SUMMARIES = "unitSummaries";

    /** The collection that lists the ids of each unit's registrations in a campaign. */
    public static final String MEMBERS = "unitMembers";

    /** How many writes a bulk write of {@link #rebuild()} sends at once. */
    private static final int BULK = 1_000;

    /** The field in which {@link #rebuild()} marks the summaries it replaced, to find those it did not. */
    private static final String REBUILT = "rebuilt";

    /** How many times a recomputation tries again after losing the compare-and-set to a concurrent one. */
    private static final int ATTEMPTS = 1_000;

    private final MongoOperations mongo;
    private final ZoneId zone;
    private final Map<String, Long> versions = new ConcurrentHashMap<>();

    /**
     * The summaries in a database.
     *
     * @param mongo the database's operations
     * @param zone  the time zone in which instants fall on weeks (the platform's)
     */
    public MongoUnitSummaries(MongoOperations mongo, ZoneId zone) {
        this.mongo = Objects.requireNonNull(mongo, "mongo");
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    /**
     * The id of a unit's summary and member list.
     *
     * @param campaign the campaign
     * @param unit     the unit
     * @return {@code campaign/unit}
     */
    public static String key(CampaignCode campaign, UnitCode unit) {
        return campaign.value() + "/" + unit.value();
    }

    @Override
    public List<UnitSummary> findByCampaign(CampaignCode campaign) {
        List<UnitSummary> found = new ArrayList<>();
        mongo.getCollection(SUMMARIES).find(Filters.eq("campaign", campaign.value())).batchSize(10_000)
                .forEach(d -> found.add(UnitSummaryMapper.toDomain(d)));
        return found;
    }

    /** Reads the summaries' tallies only: their investments and weeks stay in the store. */
    @Override
    public List<UnitSummary> findTalliesByCampaign(CampaignCode campaign) {
        List<UnitSummary> found = new ArrayList<>();
        mongo.getCollection(SUMMARIES).find(Filters.eq("campaign", campaign.value()))
                .projection(Projections.include("campaign", "unit", "tallies")).batchSize(10_000)
                .forEach(d -> found.add(UnitSummaryMapper.toDomain(d)));
        return found;
    }

    @Override
    public ZoneId zone() {
        return zone;
    }

    /**
     * Makes a unit's summary again from its registrations and stores it, after adding registrations to the unit's
     * member list: idempotent, safe to run concurrently with itself and with writes.
     *
     * @param campaign the campaign
     * @param unit     the unit
     * @param added    ids of registrations of the unit just stored (already listed ones are fine)
     * @throws IllegalStateException when concurrent recomputations keep winning the compare-and-set
     */
    public void recompute(CampaignCode campaign, UnitCode unit, Collection<String> added) {
        String key = key(campaign, unit);
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            // the order matters: the version, then the members, then their registrations (see the class comment)
            Long known = versions.get(key);
            long version = known != null ? known : storedVersion(key);
            List<String> members = members(key, added);
            List<Registration> registrations = members.isEmpty() ? List.of()
                    : mongo.find(new Query(where("_id").in(members)).cursorBatchSize(10_000), RegistrationDocument.class).stream()
                            .map(RegistrationMapper::toDomain).toList();
            if (replace(UnitSummary.of(campaign, unit, registrations, zone), version)) {
                return;
            }
        }
        throw new IllegalStateException("the summary of " + key + " kept changing during " + ATTEMPTS
                + " recomputations");
    }

    /**
     * Recomputes every summary from the registrations, in one pass over them: for a store loaded without the
     * write path (a bulk load, a restore of a dump without summaries) or a check. Member lists gain every
     * registration found, and the summaries are written in unordered bulk writes of {@value #BULK}, each replacing
     * the summary only under the version read before the pass; a summary a concurrent write changed meanwhile (its
     * replacement did not take) is recomputed on its own, so the server may keep taking writes.
     *
     * @return how many summaries were written
     */
    public int rebuild() {
        Map<String, Long> before = new HashMap<>();
        mongo.getCollection(SUMMARIES).find().projection(Projections.include("version"))
                .forEach(d -> before.put(d.getString("_id"), UnitSummaryMapper.longOf(d, "version")));
        versions.clear();
        Map<String, UnitSummary.Builder> builders = new LinkedHashMap<>();
        Map<String, List<String>> ids = new LinkedHashMap<>();
        try (Stream<RegistrationDocument> all = mongo.stream(new Query().cursorBatchSize(10_000),
                RegistrationDocument.class)) {
            all.map(RegistrationMapper::toDomain).forEach(r -> {
                String key = key(r.campaign(), r.unit());
                builders.computeIfAbsent(key, k -> new UnitSummary.Builder(r.campaign(), r.unit(), zone)).add(r);
                ids.computeIfAbsent(key, k -> new ArrayList<>()).add(r.id().value());
            });
        }
        List<WriteModel<Document>> memberWrites = new ArrayList<>();
        ids.forEach((key, added) -> memberWrites.add(new UpdateOneModel<>(Filters.eq("_id", key),
                Updates.addEachToSet("ids", added), new UpdateOptions().upsert(true))));
        bulk(MEMBERS, memberWrites);
        String token = UUID.randomUUID().toString();
        List<WriteModel<Document>> summaryWrites = new ArrayList<>();
        for (Map.Entry<String, UnitSummary.Builder> e : builders.entrySet()) {
            long version = before.getOrDefault(e.getKey(), 0L);
            Document next = UnitSummaryMapper.toDocument(e.getValue().build(), version + 1).append(REBUILT, token);
            summaryWrites.add(version == 0 ? new InsertOneModel<>(next)
                    : new ReplaceOneModel<>(Filters.and(Filters.eq("_id", e.getKey()), Filters.eq("version", version)),
                            next));
        }
        bulk(SUMMARIES, summaryWrites);
        List<String> taken = new ArrayList<>();
        mongo.getCollection(SUMMARIES).find(Filters.eq(REBUILT, token)).projection(Projections.include("_id"))
                .forEach(d -> taken.add(d.getString("_id")));
        Set<String> left = new HashSet<>(builders.keySet());
        taken.forEach(left::remove);
        before.keySet().stream().filter(key -> !builders.containsKey(key)).forEach(left::add);
        for (String key : left) {
            String[] parts = key.split("/", 2);
            recompute(new CampaignCode(parts[0]), new UnitCode(parts[1]), List.of());
        }
        return builders.size() + (int) before.keySet().stream().filter(key -> !builders.containsKey(key)).count();
    }

    /** Unordered bulk writes in chunks; a write refused (a duplicate key) leaves the others done. */
    private void bulk(String collection, List<WriteModel<Document>> writes) {
        for (int from = 0; from < writes.size(); from += BULK) {
            try {
                mongo.getCollection(collection).bulkWrite(writes.subList(from, Math.min(writes.size(), from + BULK)),
                        new BulkWriteOptions().ordered(false));
            } catch (MongoBulkWriteException e) {
                if (e.getWriteErrors().stream().anyMatch(w -> w.getCategory() != ErrorCategory.DUPLICATE_KEY)) {
                    throw e;
                } // a summary inserted meanwhile by a write: recomputed on its own below
            }
        }
    }

    /** Adds ids to a unit's member list, creating it if need be, and answers the whole list: one round trip. */
    private List<String> members(String key, Collection<String> added) {
        Update update = new Update().setOnInsert("created", true);
        if (!added.isEmpty()) {
            update = new Update().addToSet("ids").each(added.toArray());
        }
        Document list = mongo.findAndModify(new Query(where("_id").is(key)), update,
                FindAndModifyOptions.options().upsert(true).returnNew(true), Document.class, MEMBERS);
        return list == null ? List.of() : list.getList("ids", String.class, List.of());
    }

    private long storedVersion(String key) {
        Document found = mongo.getCollection(SUMMARIES).find(Filters.eq("_id", key))
                .projection(Projections.include("version")).first();
        return found == null ? 0 : UnitSummaryMapper.longOf(found, "version");
    }

    /** Stores a summary as the next version if the stored one is still {@code version} (0: none stored yet). */
    private boolean replace(UnitSummary summary, long version) {
        String key = key(summary.campaign(), summary.unit());
        Document next = UnitSummaryMapper.toDocument(summary, version + 1);
        boolean replaced;
        if (version == 0) {
            try {
                mongo.getCollection(SUMMARIES).insertOne(next);
                replaced = true;
            } catch (com.mongodb.MongoWriteException e) {
                if (e.getError().getCategory() != com.mongodb.ErrorCategory.DUPLICATE_KEY) {
                    throw e;
                }
                replaced = false;
            } catch (DuplicateKeyException e) {
                replaced = false;
            }
        } else {
            UpdateResult result = mongo.getCollection(SUMMARIES)
                    .replaceOne(Filters.and(Filters.eq("_id", key), Filters.eq("version", version)), next);
            replaced = result.getMatchedCount() > 0;
        }
        if (replaced) {
            versions.put(key, version + 1);
        } else {
            versions.remove(key);
        }
        return replaced;
    }
}
