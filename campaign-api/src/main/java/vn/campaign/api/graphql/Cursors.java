package vn.campaign.api.graphql;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Base64;

import org.jspecify.annotations.Nullable;

import vn.campaign.api.platform.RegistrationPosition;
import vn.campaign.api.platform.UnitPosition;
import vn.campaign.core.registration.RegistrationId;
import vn.campaign.core.unit.UnitCode;

/**
 * Keyset cursors: the opaque (URL-safe Base64) form of a position in a list's stable order — never an
 * offset, so a cursor keeps pointing after the same item when items are added before it. A unit cursor
 * holds {@code u|code|validFrom}; a registration cursor {@code r|unit|foldedName|id}. Folded names hold no
 * {@code |}, and codes and ids cannot.
 */
public final class Cursors {

    private Cursors() {
    }

    /**
     * The cursor of a unit position.
     *
     * @param position the position
     * @return the cursor
     */
    public static String of(UnitPosition position) {
        return encode("u|" + position.code().value() + "|" + (position.validFrom() == null ? "" : position.validFrom()));
    }

    /**
     * The cursor of a registration position.
     *
     * @param position the position
     * @return the cursor
     */
    public static String of(RegistrationPosition position) {
        return encode("r|" + position.unit().value() + "|" + position.foldedName() + "|" + position.id().value());
    }

    /**
     * Reads a unit cursor.
     *
     * @param cursor what the client sent as {@code after}, or {@code null}
     * @return the position, or {@code null} for no cursor
     * @throws InvalidRequestException when the text is not a unit cursor
     */
    public static @Nullable UnitPosition unitPosition(@Nullable String cursor) {
        if (cursor == null) {
            return null;
        }
        String[] parts = decode(cursor).split("\\|", -1);
        if (parts.length != 3 || !parts[0].equals("u") || !UnitCode.isWellFormed(parts[1])) {
            throw notACursorOf(cursor, "a list of units");
        }
        try {
            return new UnitPosition(new UnitCode(parts[1]), parts[2].isEmpty() ? null : LocalDate.parse(parts[2]));
        } catch (DateTimeParseException e) {
            throw notACursorOf(cursor, "a list of units");
        }
    }

    /**
     * Reads a registration cursor.
     *
     * @param cursor what the client sent as {@code after}, or {@code null}
     * @return the position, or {@code null} for no cursor
     * @throws InvalidRequestException when the text is not a registration cursor
     */
    public static @Nullable RegistrationPosition registrationPosition(@Nullable String cursor) {
        if (cursor == null) {
            return null;
        }
        String[] parts = decode(cursor).split("\\|", -1);
        if (parts.length != 4 || !parts[0].equals("r") || !UnitCode.isWellFormed(parts[1])
                || !RegistrationId.isWellFormed(parts[3])) {
            throw notACursorOf(cursor, "a list of works or events");
        }
        return new RegistrationPosition(new UnitCode(parts[1]), parts[2], new RegistrationId(parts[3]));
    }

    /**
     * The opaque form of a position written as text: URL-safe Base64 without padding.
     *
     * @param plain the position, such as {@code u|18070|}
     * @return the cursor
     */
    public static String encode(String plain) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The text of a cursor.
     *
     * @param cursor what the client sent
     * @return the position as text, or an empty text when the cursor is not Base64 (which no list's check
     *     accepts)
     */
    public static String decode(String cursor) {
        try {
            return new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return "";
        }
    }

    /**
     * The error for a cursor that is not one of a list.
     *
     * @param shown  the cursor as the message shows it
     * @param list   the list, as in "a list of works or events" or "the list of imports"
     * @return the error
     */
    public static InvalidRequestException notACursorOf(String shown, String list) {
        return new InvalidRequestException("after: '" + shown + "' is not a cursor of " + list
                + "; pass an edge's cursor or pageInfo.endCursor unchanged",
                "after: '" + shown + "' không phải là con trỏ của danh sách này; hãy truyền nguyên cursor của một "
                        + "edge hoặc pageInfo.endCursor");
    }
}
