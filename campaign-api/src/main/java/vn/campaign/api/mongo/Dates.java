package vn.campaign.api.mongo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import org.jspecify.annotations.Nullable;

/** The text forms of dates and instants in documents. */
final class Dates {

    /** Instants with all nine fraction digits, so that the text sorts like the instant. */
    private static final DateTimeFormatter INSTANT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSSSS'Z'")
            .withZone(ZoneOffset.UTC);

    private Dates() {
    }

    static @Nullable String text(@Nullable LocalDate day) {
        return day == null ? null : day.toString();
    }

    static @Nullable LocalDate day(@Nullable String text) {
        return text == null ? null : LocalDate.parse(text);
    }

    static String text(Instant instant) {
        return INSTANT.format(instant);
    }

    static Instant instant(String text) {
        return Instant.from(INSTANT.parse(text));
    }
}
