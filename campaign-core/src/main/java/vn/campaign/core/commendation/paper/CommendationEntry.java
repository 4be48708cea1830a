package vn.campaign.core.commendation.paper;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One numbered line of a list of commendations.
 *
 * @param number      its number within its group, from 1
 * @param name        the collective's or the person's name
 * @param position    the person's position (chức vụ), or {@code null} (always for a collective)
 * @param unit        the name of the unit the recipient belongs to
 * @param form        the name of the form of commendation ("Giấy khen của Chủ tịch UBND thành phố")
 * @param achievement the achievement, in words
 * @param works       the names of the registrations the proposal rests on, in the order given
 * @since 0.4.0
 */
public record CommendationEntry(int number, String name, @Nullable String position, String unit, String form,
        String achievement, List<String> works) {

    /**
     * Validates the line.
     *
     * @param number      its number within its group, from 1
     * @param name        the collective's or the person's name
     * @param position    the person's position, or {@code null}
     * @param unit        the name of the recipient's unit
     * @param form        the name of the form of commendation
     * @param achievement the achievement
     * @param works       the names of the registrations the proposal rests on
     */
    public CommendationEntry {
        if (number < 1) {
            throw new IllegalArgumentException("number must be at least 1, got " + number);
        }
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(form, "form");
        Objects.requireNonNull(achievement, "achievement");
        works = List.copyOf(works);
    }
}
