package vn.campaign.api.audit.mongo;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.mapping.FieldType;
import org.springframework.data.mongodb.core.mapping.MongoId;

import vn.campaign.api.platform.SortableInstant;
import vn.campaign.core.audit.AuditAction;
import vn.campaign.core.audit.AuditEntry;

/**
 * An audit entry as stored in the {@value #COLLECTION} collection. The values before and after are lists of
 * {@code {field, value}} pairs in field order rather than sub-documents, so that no field name (which could
 * hold a dot or a dollar sign) is ever taken for a path or an operator.
 *
 * @param id         a random UUID
 * @param at         when the change was made: ISO-8601 in UTC with nine fraction digits, so that the text
 *                   sorts like the instant
 * @param actor      who made it
 * @param action     the {@link AuditAction} name
 * @param objectType the kind of object changed
 * @param objectId   the object's id
 * @param before     its values before, or {@code null} when it was created
 * @param after      its values after
 */
@Document(AuditEntryDocument.COLLECTION)
public record AuditEntryDocument(@MongoId(FieldType.STRING) String id, String at, String actor, String action,
        String objectType, String objectId, @Nullable List<FieldValue> before, List<FieldValue> after) {

    /** The collection's name. */
    public static final String COLLECTION = "audit";

    /** Validates the document and copies the lists. */
    public AuditEntryDocument {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(objectType, "objectType");
        Objects.requireNonNull(objectId, "objectId");
        before = before == null ? null : List.copyOf(before);
        after = List.copyOf(Objects.requireNonNull(after, "after"));
    }

    /**
     * The document of an entry.
     *
     * @param id    the document's id
     * @param entry the entry
     * @return the document
     */
    public static AuditEntryDocument of(String id, AuditEntry entry) {
        return new AuditEntryDocument(id, SortableInstant.text(entry.at()), entry.actor(), entry.action().name(), entry.objectType(),
                entry.objectId(), entry.before() == null ? null : values(entry.before()), values(entry.after()));
    }

    /**
     * The entry this document holds.
     *
     * @return the entry
     */
    public AuditEntry toEntry() {
        return new AuditEntry(SortableInstant.parse(at), actor, AuditAction.valueOf(action), objectType, objectId,
                before == null ? null : map(before), map(after));
    }

    private static List<FieldValue> values(Map<String, String> map) {
        return map.entrySet().stream().sorted(Map.Entry.comparingByKey(Comparator.naturalOrder()))
                .map(e -> new FieldValue(e.getKey(), e.getValue())).toList();
    }

    private static Map<String, String> map(List<FieldValue> values) {
        Map<String, String> map = new LinkedHashMap<>();
        values.forEach(v -> map.put(v.field(), v.value()));
        return map;
    }

    /**
     * One value of an object.
     *
     * @param field the field's name
     * @param value the value as text
     */
    public record FieldValue(String field, String value) {

        /** Validates the pair. */
        public FieldValue {
            Objects.requireNonNull(field, "field");
            Objects.requireNonNull(value, "value");
        }
    }
}
