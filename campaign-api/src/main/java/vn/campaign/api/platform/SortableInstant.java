package vn.campaign.api.platform;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * The one text form of an instant that the stores and the cursors keep: ISO-8601 in UTC with all nine
 * fraction digits, so that the text sorts like the instant.
 */
public final class SortableInstant {

    private static final DateTimeFormatter FORMAT =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSSSS'Z'").withZone(ZoneOffset.UTC);

    private SortableInstant() {
    }

    /**
     * The text of an instant.
     *
     * @param instant an instant
     * @return ISO-8601 in UTC with nine fraction digits
     */
    public static String text(Instant instant) {
        return FORMAT.format(instant);
    }

    /**
     * The instant of a text made by {@link #text}.
     *
     * @param text the text
     * @return the instant
     * @throws java.time.format.DateTimeParseException when the text is not in that form
     */
    public static Instant parse(String text) {
        return Instant.from(FORMAT.parse(text));
    }
}
