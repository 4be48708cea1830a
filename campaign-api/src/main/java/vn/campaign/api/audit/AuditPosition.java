package vn.campaign.api.audit;

import java.time.DateTimeException;
import java.time.Instant;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import vn.campaign.api.graphql.Cursors;
import vn.campaign.api.graphql.InvalidRequestException;

/**
 * A position in the audit trail's order, newest first: the time of an entry, then its id (descending) among
 * entries of the same time. Its cursor is the opaque URL-safe Base64 of {@code a|<at>|<id>}.
 *
 * @param at the entry's time
 * @param id the entry's id
 */
public record AuditPosition(Instant at, String id) {

    /** Validates the position. */
    public AuditPosition {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(id, "id");
    }

    /**
     * The position of a stored entry.
     *
     * @param entry the entry
     * @return its position
     */
    public static AuditPosition of(StoredAuditEntry entry) {
        return new AuditPosition(entry.entry().at(), entry.id());
    }

    /**
     * The opaque cursor.
     *
     * @return the cursor
     */
    public String cursor() {
        return Cursors.encode("a|" + at + "|" + id);
    }

    /**
     * Reads a cursor.
     *
     * @param cursor what the client sent as {@code after}, or {@code null}
     * @return the position, or {@code null} for no cursor
     * @throws InvalidRequestException when the text is not a cursor of the audit trail
     */
    public static @Nullable AuditPosition parse(@Nullable String cursor) {
        if (cursor == null) {
            return null;
        }
        String[] parts = Cursors.decode(cursor).split("\\|", -1);
        if (parts.length != 3 || !parts[0].equals("a") || !parts[2].matches("[0-9a-f-]{36}")) {
            throw invalid(cursor);
        }
        try {
            return new AuditPosition(Instant.parse(parts[1]), parts[2]);
        } catch (DateTimeException e) {
            throw invalid(cursor);
        }
    }

    private static InvalidRequestException invalid(String cursor) {
        return Cursors.notACursorOf(cursor.length() > 60 ? cursor.substring(0, 60) + "…" : cursor, "the audit trail");
    }
}
