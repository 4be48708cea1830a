package vn.campaign.core.admin;

import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Give a unit another name. The unit valid on the day given is renamed in place; the audit trail keeps the
 * former name.
 *
 * @param code the unit's code, as given
 * @param name the new name
 * @param on   the day that picks the unit when its code was reused; today when {@code null}
 * @since 0.3.0
 */
public record RenameUnit(String code, String name, @Nullable LocalDate on) {

    /**
     * Validates the command.
     *
     * @param code the unit's code, as given
     * @param name the new name
     * @param on the day that picks the unit when its code was reused; today when {@code null}
     */
    public RenameUnit {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
    }
}
