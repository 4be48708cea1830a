package vn.campaign.api.imports;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import vn.campaign.api.graphql.Cursors;
import vn.campaign.api.graphql.InvalidRequestException;
import vn.campaign.api.platform.SortableInstant;

/**
 * A place in the history's order — newest first: start time descending, then id descending — and its
 * keyset cursor, the opaque (URL-safe Base64) form of {@code i|startedAt|id} in the style of the other
 * lists' cursors ({@link vn.campaign.api.graphql.Cursors}). A cursor keeps pointing after the same run when
 * newer runs are added.
 *
 * @param startedAt the run's start
 * @param id        the run's id
 */
public record ImportPosition(Instant startedAt, String id) {

    /**
     * Validates the position.
     *
     * @throws IllegalArgumentException when the id is not a UUID
     */
    public ImportPosition {
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(id, "id");
        if (!Import.isUuid(id)) {
            throw new IllegalArgumentException("an import id must be a lower-case UUID, was '" + id + "'");
        }
    }

    /**
     * The position of a run.
     *
     * @param run the run
     * @return its position
     */
    public static ImportPosition of(Import run) {
        return new ImportPosition(run.startedAt(), run.id());
    }

    /**
     * The cursor of this position.
     *
     * @return the opaque cursor
     */
    public String cursor() {
        return Cursors.encode("i|" + SortableInstant.text(startedAt) + "|" + id);
    }

    /**
     * Reads a cursor.
     *
     * @param cursor what the client sent as {@code after}, or {@code null}
     * @return the position, or {@code null} for no cursor
     * @throws InvalidRequestException when the text is not a cursor of the list of imports
     */
    public static @Nullable ImportPosition fromCursor(@Nullable String cursor) {
        if (cursor == null) {
            return null;
        }
        String[] parts = Cursors.decode(cursor).split("\\|", -1);
        if (parts.length != 3 || !parts[0].equals("i") || !Import.isUuid(parts[2])) {
            throw invalid(cursor);
        }
        try {
            return new ImportPosition(SortableInstant.parse(parts[1]), parts[2]);
        } catch (DateTimeParseException e) {
            throw invalid(cursor);
        }
    }

    private static InvalidRequestException invalid(String cursor) {
        return Cursors.notACursorOf(cursor, "the list of imports");
    }
}
