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
            throw invalid(cursor, "units");
        }
        try {
            return new UnitPosition(new UnitCode(parts[1]), parts[2].isEmpty() ? null : LocalDate.parse(parts[2]));
        } catch (DateTimeParseException e) {
            throw invalid(cursor, "units");
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
            throw invalid(cursor, "works or events");
        }
        return new RegistrationPosition(new UnitCode(parts[1]), parts[2], new RegistrationId(parts[3]));
    }

    private static String encode(String plain) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    private static String decode(String cursor) {
        try {
            return new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return "";
        }
    }

    private static InvalidRequestException invalid(String cursor, String list) {
        return new InvalidRequestException("after: '" + cursor + "' is not a cursor of a list of " + list
                + "; pass an edge's cursor or pageInfo.endCursor unchanged");
    }
}
