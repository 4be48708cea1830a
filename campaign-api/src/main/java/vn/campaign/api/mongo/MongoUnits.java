package vn.campaign.api.mongo;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.FindAndReplaceOptions;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import vn.campaign.api.platform.Page;
import vn.campaign.api.platform.UnitCriteria;
import vn.campaign.api.platform.UnitPosition;
import vn.campaign.api.platform.UnitQueries;
import vn.campaign.core.unit.Unit;
import vn.campaign.core.unit.UnitCode;
import vn.campaign.core.unit.UnitKind;
import vn.campaign.core.unit.Units;

/**
 * Units in MongoDB: the core's {@link Units} port and the API's {@link UnitQueries}.
 *
 * <p>Units are ordered by code, then by first day of validity (unknown first), which is also the key of the
 * unique index; a unit is saved by replacing (or inserting) the document with that key.
 */
public final class MongoUnits implements Units, UnitQueries {

    private static final Sort ORDER = Sort.by("code", "validFrom");
    private final MongoOperations mongo;

    /**
     * An adapter over a database.
     *
     * @param mongo the database's operations
     */
    public MongoUnits(MongoOperations mongo) {
        this.mongo = Objects.requireNonNull(mongo, "mongo");
    }

    @Override
    public List<Unit> findAllByCode(UnitCode code) {
        return find(new Query(where("code").is(code.value())));
    }

    @Override
    public List<Unit> findAll() {
        return find(new Query());
    }

    @Override
    public void save(Unit unit) {
        mongo.save(UnitMapper.toDocument(unit));
    }

    /** Saves every unit in one bulk write of single-document upserts. */
    @Override
    public void saveAll(Collection<Unit> units) {
        if (units.isEmpty()) {
            return;
        }
        BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, UnitDocument.class);
        for (Unit unit : units) {
            UnitDocument document = UnitMapper.toDocument(unit);
            bulk.replaceOne(new Query(where("_id").is(document.id())), document,
                    FindAndReplaceOptions.options().upsert());
        }
        bulk.execute();
    }

    @Override
    public Page<Unit> page(UnitCriteria criteria, @Nullable UnitPosition after, int size) {
        if (size < 1) {
            throw new IllegalArgumentException("page size must be at least 1, got " + size);
        }
        List<Criteria> all = criteria(criteria);
        if (after != null) {
            all.add(after(after));
        }
        List<Unit> found = find(new Query(Queries.allOf(all)).limit(size + 1));
        return new Page<>(found.subList(0, Math.min(size, found.size())), found.size() > size);
    }

    @Override
    public long count(UnitCriteria criteria) {
        return mongo.count(new Query(Queries.allOf(criteria(criteria))), UnitDocument.class);
    }

    @Override
    public List<Unit> findAllByCodes(Collection<UnitCode> codes) {
        if (codes.isEmpty()) {
            return List.of();
        }
        return find(new Query(where("code").in(codes.stream().map(UnitCode::value).distinct().toList())));
    }

    @Override
    public List<Unit> findMergedInto(Collection<UnitCode> codes) {
        if (codes.isEmpty()) {
            return List.of();
        }
        return find(new Query(where("mergedInto.code").in(codes.stream().map(UnitCode::value).distinct().toList())));
    }

    @Override
    public List<Unit> findMergedInto(Unit successor) {
        return findMergedInto(List.of(successor.code())).stream()
                .filter(u -> u.mergedInto() != null && successor.isValidOn(u.mergedInto().on())).toList();
    }

    private List<Unit> find(Query query) {
        return mongo.find(query.with(ORDER), UnitDocument.class).stream().map(UnitMapper::toDomain).toList();
    }

    private static List<Criteria> criteria(UnitCriteria c) {
        List<Criteria> all = new ArrayList<>();
        if (!c.kinds().isEmpty()) {
            all.add(where("kind").in(c.kinds().stream().map(UnitKind::name).sorted().toList()));
        }
        if (c.search() != null) {
            all.add(where("nameFolded").regex(Queries.wordPrefix(c.search())));
        }
        if (c.validOn() != null) {
            String day = c.validOn().toString();
            all.add(new Criteria().orOperator(where("validFrom").is(null), where("validFrom").lte(day)));
            all.add(new Criteria().orOperator(where("validUntil").is(null), where("validUntil").gte(day)));
        }
        if (c.parent() != null) {
            all.add(where("parent").is(c.parent()));
        }
        return all;
    }

    private static Criteria after(UnitPosition p) {
        String code = p.code().value();
        Criteria sameCodeLater = p.validFrom() == null
                ? where("code").is(code).and("validFrom").ne(null)
                : where("code").is(code).and("validFrom").gt(p.validFrom().toString());
        return new Criteria().orOperator(where("code").gt(code), sameCodeLater);
    }
}
