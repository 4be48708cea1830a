package vn.campaign.api.audit.mongo;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Consumer;

import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.BulkOperationException;
import com.mongodb.ErrorCategory;
import org.bson.Document;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import vn.campaign.core.audit.AuditEntry;

/**
 * The audit entries of changes not yet in the trail, kept inside the changed documents themselves: how a change
 * and its entry are stored in one single-document write on a store without multi-document transactions.
 *
 * <p>A store adapter writes {@link #pending(AuditEntry)} into the array field {@value #FIELD} of the document
 * it inserts or updates, in the same command. Then {@link #deliver} moves it to the {@value
 * AuditEntryDocument#COLLECTION} collection: it inserts the entry under the id it was given when it was made (an
 * entry already there under that id is the same entry, delivered before a crash), then pulls it from the
 * document. Every step can be repeated, so a crash anywhere leaves either the change with its entry pending —
 * which {@link #sweep(String)} delivers at the next start — or the change with its entry in the trail; and
 * never an entry without its change, as the entry is written only with it.
 */
public final class AuditOutbox {

    /** The array field of a changed document that holds the entries of its changes not yet in the trail. */
    public static final String FIELD = "auditOutbox";

    private static final Logger LOG = LoggerFactory.getLogger(AuditOutbox.class);

    private final MongoOperations mongo;

    /**
     * An outbox over a database.
     *
     * @param mongo the database's operations
     */
    public AuditOutbox(MongoOperations mongo) {
        this.mongo = Objects.requireNonNull(mongo, "mongo");
    }

    /**
     * An entry as it is written into the changed document, its id in the trail fixed now.
     *
     * @param entry the entry
     * @return the entry's document (with an {@code _id})
     */
    public Document pending(AuditEntry entry) {
        Document document = new Document();
        mongo.getConverter().write(AuditEntryDocument.of(UUID.randomUUID().toString(), entry), document);
        return document;
    }

    /**
     * The fields of a stored record type besides its id, as an update must set or unset them.
     *
     * @param document a {@code @Document} record type whose field names are its components' names
     * @return the field names
     */
    public static List<String> fieldsOf(Class<? extends Record> document) {
        return Arrays.stream(document.getRecordComponents()).map(RecordComponent::getName)
                .filter(name -> !name.equals("id")).toList();
    }

    /**
     * The update that gives a document new values — setting the fields {@code next} has, unsetting the other
     * {@code fields} — rather than a replacement, so that entries still pending from a concurrent change are
     * kept; and that appends {@code pending} to them when given.
     *
     * @param next    the document's new values, as the converter writes them; its {@code _id} is ignored
     * @param fields  every field the document may have besides its id
     * @param pending the entry of this change, or {@code null}
     * @return the update
     */
    public static Document changeTo(Document next, List<String> fields, @Nullable Document pending) {
        Document set = new Document(next);
        set.remove("_id");
        Document unset = new Document();
        fields.stream().filter(name -> !set.containsKey(name)).forEach(name -> unset.put(name, ""));
        Document change = new Document("$set", set);
        if (!unset.isEmpty()) {
            change.put("$unset", unset);
        }
        if (pending != null) {
            change.put("$push", new Document(FIELD, pending));
        }
        return change;
    }

    /**
     * Moves one pending entry to the trail, then removes it from its document. Safe to repeat. A failure is
     * logged, not thrown: the change is stored, and its entry stays pending until the next {@link #sweep}.
     *
     * @param collection the changed document's collection
     * @param documentId the changed document's id
     * @param pending    the entry as {@link #pending(AuditEntry)} made it
     * @return whether it was moved
     */
    public boolean deliver(String collection, Object documentId, Document pending) {
        return deliver(collection, documentId, pending, () -> { });
    }

    /**
     * Moves one pending entry to the trail, runs what must follow the change before its entry leaves the document
     * (for registrations, the recomputation of the unit's summary), then removes the entry from its document. Safe
     * to repeat, and so must {@code beforePull} be: when it fails, the entry stays pending, and the next
     * {@link #sweep(String, List, Consumer)} moves it again and runs it again.
     *
     * @param collection the changed document's collection
     * @param documentId the changed document's id
     * @param pending    the entry as {@link #pending(AuditEntry)} made it
     * @param beforePull what must be done once the entry is in the trail and before it leaves the document
     * @return whether it was moved and pulled
     */
    public boolean deliver(String collection, Object documentId, Document pending, Runnable beforePull) {
        Object entryId = Objects.requireNonNull(pending.get("_id"), "the pending entry's _id");
        try {
            try {
                mongo.insert(new Document(pending), AuditEntryDocument.COLLECTION);
            } catch (DuplicateKeyException alreadyDelivered) {
                // the same entry, moved before the pull that follows could run: nothing to add
            }
            beforePull.run();
            mongo.updateFirst(new Query(where("_id").is(documentId)),
                    new Update().pull(FIELD, new Document("_id", entryId)), collection);
            return true;
        } catch (RuntimeException e) {
            LOG.warn("Audit entry {} of {} {} stays pending in the document until the next start: {}", entryId,
                    collection, documentId, e.toString());
            return false;
        }
    }

    /**
     * Moves the pending entries of many documents to the trail in two round trips — one unordered insert of the
     * entries, one unordered bulk write pulling them from their documents — as {@link #deliver} does for one. Safe to repeat;
     * a failure is logged, not thrown, and the entries stay pending until the next {@link #sweep}.
     *
     * @param collection  the changed documents' collection
     * @param documentIds the changed documents' ids
     * @param pending     the entry of each document, in the same order, as {@link #pending(AuditEntry)} made it
     */
    public void deliverAll(String collection, List<?> documentIds, List<Document> pending) {
        deliverAll(collection, documentIds, pending, () -> { });
    }

    /**
     * Moves the pending entries of many documents to the trail, as {@link #deliverAll(String, List, List)} does,
     * running {@code beforePull} between the insert of the entries and their pull: when it fails, they stay
     * pending until the next {@link #sweep(String, List, Consumer)}. With no entries, {@code beforePull} runs alone
     * and a failure of it reaches the caller.
     *
     * @param collection  the changed documents' collection
     * @param documentIds the changed documents' ids
     * @param pending     the entry of each document, in the same order
     * @param beforePull  what must be done once the entries are in the trail and before they leave the documents
     */
    public void deliverAll(String collection, List<?> documentIds, List<Document> pending, Runnable beforePull) {
        if (documentIds.size() != pending.size()) {
            throw new IllegalArgumentException("one document id for each entry, got " + documentIds.size() + " and "
                    + pending.size());
        }
        if (pending.isEmpty()) {
            beforePull.run(); // nothing to move: the step alone, its failure the caller's
            return;
        }
        List<Object> entryIds = pending.stream().map(p -> Objects.requireNonNull(p.get("_id"), "the pending entry's _id"))
                .toList();
        try {
            try {
                mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, AuditEntryDocument.COLLECTION)
                        .insert(pending.stream().map(Document::new).toList()).execute();
            } catch (BulkOperationException e) {
                if (e.getErrors().stream().anyMatch(error -> error.getCategory() != ErrorCategory.DUPLICATE_KEY)) {
                    throw e;
                } // entries moved before, by a sweep: nothing to add for them
            }
            beforePull.run();
            pullAll(collection, documentIds, entryIds);
        } catch (RuntimeException e) {
            LOG.warn("{} audit entries of {} stay pending in their documents until the next start: {}", pending.size(),
                    collection, e.toString());
        }
    }

    /**
     * Pulls entries from their documents in one unordered bulk write of one update a document, each finding its
     * document by {@code _id} alone: a store answers each from the {@code _id} index, where one update over
     * {@code _id $in [...]} makes the embedded store compare every document found with the whole list.
     */
    private void pullAll(String collection, List<?> documentIds, List<Object> entryIds) {
        Map<Object, List<Object>> byDocument = new LinkedHashMap<>();
        for (int i = 0; i < documentIds.size(); i++) {
            byDocument.computeIfAbsent(documentIds.get(i), k -> new ArrayList<>()).add(entryIds.get(i));
        }
        BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, collection);
        byDocument.forEach((documentId, entries) -> bulk.updateOne(new Query(where("_id").is(documentId)),
                new Update().pull(FIELD, new Document("_id", entries.size() == 1 ? entries.get(0)
                        : new Document("$in", entries)))));
        bulk.execute();
    }

    /**
     * Moves every pending entry of a collection to the trail: run at start-up, before requests are taken, for
     * the entries a crash left behind.
     *
     * @param collection the collection whose documents may hold pending entries
     * @return how many entries were moved
     */
    public int sweep(String collection) {
        return sweep(collection, List.of(), document -> { });
    }

    /**
     * Moves every pending entry of a collection to the trail, as {@link #sweep(String)} does, and runs
     * {@code beforePull} on each document that held some after its entries are in the trail and before they are
     * pulled from it.
     *
     * @param collection the collection whose documents may hold pending entries
     * @param fields     fields of the documents {@code beforePull} needs besides {@code _id}
     * @param beforePull what must follow each change before its entries leave the document; safe to repeat
     * @return how many entries were moved and pulled
     */
    public int sweep(String collection, List<String> fields, Consumer<Document> beforePull) {
        Query withPending = new Query(where(FIELD + "._id").exists(true));
        withPending.fields().include(FIELD);
        fields.forEach(field -> withPending.fields().include(field));
        int moved = 0;
        for (Document document : mongo.find(withPending, Document.class, collection)) {
            List<Document> entries = document.getList(FIELD, Document.class, List.of());
            Object documentId = Objects.requireNonNull(document.get("_id"), "_id");
            for (Document entry : entries) {
                if (deliver(collection, documentId, entry, () -> beforePull.accept(document))) {
                    moved++;
                }
            }
        }
        return moved;
    }
}
