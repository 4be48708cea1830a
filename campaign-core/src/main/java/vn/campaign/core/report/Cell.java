package vn.campaign.core.report;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One value of a table line.
 *
 * @since 0.1.0
 */
public sealed interface Cell {

    /** Nothing to show. */
    Cell BLANK = new Blank();

    /**
     * A text.
     *
     * @param text the text
     */
    record Text(String text) implements Cell {
        /**
         * Validates the cell.
         *
         * @param text the text
         */
        public Text {
            Objects.requireNonNull(text, "text");
        }
    }

    /**
     * A day.
     *
     * @param day the day
     */
    record Day(LocalDate day) implements Cell {
        /**
         * Validates the cell.
         *
         * @param day the day
         */
        public Day {
            Objects.requireNonNull(day, "day");
        }
    }

    /**
     * A figure that is summed: a count, or an amount in đồng.
     *
     * @param value the figure (an amount in đồng, whatever unit the table shows)
     */
    record Figure(long value) implements Cell {
    }

    /** Nothing to show. */
    record Blank() implements Cell {
    }

    /**
     * A text, or a blank for nothing.
     *
     * @param text a text, or {@code null}
     * @return the cell
     */
    static Cell text(@org.jspecify.annotations.Nullable String text) {
        return text == null ? BLANK : new Text(text);
    }

    /**
     * A day, or a blank for nothing.
     *
     * @param day a day, or {@code null}
     * @return the cell
     */
    static Cell day(@org.jspecify.annotations.Nullable LocalDate day) {
        return day == null ? BLANK : new Day(day);
    }
}
