package vn.campaign.api.mongo;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.BulkOperationException;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import org.bson.Document;

import com.mongodb.ErrorCategory;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.bulk.BulkWriteError;

import vn.campaign.api.audit.mongo.AuditOutbox;
import vn.campaign.api.audit.mongo.Settlement;

import vn.campaign.api.platform.InstanceId;
import vn.campaign.api.platform.Page;
import vn.campaign.api.platform.PlatformConfiguration;
import vn.campaign.api.platform.OverdueCriterion;
import vn.campaign.api.platform.RegistrationCriteria;
import vn.campaign.api.platform.RegistrationPosition;
import vn.campaign.api.platform.RegistrationQueries;
import vn.campaign.core.access.Visibility;
import vn.campaign.core.audit.AuditEntry;
import vn.campaign.core.audit.AuditedRegistrations;
import vn.campaign.core.campaign.CampaignCode;
import vn.campaign.core.campaign.RegistrationType;
import vn.campaign.core.registration.NaturalKey;
import vn.campaign.core.registration.Registration;
import vn.campaign.core.registration.RegistrationId;
import vn.campaign.core.registration.RegistrationStatus;
import vn.campaign.core.registration.Registrations;
import vn.campaign.core.unit.UnitCode;

/**
 * Works and events in MongoDB, one document each: the core's {@link Registrations} port and the API's
 * {@link RegistrationQueries}.
 *
 * <p>Each write is a single-document operation. An insert relies on the unique index over (campaign, unit,
 * nameKey) — and on the unique {@code _id} — to refuse a duplicate even when two requests race past the
 * rules' check at the same time. {@code nameKey} is the folded name while a registration is live and the
 * folded name suffixed with its id once rejected or cancelled, so an ended registration no longer holds its
 * name; a partial index would say the same, but the embedded store (mongo-java-server) has none. An update replaces the document only where {@code {_id, version:
 * expected}} still matches; when nothing matched, a read by id tells a conflict from a missing document.
 *
 * <p>A change and its audit entry are one write ({@link AuditedRegistrations}): the entry goes into the
 * document's {@value AuditOutbox#FIELD} array in the same insert or update, and is moved to the audit trail
 * by the {@link Settlement} — at once, or after the write's reply, together with other changes — which adjusts the
 * unit's summary before the entry leaves the registration ({@link AuditOutbox});
 * {@link #deliverPendingAuditEntries()} moves, at start-up, those a crash left behind, and {@link #close()}
 * settles what is still queued. An update therefore sets and unsets the document's fields rather than replacing the document,
 * so that an entry still pending from a concurrent change is kept.
 *
 * <p>Every insert and update also stamps the document with the {@link InstanceId} of the instance that writes
 * it ({@value #WRITTEN_BY}): an instance that follows the collection's change stream publishes only the changes
 * stamped by others, having published its own already.
 *
 * <p>The lists apply the caller's {@link Visibility} in the query itself — {@code status in [APPROVED,
 * COMPLETED]}, or the caller's own unit — so a page, its cursors and its total never include or count a
 * registration the caller may not see.
 */
public final class MongoRegistrations implements Registrations, AuditedRegistrations, RegistrationQueries,
        AutoCloseable {

    private static final Sort ORDER = Sort.by("unit", "nameFolded", "_id");
    /** How many documents a cursor may bring back per round trip when a batch of units is read. */
    private static final int BATCH_SIZE = 10_000;

    /**
     * The field of a stored registration that names the API instance whose write stored it last (an
     * {@link InstanceId}); absent in documents written before it was kept. Not part of the registration: the
     * {@link RegistrationDocument} leaves it out, and a change-stream watcher reads it to skip its own writes.
     */
    public static final String WRITTEN_BY = "writtenBy";

    /** The fields of a registration document besides its id, each set or unset by an update. */
    private static final List<String> FIELDS = AuditOutbox.fieldsOf(RegistrationDocument.class);

    private final MongoOperations mongo;
    private final AuditOutbox outbox;
    private final InstanceId writer;
    private final MongoUnitSummaries summaries;
    private final Settlement<Pending> settlement;

    /**
     * An adapter over a database that keeps the units' summaries with weeks in Hà Tĩnh's time zone, stamping its
     * writes with an instance id of its own.
     *
     * @param mongo the database's operations
     */
    public MongoRegistrations(MongoOperations mongo) {
        this(mongo, new MongoUnitSummaries(mongo, PlatformConfiguration.HA_TINH_ZONE));
    }

    /**
     * An adapter over a database that keeps the units' summaries up to date with every write, stamping its writes
     * with an instance id of its own.
     *
     * @param mongo     the database's operations
     * @param summaries the units' summaries in the same database
     */
    public MongoRegistrations(MongoOperations mongo, MongoUnitSummaries summaries) {
        this(mongo, summaries, InstanceId.random());
    }

    /**
     * An adapter over a database that keeps the units' summaries up to date with every write.
     *
     * @param mongo     the database's operations
     * @param summaries the units' summaries in the same database
     * @param writer    the running instance, stamped on every registration it inserts or changes
     *                  ({@value #WRITTEN_BY})
     */
    public MongoRegistrations(MongoOperations mongo, MongoUnitSummaries summaries, InstanceId writer) {
        this(mongo, summaries, writer, Settlement.inline());
    }

    /**
     * An adapter over a database that keeps the units' summaries up to date with every write through a
     * settlement: at once, or after each write's reply ({@link Settlement#background}).
     *
     * @param mongo      the database's operations
     * @param summaries  the units' summaries in the same database, whose reads wait for the same settlement
     * @param writer     the running instance, stamped on every registration it inserts or changes
     *                   ({@value #WRITTEN_BY})
     * @param settlement what moves each change's audit entry to the trail and adjusts its unit's summary; not
     *                   started yet: this adapter starts it
     */
    public MongoRegistrations(MongoOperations mongo, MongoUnitSummaries summaries, InstanceId writer,
            Settlement<Pending> settlement) {
        this.mongo = Objects.requireNonNull(mongo, "mongo");
        this.outbox = new AuditOutbox(mongo);
        this.summaries = Objects.requireNonNull(summaries, "summaries");
        this.writer = Objects.requireNonNull(writer, "writer");
        this.settlement = Objects.requireNonNull(settlement, "settlement");
        settlement.start(this::settle);
    }

    /**
     * A stored change for the settlement: its audit entry, still in the registration's outbox, moved to the trail,
     * and the unit's summary adjusted first.
     *
     * @param change  the change, before and after
     * @param pending the change's entry as it was written into the registration, or {@code null} for a change
     *                stored without one (no trail kept), whose summary alone is adjusted
     */
    public record Pending(MongoUnitSummaries.Change change, @Nullable Document pending) {

        /**
         * Checks the parts.
         *
         * @param change  the change
         * @param pending the entry, or {@code null}
         */
        public Pending {
            Objects.requireNonNull(change, "change");
        }
    }

    /**
     * Settles stored changes together, in the order they were stored: their entries moved to the trail in one
     * unordered insert, the units' summaries adjusted (each unit once), then the entries pulled from their
     * registrations in one bulk write; a failure leaves them pending for the start-up sweep. A change stored
     * without an entry has no such guarantee across a crash: {@code rebuild} repairs its summary.
     */
    private void settle(List<Pending> changes) {
        List<MongoUnitSummaries.Change> summaryChanges = changes.stream().map(Pending::change).toList();
        List<String> ids = new ArrayList<>();
        List<Document> entries = new ArrayList<>();
        for (Pending p : changes) {
            if (p.pending() != null) {
                ids.add(p.change().after().id().value());
                entries.add(p.pending());
            }
        }
        outbox.deliverAll(RegistrationDocument.COLLECTION, ids, entries, () -> summaries.applyAll(summaryChanges));
    }

    /**
     * Moves to the audit trail the entries of changes stored before a crash whose move did not finish, and
     * recomputes the summary of each such change's unit before its entry leaves the registration; run at
     * start-up, before requests are taken.
     *
     * @return how many entries were moved
     */
    public int deliverPendingAuditEntries() {
        return outbox.sweep(RegistrationDocument.COLLECTION, List.of("campaign", "unit"),
                document -> summaries.recompute(new CampaignCode(document.getString("campaign")),
                        new UnitCode(document.getString("unit")), List.of(document.getString("_id"))));
    }

    /** Settles the changes still queued, then stops the settlement's thread: before the database closes. */
    @Override
    public void close() {
        settlement.close();
    }

    @Override
    public Optional<Registration> findById(RegistrationId id) {
        return Optional.ofNullable(mongo.findById(id.value(), RegistrationDocument.class))
                .map(RegistrationMapper::toDomain);
    }

    @Override
    public Map<RegistrationId, Registration> findAllById(Collection<RegistrationId> ids) {
        Map<RegistrationId, Registration> found = new HashMap<>();
        if (!ids.isEmpty()) {
            find(new Query(where("_id").in(ids.stream().map(RegistrationId::value).toList())))
                    .forEach(r -> found.put(r.id(), r));
        }
        return found;
    }

    @Override
    public List<Registration> findByCampaign(CampaignCode campaign) {
        return find(new Query(where("campaign").is(campaign.value())));
    }

    @Override
    public List<Registration> findWithUnknownTimeline() {
        return find(new Query(new Criteria().orOperator(where("history").exists(false), where("history").is(null),
                where("history").size(0))));
    }

    @Override
    public List<Registration> findByCampaignAndUnit(CampaignCode campaign, UnitCode unit) {
        return find(new Query(where("campaign").is(campaign.value()).and("unit").is(unit.value())));
    }

    @Override
    public Optional<Registration> findByNaturalKey(NaturalKey key) {
        return Optional.ofNullable(mongo.findOne(new Query(where("campaign").is(key.campaign().value())
                        .and("unit").is(key.unit().value()).and("nameKey").is(key.foldedName())),
                        RegistrationDocument.class))
                .map(RegistrationMapper::toDomain);
    }

    @Override
    public List<Registration> findAllByNaturalKey(NaturalKey key) {
        return find(new Query(where("campaign").is(key.campaign().value()).and("unit").is(key.unit().value())
                .and("nameFolded").is(key.foldedName())));
    }

    @Override
    public WriteResult insert(Registration registration) {
        return insert(registration, null);
    }

    @Override
    public WriteResult insert(Registration registration, @Nullable AuditEntry entry) {
        Objects.requireNonNull(registration, "registration");
        Document document = document(registration);
        Document pending = entry == null ? null : outbox.pending(entry);
        if (pending != null) {
            document.put(AuditOutbox.FIELD, List.of(pending));
        }
        try {
            mongo.insert(document, RegistrationDocument.COLLECTION);
        } catch (DuplicateKeyException e) {
            return WriteResult.DUPLICATE;
        }
        stored(List.of(new MongoUnitSummaries.Change(null, registration)), Collections.singletonList(pending));
        return WriteResult.DONE;
    }

    /**
     * One query for the batch: an {@code $or} with one branch per unit (and campaign) of the keys, each asking for
     * that unit's names — the unit first, so that a store matching documents one by one (the embedded store scans
     * the collection for it) drops a document of another unit on one comparison and compares a document of the
     * unit with that unit's names only, not with every name of the batch; a MongoDB server answers each branch
     * from the natural key's index.
     */
    @Override
    public Map<NaturalKey, List<Registration>> findAllByNaturalKeys(Collection<NaturalKey> keys) {
        if (keys.isEmpty()) {
            return Map.of();
        }
        Set<NaturalKey> wanted = Set.copyOf(keys);
        Map<UnitCode, Map<CampaignCode, Set<String>>> names = new TreeMap<>(Comparator.comparing(UnitCode::value));
        for (NaturalKey key : wanted) {
            names.computeIfAbsent(key.unit(), u -> new TreeMap<>(Comparator.comparing(CampaignCode::value)))
                    .computeIfAbsent(key.campaign(), c -> new TreeSet<>()).add(key.foldedName());
        }
        List<Criteria> branches = new ArrayList<>();
        names.forEach((unit, byCampaign) -> byCampaign.forEach((campaign, folded) -> branches.add(
                where("unit").is(unit.value()).and("campaign").is(campaign.value()).and("nameFolded")
                        .in(List.copyOf(folded)))));
        Query query = new Query(branches.size() == 1 ? branches.get(0)
                : new Criteria().orOperator(branches)).cursorBatchSize(BATCH_SIZE);
        Map<NaturalKey, List<Registration>> found = new HashMap<>();
        for (RegistrationDocument document : mongo.find(query, RegistrationDocument.class)) {
            Registration registration = RegistrationMapper.toDomain(document);
            if (wanted.contains(registration.naturalKey())) {
                found.computeIfAbsent(registration.naturalKey(), k -> new ArrayList<>()).add(registration);
            }
        }
        return found;
    }

    @Override
    public List<WriteResult> insertAll(List<? extends Registration> registrations) {
        return insertAll(registrations, Collections.nCopies(registrations.size(), null));
    }

    /**
     * One unordered bulk insert — one round trip — for the batch, each document carrying its entry: each is
     * inserted or refused on its own, a refusal by a unique index (duplicate key) reported as DUPLICATE for that
     * registration only; then the settlement moves the entries of those inserted to the trail together.
     */
    @Override
    public List<WriteResult> insertAll(List<? extends Registration> registrations,
            List<? extends @Nullable AuditEntry> entries) {
        if (registrations.size() != entries.size()) {
            throw new IllegalArgumentException("one entry per registration");
        }
        if (registrations.isEmpty()) {
            return List.of();
        }
        List<WriteResult> results = new ArrayList<>(Collections.nCopies(registrations.size(), WriteResult.DONE));
        List<Document> documents = new ArrayList<>(registrations.size());
        List<@Nullable Document> pending = new ArrayList<>(registrations.size());
        for (int i = 0; i < registrations.size(); i++) {
            Document document = document(registrations.get(i));
            AuditEntry entry = entries.get(i);
            Document p = entry == null ? null : outbox.pending(entry);
            if (p != null) {
                document.put(AuditOutbox.FIELD, List.of(p));
            }
            documents.add(document);
            pending.add(p);
        }
        BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, RegistrationDocument.COLLECTION);
        bulk.insert(documents);
        try {
            bulk.execute();
        } catch (BulkOperationException e) {
            for (BulkWriteError error : e.getErrors()) {
                if (error.getCategory() != ErrorCategory.DUPLICATE_KEY) {
                    throw e;
                }
                results.set(error.getIndex(), WriteResult.DUPLICATE);
            }
        }
        List<MongoUnitSummaries.Change> changes = new ArrayList<>();
        List<@Nullable Document> entriesOfChanges = new ArrayList<>();
        for (int i = 0; i < registrations.size(); i++) {
            if (results.get(i) == WriteResult.DONE) {
                changes.add(new MongoUnitSummaries.Change(null, registrations.get(i)));
                entriesOfChanges.add(pending.get(i));
            }
        }
        stored(changes, entriesOfChanges);
        return results;
    }

    @Override
    public WriteResult update(Registration registration, long expectedVersion) {
        return update(registration, expectedVersion, null);
    }

    @Override
    public WriteResult update(Registration registration, long expectedVersion, @Nullable AuditEntry entry) {
        Objects.requireNonNull(registration, "registration");
        String id = registration.id().value();
        Document pending = entry == null ? null : outbox.pending(entry);
        Document change = AuditOutbox.changeTo(document(registration), FIELDS, pending);
        Document filter = new Document("_id", id).append("version", expectedVersion);
        @Nullable Document before; // the document as it was, in the same round trip: its unit's summary moves by the difference
        try {
            before = mongo.execute(RegistrationDocument.COLLECTION, c -> c.findOneAndUpdate(filter, change,
                    new FindOneAndUpdateOptions().returnDocument(ReturnDocument.BEFORE)));
        } catch (DuplicateKeyException e) {
            return WriteResult.DUPLICATE;
        }
        if (before != null) {
            stored(List.of(new MongoUnitSummaries.Change(
                    RegistrationMapper.toDomain(mongo.getConverter().read(RegistrationDocument.class, before)),
                    registration)), Collections.singletonList(pending));
            return WriteResult.DONE;
        }
        return mongo.exists(new Query(where("_id").is(id)), RegistrationDocument.class)
                ? WriteResult.CONFLICT : WriteResult.NOT_FOUND;
    }

    /** The registration's document as stored, stamped with the instance that writes it. */
    private Document document(Registration registration) {
        Document document = new Document();
        mongo.getConverter().write(RegistrationMapper.toDocument(registration), document);
        document.put(WRITTEN_BY, writer.value());
        return document;
    }

    /** After stored changes, each with its entry or none: the settlement takes them, in order. */
    private void stored(List<MongoUnitSummaries.Change> changes, List<@Nullable Document> entries) {
        List<Pending> settled = new ArrayList<>(changes.size());
        for (int i = 0; i < changes.size(); i++) {
            settled.add(new Pending(changes.get(i), entries.get(i)));
        }
        settlement.submitAll(settled);
    }

    @Override
    public Page<Registration> page(RegistrationCriteria criteria, Visibility visibility,
            @Nullable RegistrationPosition after, int size) {
        if (size < 1) {
            throw new IllegalArgumentException("page size must be at least 1, got " + size);
        }
        List<Criteria> all = criteria(criteria, visibility);
        if (after != null) {
            all.add(after(after));
        }
        List<Registration> found = find(new Query(Queries.allOf(all)).limit(size + 1).cursorBatchSize(size + 1));
        return new Page<>(found.subList(0, Math.min(size, found.size())), found.size() > size);
    }

    @Override
    public long count(RegistrationCriteria criteria, Visibility visibility) {
        return mongo.count(new Query(Queries.allOf(criteria(criteria, visibility))), RegistrationDocument.class);
    }

    @Override
    public List<Registration> findByUnits(RegistrationType type, Collection<UnitCode> units,
            @Nullable String campaign, Visibility visibility) {
        if (units.isEmpty()) {
            return List.of();
        }
        Criteria criteria = where("type").is(type.name())
                .and("unit").in(units.stream().map(UnitCode::value).distinct().sorted().toList());
        if (campaign != null) {
            criteria = criteria.and("campaign").is(campaign);
        }
        Criteria visible = visible(visibility);
        if (visible != null) {
            criteria = new Criteria().andOperator(criteria, visible);
        }
        return find(new Query(criteria).cursorBatchSize(BATCH_SIZE));
    }

    private List<Registration> find(Query query) {
        return mongo.find(query.with(ORDER), RegistrationDocument.class).stream()
                .map(RegistrationMapper::toDomain).toList();
    }

    private static List<Criteria> criteria(RegistrationCriteria c, Visibility visibility) {
        List<Criteria> all = new ArrayList<>();
        Criteria visible = visible(visibility);
        if (visible != null) {
            all.add(visible);
        }
        all.add(where("type").is(c.type().name()));
        if (c.campaign() != null) {
            all.add(where("campaign").is(c.campaign()));
        }
        if (c.unit() != null) {
            all.add(where("unit").is(c.unit()));
        }
        if (!c.kinds().isEmpty()) {
            all.add(where("kind").in(c.kinds().stream().sorted().toList()));
        }
        if (!c.statuses().isEmpty()) {
            all.add(where("status").in(c.statuses().stream().map(RegistrationStatus::name).sorted().toList()));
        }
        if (c.taskArea() != null) {
            all.add(where("taskArea").is(c.taskArea()));
        }
        if (c.search() != null) {
            all.add(where("nameFolded").regex(Queries.wordPrefix(c.search())));
        }
        if (c.plaqueRequested() != null) {
            all.add(c.plaqueRequested() ? where("plaqueRequested").is(true) : where("plaqueRequested").ne(true));
        }
        if (c.plaqueAwarded() != null) {
            all.add(c.plaqueAwarded() ? where("plaqueAwarded").is(true) : where("plaqueAwarded").ne(true));
        }
        // days are stored as ISO-8601 text, which sorts like the day
        String day = c.type() == RegistrationType.WORK ? "plannedOn" : "startsOn";
        if (c.dayFrom() != null) {
            all.add(where(day).gte(c.dayFrom().toString()));
        }
        if (c.dayTo() != null) {
            all.add(where(day).lte(c.dayTo().toString()));
        }
        OverdueCriterion overdue = c.overdue();
        if (overdue != null) {
            Criteria late = overdue(c.type(), overdue.today());
            all.add(overdue.overdue() ? late : new Criteria().norOperator(late));
        }
        return all;
    }

    /**
     * The overdue registrations of a type on a day, as a criterion: APPROVED, and the due day (a work's planned
     * day; an event's last day, its first for a one-day event) before the day. Days are ISO-8601 text, which
     * compares like the day; a missing day never matches {@code $lt}, so a registration without one is never
     * overdue, as in the core.
     */
    private static Criteria overdue(RegistrationType type, LocalDate today) {
        String day = today.toString();
        Criteria approved = where("status").is(RegistrationStatus.APPROVED.name());
        if (type == RegistrationType.WORK) {
            return new Criteria().andOperator(approved, where("plannedOn").lt(day));
        }
        Criteria oneDay = new Criteria().orOperator(where("endsOn").exists(false), where("endsOn").is(null));
        return new Criteria().andOperator(approved, new Criteria().orOperator(where("endsOn").lt(day),
                new Criteria().andOperator(oneDay, where("startsOn").lt(day))));
    }

    /**
     * What a caller may see, as a criterion: none when they may see everything; otherwise the public
     * statuses, or any status of their own unit.
     */
    private static @Nullable Criteria visible(Visibility visibility) {
        if (visibility.everything()) {
            return null;
        }
        Criteria published = where("status").in(
                Visibility.PUBLIC.stream().map(RegistrationStatus::name).sorted().toList());
        return visibility.ownUnit() == null ? published
                : new Criteria().orOperator(published, where("unit").is(visibility.ownUnit().value()));
    }

    private static Criteria after(RegistrationPosition p) {
        String unit = p.unit().value();
        return new Criteria().orOperator(
                where("unit").gt(unit),
                where("unit").is(unit).and("nameFolded").gt(p.foldedName()),
                where("unit").is(unit).and("nameFolded").is(p.foldedName()).and("_id").gt(p.id().value()));
    }
}
