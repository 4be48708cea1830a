package vn.campaign.api.audit;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

import vn.campaign.api.graphql.Connection;
import vn.campaign.api.graphql.GlobalId;
import vn.campaign.api.graphql.PageRequest;
import vn.campaign.api.platform.Page;
import vn.campaign.api.security.AccessRefusedException;
import vn.campaign.core.access.AccessPolicy;
import vn.campaign.core.access.Actor;
import vn.campaign.core.audit.AuditAction;
import vn.campaign.core.audit.AuditEntry;
import vn.campaign.core.registration.RegistrationId;

/**
 * {@code auditTrail}: the audit trail, newest first, for {@code CITY_ADMIN} only (the core's
 * {@link AccessPolicy#readAudit}); anyone else gets a top-level {@code FORBIDDEN} error, an anonymous caller
 * {@code UNAUTHORIZED}. Works, events and imports are named by their global ids — what {@code node(id:)}
 * finds — both in the {@code objectId} argument and in the entries.
 */
@Controller
public class AuditController {

    private static final List<String> REGISTRATION_TYPES = List.of("Work", "Event");
    /** The type of an import run, which the trail keeps under the run's own id. */
    private static final String IMPORT_TYPE = "Import";

    private final AuditTrail trail;

    /**
     * A controller over the trail.
     *
     * @param trail the audit trail reads
     */
    public AuditController(AuditTrail trail) {
        this.trail = Objects.requireNonNull(trail, "trail");
    }

    /**
     * A page of the audit trail.
     *
     * @param objectId only the entries about this object (a global id, or the id an entry shows), or all
     * @param first    how many, 1 to 100
     * @param after    the cursor to start after
     * @param actor    the caller
     * @return the page
     */
    @QueryMapping
    public Connection<AuditEntryView> auditTrail(@Argument @Nullable String objectId, @Argument int first,
            @Argument @Nullable String after, Actor actor) {
        AccessRefusedException.throwIfRefused(AccessPolicy.readAudit(actor));
        PageRequest size = new PageRequest(first);
        AuditPosition position = AuditPosition.parse(after);
        String stored = objectId == null ? null : storedId(objectId);
        Page<StoredAuditEntry> page = trail.page(stored, position, size.first());
        Page<AuditEntryView> views = new Page<>(page.items().stream().map(AuditEntryView::of).toList(), page.hasMore());
        return Connection.of(views, AuditEntryView::cursor, position != null, trail.count(stored));
    }

    /** The id an object is stored under in the trail: a work's, event's or import's own id, or the text given. */
    private static String storedId(String objectId) {
        for (String type : REGISTRATION_TYPES) {
            Optional<RegistrationId> id = GlobalId.registration(objectId, type);
            if (id.isPresent()) {
                return id.get().value();
            }
        }
        return GlobalId.decode(objectId).filter(id -> id.type().equals(IMPORT_TYPE) && !id.key().isEmpty())
                .map(GlobalId::key).orElse(objectId);
    }

    /** The id an entry shows: the global id of a work, an event or an import, the stored id of anything else. */
    private static String shownId(AuditEntry entry) {
        boolean registration = REGISTRATION_TYPES.contains(entry.objectType())
                && RegistrationId.isWellFormed(entry.objectId());
        return registration || entry.objectType().equals(IMPORT_TYPE)
                ? new GlobalId(entry.objectType(), entry.objectId()).encode() : entry.objectId();
    }

    /**
     * {@code AuditEntry}: one change as the API shows it.
     *
     * @param cursor     its cursor in the trail
     * @param at         when it was made
     * @param actor      who made it
     * @param action     what it did
     * @param objectType the kind of object
     * @param objectId   the object's id (global for works, events and imports)
     * @param before     the values before, by field name, or {@code null} when the object was created
     * @param after      the values after, by field name
     */
    public record AuditEntryView(String cursor, Instant at, String actor, AuditAction action, String objectType,
            String objectId, @Nullable List<AuditValue> before, List<AuditValue> after) {

        /** Validates the view. */
        public AuditEntryView {
            Objects.requireNonNull(cursor, "cursor");
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(action, "action");
            Objects.requireNonNull(objectType, "objectType");
            Objects.requireNonNull(objectId, "objectId");
            before = before == null ? null : List.copyOf(before);
            after = List.copyOf(after);
        }

        static AuditEntryView of(StoredAuditEntry stored) {
            AuditEntry e = stored.entry();
            return new AuditEntryView(AuditPosition.of(stored).cursor(), e.at(), e.actor(), e.action(),
                    e.objectType(), shownId(e), e.before() == null ? null : AuditValue.of(e.before()),
                    AuditValue.of(e.after()));
        }
    }

    /**
     * {@code AuditValue}: one field of an object and its value.
     *
     * @param field the field's name
     * @param value its value as text
     */
    public record AuditValue(String field, String value) {

        /** Validates the value. */
        public AuditValue {
            Objects.requireNonNull(field, "field");
            Objects.requireNonNull(value, "value");
        }

        static List<AuditValue> of(Map<String, String> values) {
            return values.entrySet().stream().sorted(Map.Entry.comparingByKey())
                    .map(e -> new AuditValue(e.getKey(), e.getValue())).toList();
        }
    }
}
