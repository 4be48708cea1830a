package vn.campaign.core.unit;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What the {@link UnitNameMatcher} made of a text.
 *
 * @since 0.1.0
 */
public sealed interface UnitMatch {

    /**
     * The text as written.
     *
     * @return the text that was matched
     */
    String text();

    /**
     * Exactly one unit fits.
     *
     * @param text the text as written
     * @param unit the unit
     */
    record Found(String text, Unit unit) implements UnitMatch {
        /**
         * Validates the match.
         *
         * @param text the text as written
         * @param unit the unit
         */
        public Found {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(unit, "unit");
        }
    }

    /**
     * Several units fit ("Thạch Hạ" when both a ward and a commune bear that name).
     *
     * @param text       the text as written
     * @param candidates the units that fit, at least two
     */
    record Ambiguous(String text, List<Unit> candidates) implements UnitMatch {
        /**
         * Validates the match.
         *
         * @param text the text as written
         * @param candidates the units that fit, at least two
         */
        public Ambiguous {
            Objects.requireNonNull(text, "text");
            candidates = List.copyOf(candidates);
            if (candidates.size() < 2) {
                throw new IllegalArgumentException("an ambiguous match needs at least two candidates");
            }
        }
    }

    /**
     * No unit fits.
     *
     * @param text       the text as written
     * @param mergedAway the unit the text names that merged into another before the dates asked for, whose
     *                   {@link Unit#mergedInto()} names the successor; {@code null} when the text names none
     *                   (since 0.3.0)
     */
    record Unknown(String text, @Nullable Unit mergedAway) implements UnitMatch {
        /**
         * Validates the match.
         *
         * @param text       the text as written
         * @param mergedAway the former unit the text names, or {@code null}
         */
        public Unknown {
            Objects.requireNonNull(text, "text");
            if (mergedAway != null && mergedAway.mergedInto() == null) {
                throw new IllegalArgumentException("unit " + mergedAway.code() + " did not merge into another");
            }
        }

        /**
         * No unit fits, and the text names no former unit either.
         *
         * @param text the text as written
         */
        public Unknown(String text) {
            this(text, null);
        }
    }
}
