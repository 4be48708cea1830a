package vn.campaign.api.imports;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import vn.campaign.api.graphql.InvalidRequestException;

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
        String plain = "i|" + ImportMapper.text(startedAt) + "|" + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
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
        String plain;
        try {
            plain = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw invalid(cursor);
        }
        String[] parts = plain.split("\\|", -1);
        if (parts.length != 3 || !parts[0].equals("i") || !Import.isUuid(parts[2])) {
            throw invalid(cursor);
        }
        try {
            return new ImportPosition(ImportMapper.instant(parts[1]), parts[2]);
        } catch (DateTimeParseException e) {
            throw invalid(cursor);
        }
    }

    private static InvalidRequestException invalid(String cursor) {
        return new InvalidRequestException("after: '" + cursor + "' is not a cursor of the list of imports; pass an"
                + " edge's cursor or pageInfo.endCursor unchanged");
    }
}
