package vn.campaign.core.admin;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Merge units into another from a day on: each unit merged away ends the day before and records its successor.
 *
 * @param from the codes of the units merged away, as given; each must exist the day before {@code on}
 * @param into the code of the successor, as given; it must exist on {@code on}
 * @param on   the first day of the merged unit
 * @since 0.3.0
 */
public record MergeUnits(List<String> from, String into, LocalDate on) {

    /**
     * Validates the command.
     *
     * @param from the codes of the units merged away, as given; each must exist the day before {@code on}
     * @param into the code of the successor, as given; it must exist on {@code on}
     * @param on the first day of the merged unit
     */
    public MergeUnits {
        from = List.copyOf(from);
        Objects.requireNonNull(into, "into");
        Objects.requireNonNull(on, "on");
    }
}
