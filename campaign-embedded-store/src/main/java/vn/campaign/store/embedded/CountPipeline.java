package vn.campaign.store.embedded;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import de.bwaldvogel.mongo.bson.Document;

/**
 * The pipeline the MongoDB driver's {@code countDocuments} sends, recognised so the embedded store can answer it
 * as a {@code count} command.
 *
 * <p>The driver counts with an {@code aggregate}: {@code [{$match: filter}, {$skip: n}?, {$limit: n}?,
 * {$group: {_id: 1, n: {$sum: 1}}}]}. mongo-java-server runs an aggregation by first reading every document of
 * the collection into one list and only then matching, so a count held the whole collection, decoded, for as long
 * as it ran: on a store whose documents no longer all fit its page cache, each count in flight held a copy of the
 * collection, and the heap grew with the data. Its {@code count} command matches the documents as it reads them
 * and keeps only their ids. The answer has the aggregation's shape: one document {@code {_id: 1, n: count}}, or
 * none when nothing matched, as MongoDB answers.
 *
 * <p>Only that exact shape is taken; an aggregation with anything else in its pipeline or its options (a
 * collation, a hint, a {@code let}) is left to the aggregation as it is.
 *
 * @param collection the collection counted
 * @param filter     the {@code $match} filter, empty to count every document
 * @param skip       how many matching documents to leave out first
 * @param limit      how many to count at most, 0 for no limit
 */
public record CountPipeline(String collection, Document filter, int skip, int limit) {

    /** The options of an aggregate command that do not change what a count answers. */
    private static final Set<String> NEUTRAL_OPTIONS = Set.of("aggregate", "pipeline", "cursor", "$db", "lsid",
            "$clusterTime", "txnNumber", "$readPreference", "readConcern", "maxTimeMS", "comment", "apiVersion",
            "apiStrict", "apiDeprecationErrors");

    /** The last stage of the driver's count: one group of every document, counting them. */
    private static final Document COUNT_STAGE = new Document("$group",
            new Document("_id", 1).append("n", new Document("$sum", 1)));

    /** Checks the parts: a collection named, a filter, no negative skip or limit. */
    public CountPipeline {
        Objects.requireNonNull(collection, "collection");
        Objects.requireNonNull(filter, "filter");
        if (collection.isEmpty()) {
            throw new IllegalArgumentException("the collection counted needs a name");
        }
        if (skip < 0 || limit < 0) {
            throw new IllegalArgumentException("skip and limit cannot be negative, got " + skip + " and " + limit);
        }
    }

    /**
     * The count an {@code aggregate} command asks for, if its pipeline is the driver's count and nothing else.
     *
     * @param command the command document (its first key {@code aggregate}, naming the collection)
     * @return the count, or empty for any other aggregation
     */
    public static Optional<CountPipeline> of(Map<String, Object> command) {
        if (!(command.get("aggregate") instanceof String collection) || collection.isEmpty()
                || !NEUTRAL_OPTIONS.containsAll(command.keySet())
                || !(command.get("pipeline") instanceof List<?> stages) || stages.isEmpty()
                || !COUNT_STAGE.equals(stages.get(stages.size() - 1))) {
            return Optional.empty();
        }
        Document filter = new Document();
        int skip = 0;
        int limit = 0;
        int at = 0;
        int last = stages.size() - 1;
        if (at < last && stages.get(at) instanceof Document stage && stage.size() == 1
                && stage.get("$match") instanceof Document match) {
            filter = match;
            at++;
        }
        if (at < last && count(single(stages.get(at), "$skip")) >= 0) {
            skip = count(single(stages.get(at), "$skip"));
            at++;
        }
        if (at < last && count(single(stages.get(at), "$limit")) > 0) {
            limit = count(single(stages.get(at), "$limit"));
            at++;
        }
        return at == last ? Optional.of(new CountPipeline(collection, filter, skip, limit)) : Optional.empty();
    }

    /** A whole number an int holds, or -1 for anything else. */
    private static int count(@Nullable Object value) {
        return value instanceof Number n && n.doubleValue() == n.longValue() && n.longValue() >= 0
                && n.longValue() <= Integer.MAX_VALUE ? n.intValue() : -1;
    }

    private static @Nullable Object single(Object stage, String operator) {
        return stage instanceof Document d && d.size() == 1 ? d.get(operator) : null;
    }

    /**
     * The {@code count} command that answers the same.
     *
     * @return the command document
     */
    public Document countCommand() {
        Document command = new Document("count", collection).append("query", filter);
        if (skip > 0) {
            command.append("skip", skip);
        }
        if (limit > 0) {
            command.append("limit", limit);
        }
        return command;
    }

    /**
     * The answer in the aggregation's shape, from the {@code count} command's.
     *
     * @param database   the database's name
     * @param countReply what the {@code count} command answered ({@code n})
     * @return a cursor reply with the count, or none when nothing matched
     */
    public Document aggregateReply(String database, Document countReply) {
        if (!(countReply.get("n") instanceof Number n)) {
            throw new IllegalArgumentException("a count reply carries n, got " + countReply.keySet());
        }
        // an int as MongoDB's $sum gives while the count fits one (a conditional of int and long would widen it)
        Object count = n.longValue() > Integer.MAX_VALUE ? (Object) n.longValue() : (Object) n.intValue();
        List<Document> batch = n.longValue() == 0 ? List.of() : List.of(new Document("_id", 1).append("n", count));
        Document cursor = new Document("id", 0L).append("ns", database + "." + collection).append("firstBatch",
                batch);
        return new Document("cursor", cursor).append("ok", 1.0);
    }
}
