package vn.campaign.api.mongo;

import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import vn.campaign.api.platform.SortableInstant;

/** The text forms of dates and instants in documents. */
final class Dates {

    private Dates() {
    }

    static @Nullable String text(@Nullable LocalDate day) {
        return day == null ? null : day.toString();
    }

    static @Nullable LocalDate day(@Nullable String text) {
        return text == null ? null : LocalDate.parse(text);
    }

    static String text(Instant instant) {
        return SortableInstant.text(instant);
    }

    static Instant instant(String text) {
        return SortableInstant.parse(text);
    }
}
