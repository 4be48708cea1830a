package vn.campaign.core.audit;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One change in the audit trail.
 *
 * @param at         when it was made
 * @param actor      who made it ({@code Actor.subject()})
 * @param action     what it did
 * @param objectType the kind of object changed ("Work", "Event", "ProgressReport", "Import")
 * @param objectId   the object's id
 * @param before     the object's values before, or {@code null} when it was created
 * @param after      the object's values after
 * @since 0.1.0
 */
public record AuditEntry(Instant at, String actor, AuditAction action, String objectType, String objectId,
        @Nullable Map<String, String> before, Map<String, String> after) {

    /**
     * Validates the entry.
     *
     * @param at when it was made
     * @param actor who made it ({@code Actor.subject()})
     * @param action what it did
     * @param objectType the kind of object changed ("Work", "Event", "ProgressReport", "Import")
     * @param objectId the object's id
     * @param before the object's values before, or {@code null} when it was created
     * @param after the object's values after
     */
    public AuditEntry {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(objectType, "objectType");
        Objects.requireNonNull(objectId, "objectId");
        before = before == null ? null : Map.copyOf(before);
        after = Map.copyOf(after);
    }
}
