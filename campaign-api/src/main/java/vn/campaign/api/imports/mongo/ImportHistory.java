package vn.campaign.api.imports.mongo;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Sort;
import org.springframework.data.domain.Sort.Direction;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import vn.campaign.api.imports.Import;
import vn.campaign.api.imports.ImportInstance;
import vn.campaign.api.imports.ImportPosition;
import vn.campaign.api.imports.ImportRunStatus;
import vn.campaign.api.imports.ImportRuns;
import vn.campaign.api.platform.Page;
import vn.campaign.api.platform.SortableInstant;

/**
 * The history of imports in MongoDB ({@code imports}), one document per run. Every write is a single
 * document operation: a run is inserted when it starts and replaced whole when it ends.
 *
 * <p>Reads are made from one process ({@link ImportInstance}): a {@code RUNNING} run of another process is
 * returned {@code INTERRUPTED} ({@link Import#asSeenFrom}).
 */
public final class ImportHistory implements ImportRuns {

    /** The name of the index that serves the newest-first order. */
    public static final String ORDER_INDEX = "import_startedAt_id";

    private static final Sort NEWEST_FIRST = Sort.by(Direction.DESC, "startedAt").and(Sort.by(Direction.DESC, "_id"));

    private final MongoOperations mongo;
    private final ImportInstance current;

    /**
     * The history in a database, read from a process.
     *
     * @param mongo   the database's operations
     * @param current the process reading and writing
     */
    public ImportHistory(MongoOperations mongo, ImportInstance current) {
        this.mongo = Objects.requireNonNull(mongo, "mongo");
        this.current = Objects.requireNonNull(current, "current");
    }

    /**
     * The process this history reads for.
     *
     * @return the instance
     */
    @Override
    public ImportInstance instance() {
        return current;
    }

    /** Creates the indexes the reads need (creating an index that exists does nothing). */
    public void createIndexes() {
        mongo.indexOps(ImportDocument.COLLECTION).createIndex(
                new Index().on("startedAt", Direction.DESC).on("_id", Direction.DESC).named(ORDER_INDEX));
        mongo.indexOps(ImportDocument.COLLECTION).createIndex(
                new Index().on("status", Direction.ASC).on("instance", Direction.ASC).named("import_status_instance"));
    }

    /**
     * Marks {@code INTERRUPTED} every run left {@code RUNNING} by another process: called at start-up, when no
     * other process can be running imports on this store.
     *
     * @return how many runs were marked
     */
    public long interruptRunsOfOtherInstances() {
        return mongo.updateMulti(new Query(where("status").is(ImportRunStatus.RUNNING.name())
                        .and("instance").ne(current.id())),
                new Update().set("status", ImportRunStatus.INTERRUPTED.name()), ImportDocument.class)
                .getModifiedCount();
    }

    /**
     * Records a run that starts.
     *
     * @param run the run, {@code RUNNING}
     */
    @Override
    public void add(Import run) {
        mongo.insert(ImportMapper.toDocument(run));
    }

    /**
     * Records how a run ended, replacing its record.
     *
     * @param run the run
     * @throws IllegalStateException when no record of the run exists
     */
    @Override
    public void replace(Import run) {
        long matched = mongo.replace(new Query(where("_id").is(run.id())), ImportMapper.toDocument(run))
                .getMatchedCount();
        if (matched != 1) {
            throw new IllegalStateException("no import " + run.id() + " to replace");
        }
    }

    /**
     * A run by its id.
     *
     * @param id the id, as a client may have sent it
     * @return the run, as this process sees it; empty when the id is not a run's
     */
    @Override
    public Optional<Import> findById(String id) {
        if (!Import.isUuid(id)) {
            return Optional.empty();
        }
        return Optional.ofNullable(mongo.findById(id, ImportDocument.class)).map(this::toDomain);
    }

    /**
     * A page of runs, newest first, in one round trip.
     *
     * @param after the position the page starts after, or {@code null} for the first page
     * @param size  the most runs to return, at least 1
     * @return the page
     */
    @Override
    public Page<Import> page(@Nullable ImportPosition after, int size) {
        if (size < 1) {
            throw new IllegalArgumentException("size must be at least 1, was " + size);
        }
        Query query = new Query();
        if (after != null) {
            String startedAt = SortableInstant.text(after.startedAt());
            query.addCriteria(new Criteria().orOperator(where("startedAt").lt(startedAt),
                    where("startedAt").is(startedAt).and("_id").lt(after.id())));
        }
        List<Import> found = mongo.find(query.with(NEWEST_FIRST).limit(size + 1), ImportDocument.class).stream()
                .map(this::toDomain).toList();
        return new Page<>(found.subList(0, Math.min(size, found.size())), found.size() > size);
    }

    /**
     * How many runs the history holds.
     *
     * @return the number
     */
    @Override
    public long count() {
        return mongo.count(new Query(), ImportDocument.class);
    }

    private Import toDomain(ImportDocument document) {
        return ImportMapper.toDomain(document).asSeenFrom(current);
    }
}
