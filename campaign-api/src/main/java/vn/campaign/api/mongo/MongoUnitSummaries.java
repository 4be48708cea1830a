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
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.bson.Document;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.bulk.BulkWriteResult;
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

import vn.campaign.api.audit.mongo.Settlement;
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
 * <p>Every summary document also lists what it counts: each registration's id with the version counted
 * ({@value #COUNTED}); the summary is exactly the sum of those versions. It changes in two ways, each stored with
 * a compare-and-set on the summary's {@code version} (replaced only where the version is still the one read,
 * else tried again):
 * <ul>
 *   <li>{@link #apply} adjusts it by one stored change — takes the registration's version before the change away
 *       and adds the one after ({@link UnitSummary.Builder#from}) — but only where the summary counts exactly the
 *       version before (none, for a registration just inserted); where it counts the version after or a later
 *       one, the change is in already and nothing is written; otherwise it recomputes. A change is thus never
 *       counted twice, and a write costs the same whatever the unit holds.</li>
 *   <li>{@link #recompute} makes it again from the unit's registrations ({@link UnitSummary#of}), with what it
 *       read as the versions counted: it can be repeated any number of times (after a crash, by the start-up
 *       sweep), and one that read older registrations can never overwrite one that read newer: the later of two
 *       successful replacements read its version after the earlier one's write, hence its registrations after
 *       every write that the earlier one saw.</li>
 * </ul>
 * The registrations write path applies each change to its unit's summary after the change is stored and before
 * its audit entry leaves the registration's outbox ({@link MongoRegistrations}); the changes settled together
 * (a batch of inserts, or the changes of concurrent requests settled after their replies) adjust each unit's
 * summary once ({@link #applyAll}). When changes are settled after their replies, the reads of summaries wait
 * for those this instance acknowledged ({@link Settlement#awaitSettled()}).
 *
 * <p>Each attempt reads, in this order, the summary's version, the unit's member list, then the registrations
 * it names: a recomputation that wins the compare-and-set on version {@code v} read the member list after
 * {@code v} was written, so after every earlier winner had added its registration to the list.
 *
 * <p>A unit's registrations are found through the {@value #MEMBERS} collection, which lists the ids of each
 * unit's registrations ({@code $addToSet}, so adding again changes nothing), and read by {@code _id}: the
 * embedded store builds no index but unique ones, so a query by campaign and unit would scan every registration.
 * The summary last written or read is kept in memory with its version, which saves reading it before each
 * change; one that is no longer current only makes the compare-and-set fail and the summary be read again. The
 * overview's reads leave the {@value #COUNTED} list in the store.
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

    /** The field in which {@link #applyAll} marks the summaries one pass replaced, to find those it did not. */
    private static final String SETTLED_BY = "settledBy";

    /** The field listing the registrations a summary counts, each {@code {id, version}}. */
    static final String COUNTED = "counted";

    private final MongoOperations mongo;
    private final ZoneId zone;
    private final Settlement<?> settlement;
    private final Map<String, Stored> stored = new ConcurrentHashMap<>();

    /** A summary as stored at a version, with the version of each registration it counts. */
    private record Stored(long version, UnitSummary summary, Map<String, Long> counted) {
    }

    /**
     * The summaries in a database.
     *
     * @param mongo the database's operations
     * @param zone  the time zone in which instants fall on weeks (the platform's)
     */
    public MongoUnitSummaries(MongoOperations mongo, ZoneId zone) {
        this(mongo, zone, Settlement.inline());
    }

    /**
     * The summaries in a database, whose reads wait for the changes a settlement has still to apply.
     *
     * @param mongo      the database's operations
     * @param zone       the time zone in which instants fall on weeks (the platform's)
     * @param settlement the settlement of the registrations' changes, which adjusts the summaries
     */
    public MongoUnitSummaries(MongoOperations mongo, ZoneId zone, Settlement<?> settlement) {
        this.mongo = Objects.requireNonNull(mongo, "mongo");
        this.zone = Objects.requireNonNull(zone, "zone");
        this.settlement = Objects.requireNonNull(settlement, "settlement");
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
        settlement.awaitSettled();
        List<UnitSummary> found = new ArrayList<>();
        mongo.getCollection(SUMMARIES).find(Filters.eq("campaign", campaign.value()))
                .projection(Projections.exclude(COUNTED)).batchSize(10_000)
                .forEach(d -> found.add(UnitSummaryMapper.toDomain(d)));
        return found;
    }

    /** Reads the summaries' tallies only: their investments and weeks stay in the store. */
    @Override
    public List<UnitSummary> findTalliesByCampaign(CampaignCode campaign) {
        settlement.awaitSettled();
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
            Stored known = stored.get(key);
            long version = known != null ? known.version() : storedVersion(key);
            List<String> members = members(key, added);
            List<Registration> registrations = members.isEmpty() ? List.of()
                    : mongo.find(new Query(where("_id").in(members)).cursorBatchSize(10_000), RegistrationDocument.class).stream()
                            .map(RegistrationMapper::toDomain).toList();
            if (replace(UnitSummary.of(campaign, unit, registrations, zone), countedOf(campaign, unit, registrations),
                    version)) {
                return;
            }
        }
        throw new IllegalStateException("the summary of " + key + " kept changing during " + ATTEMPTS
                + " recomputations");
    }

    /**
     * A stored change of a registration, by which its unit's summary moves.
     *
     * @param before the registration as stored before the change, or {@code null} for one just inserted
     * @param after  the registration as the change stored it
     */
    public record Change(@Nullable Registration before, Registration after) {

        /**
         * Checks the change.
         *
         * @param before the registration before, or {@code null}
         * @param after  the registration after
         */
        public Change {
            Objects.requireNonNull(after, "after");
            if (before != null && !before.id().equals(after.id())) {
                throw new IllegalArgumentException("a change is of one registration, got " + before.id() + " and "
                        + after.id());
            }
        }

        private boolean movesUnit() {
            return before != null && (!before.campaign().equals(after.campaign())
                    || !before.unit().equals(after.unit()));
        }
    }

    /**
     * Adjusts the summaries by stored changes, in the order given: each unit's summary once for all its changes,
     * each change taken in only where the summary counts exactly its version before (none, for an insert) and
     * skipped where it counts that change or a later one already. The store sees three commands whatever the
     * number of units: one unordered bulk write adding the inserted ids to their units' member lists, one unordered
     * bulk write replacing each summary under its version (a compare-and-set each), and — only when some did not
     * take — one read telling which did. A unit whose summary counts another version, or changed meanwhile, is
     * adjusted again on its own and recomputed if need be; so are both units of a change that moves a registration
     * between units. Safe to run concurrently with itself, with recomputations and with writes, and again for
     * changes already counted.
     *
     * @param changes the stored changes
     */
    public void applyAll(List<Change> changes) {
        Map<String, List<Change>> byUnit = new LinkedHashMap<>();
        for (Change change : changes) {
            if (change.movesUnit()) {
                Registration before = Objects.requireNonNull(change.before());
                recompute(before.campaign(), before.unit(), List.of());
                recompute(change.after().campaign(), change.after().unit(), List.of(change.after().id().value()));
            } else {
                byUnit.computeIfAbsent(key(change.after().campaign(), change.after().unit()), k -> new ArrayList<>())
                        .add(change);
            }
        }
        if (byUnit.isEmpty()) {
            return;
        }
        List<WriteModel<Document>> memberWrites = new ArrayList<>();
        byUnit.forEach((key, unitChanges) -> {
            List<String> inserted = insertedIds(unitChanges);
            if (!inserted.isEmpty()) {
                memberWrites.add(new UpdateOneModel<>(Filters.eq("_id", key), Updates.addEachToSet("ids", inserted),
                        new UpdateOptions().upsert(true)));
            }
        });
        bulk(MEMBERS, memberWrites);
        readUnknown(byUnit);
        String pass = UUID.randomUUID().toString();
        Map<String, Plan> plans = new LinkedHashMap<>();
        List<String> alone = new ArrayList<>();
        byUnit.forEach((key, unitChanges) -> {
            Plan plan = plan(unitChanges);
            if (plan == null) {
                alone.add(key);
            } else if (plan.changed()) {
                plans.put(key, plan);
            }
        });
        List<WriteModel<Document>> summaryWrites = new ArrayList<>();
        plans.forEach((key, plan) -> {
            Document next = UnitSummaryMapper.toDocument(plan.summary(), plan.counted(), plan.version() + 1)
                    .append(SETTLED_BY, pass);
            summaryWrites.add(plan.version() == 0 ? new InsertOneModel<>(next)
                    : new ReplaceOneModel<>(Filters.and(Filters.eq("_id", key), Filters.eq("version", plan.version())),
                            next));
        });
        if (!bulk(SUMMARIES, summaryWrites)) {
            Set<String> taken = new HashSet<>();
            mongo.getCollection(SUMMARIES).find(Filters.and(Filters.in("_id", List.copyOf(plans.keySet())),
                    Filters.eq(SETTLED_BY, pass))).projection(Projections.include("_id"))
                    .forEach(d -> taken.add(d.getString("_id")));
            plans.keySet().stream().filter(key -> !taken.contains(key)).forEach(alone::add);
            plans.keySet().retainAll(taken);
        }
        plans.forEach((key, plan) -> stored.put(key, new Stored(plan.version() + 1, plan.summary(),
                Map.copyOf(plan.counted()))));
        for (String key : alone) {
            stored.remove(key);
            applyToUnit(Objects.requireNonNull(byUnit.get(key)));
        }
    }

    /**
     * What a unit's changes make of its summary as last known: the summary to store at the next version, or
     * {@code null} when the summary counts another version of a changed registration than the one changed.
     *
     * @param summary the summary with the changes in
     * @param counted what it counts
     * @param version the version it replaces (0: none stored)
     * @param changed whether any change was not counted yet
     */
    private record Plan(UnitSummary summary, Map<String, Long> counted, long version, boolean changed) {
    }

    private @Nullable Plan plan(List<Change> changes) {
        CampaignCode campaign = changes.get(0).after().campaign();
        UnitCode unit = changes.get(0).after().unit();
        Stored current = stored.get(key(campaign, unit));
        if (current == null) {
            current = read(campaign, unit);
        }
        Map<String, Long> counted = new HashMap<>(current.counted());
        UnitSummary.Builder builder = UnitSummary.Builder.from(current.summary(), zone);
        boolean changed = false;
        try {
            for (Change change : changes) {
                String id = change.after().id().value();
                Long known = counted.get(id);
                if (known != null && known >= change.after().version()) {
                    continue; // a recomputation counted this change, or a later one, already
                }
                Registration before = change.before();
                if (!Objects.equals(known, before == null ? null : before.version())) {
                    return null; // the summary counts another version than the one changed: make it again
                }
                if (before != null) {
                    builder.remove(before);
                }
                builder.add(change.after());
                counted.put(id, change.after().version());
                changed = true;
            }
        } catch (IllegalArgumentException e) {
            return null;
        }
        return new Plan(builder.build(), counted, current.version(), changed);
    }

    private static List<String> insertedIds(List<Change> changes) {
        return changes.stream().filter(c -> c.before() == null).map(c -> c.after().id().value()).distinct().toList();
    }

    /**
     * Adjusts one unit's summary by its changes, in order, reading it again first: after its summary changed
     * under a bulk write of {@link #applyAll}, or counts another version; recomputes it when that still fails.
     */
    private void applyToUnit(List<Change> changes) {
        for (int attempt = 0; attempt < 2; attempt++) {
            Plan plan = plan(changes);
            if (plan == null) {
                break;
            }
            if (!plan.changed() || replace(plan.summary(), plan.counted(), plan.version())) {
                return;
            }
        }
        recompute(changes.get(0).after().campaign(), changes.get(0).after().unit(),
                changes.stream().map(c -> c.after().id().value()).distinct().toList());
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
        stored.clear();
        Map<String, UnitSummary.Builder> builders = new LinkedHashMap<>();
        Map<String, List<String>> ids = new LinkedHashMap<>();
        Map<String, Map<String, Long>> counted = new HashMap<>();
        try (Stream<RegistrationDocument> all = mongo.stream(new Query().cursorBatchSize(10_000),
                RegistrationDocument.class)) {
            all.map(RegistrationMapper::toDomain).forEach(r -> {
                String key = key(r.campaign(), r.unit());
                builders.computeIfAbsent(key, k -> new UnitSummary.Builder(r.campaign(), r.unit(), zone)).add(r);
                ids.computeIfAbsent(key, k -> new ArrayList<>()).add(r.id().value());
                counted.computeIfAbsent(key, k -> new HashMap<>()).put(r.id().value(), r.version());
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
            Document next = UnitSummaryMapper.toDocument(e.getValue().build(),
                    counted.getOrDefault(e.getKey(), Map.of()), version + 1)
                    .append(REBUILT, token);
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

    /**
     * Unordered bulk writes in chunks; a write refused (a duplicate key) leaves the others done.
     *
     * @return whether every write took: each insert inserted and each update or replacement matched its document
     */
    private boolean bulk(String collection, List<WriteModel<Document>> writes) {
        boolean all = true;
        for (int from = 0; from < writes.size(); from += BULK) {
            List<WriteModel<Document>> chunk = writes.subList(from, Math.min(writes.size(), from + BULK));
            try {
                BulkWriteResult result = mongo.getCollection(collection).bulkWrite(chunk,
                        new BulkWriteOptions().ordered(false));
                all &= result.getInsertedCount() + result.getMatchedCount() + result.getUpserts().size()
                        >= chunk.size();
            } catch (MongoBulkWriteException e) {
                if (e.getWriteErrors().stream().anyMatch(w -> w.getCategory() != ErrorCategory.DUPLICATE_KEY)) {
                    throw e;
                } // a summary inserted meanwhile by another write: told by the caller
                all = false;
            }
        }
        return all;
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

    /** The summary of a unit as stored, with what it counts; an empty one at version 0 when none is stored. */
    private Stored read(CampaignCode campaign, UnitCode unit) {
        return storedOf(campaign, unit, mongo.getCollection(SUMMARIES).find(Filters.eq("_id", key(campaign, unit)))
                .first());
    }

    /**
     * Reads, in one query, the summaries of the units whose changes are about to be applied and that are not known
     * from an earlier write: a pass touching many units after a start costs one read, not one a unit.
     */
    private void readUnknown(Map<String, List<Change>> byUnit) {
        Set<String> unknown = byUnit.keySet().stream().filter(key -> !stored.containsKey(key))
                .collect(Collectors.toSet());
        if (unknown.isEmpty()) {
            return;
        }
        Map<String, Document> found = new HashMap<>();
        mongo.getCollection(SUMMARIES).find(Filters.in("_id", unknown)).forEach(d -> found.put(d.getString("_id"), d));
        byUnit.forEach((key, changes) -> {
            if (unknown.contains(key)) {
                Registration any = changes.get(0).after();
                stored.putIfAbsent(key, storedOf(any.campaign(), any.unit(), found.get(key)));
            }
        });
    }

    private Stored storedOf(CampaignCode campaign, UnitCode unit, @Nullable Document found) {
        if (found == null) {
            return new Stored(0, UnitSummary.of(campaign, unit, List.of(), zone), Map.of());
        }
        return new Stored(UnitSummaryMapper.longOf(found, "version"), UnitSummaryMapper.toDomain(found),
                UnitSummaryMapper.countedOf(found));
    }

    /** The version of each registration of the unit among those read: what a summary made from them counts. */
    private static Map<String, Long> countedOf(CampaignCode campaign, UnitCode unit, List<Registration> registrations) {
        Map<String, Long> counted = new HashMap<>();
        registrations.stream().filter(r -> r.campaign().equals(campaign) && r.unit().equals(unit))
                .forEach(r -> counted.put(r.id().value(), r.version()));
        return counted;
    }

    /**
     * Stores a summary, with what it counts, as the next version if the stored one is still {@code version} (0:
     * none stored yet).
     */
    private boolean replace(UnitSummary summary, Map<String, Long> counted, long version) {
        String key = key(summary.campaign(), summary.unit());
        Document next = UnitSummaryMapper.toDocument(summary, counted, version + 1);
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
            stored.put(key, new Stored(version + 1, summary, Map.copyOf(counted)));
        } else {
            stored.remove(key);
        }
        return replaced;
    }
}
