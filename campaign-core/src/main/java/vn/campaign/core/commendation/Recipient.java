package vn.campaign.core.commendation;

import java.util.Objects;
import org.jspecify.annotations.Nullable;
import vn.campaign.core.campaign.RecipientKind;
import vn.campaign.core.unit.UnitCode;

/**
 * Whom a commendation goes to.
 *
 * @param kind     a collective or a person
 * @param name     the collective's or the person's name
 * @param position the person's position (chức vụ), or {@code null}
 * @param unit     the unit the recipient belongs to
 * @since 0.4.0
 */
public record Recipient(RecipientKind kind, String name, @Nullable String position, UnitCode unit) {

    /**
     * Validates the recipient.
     *
     * @param kind     a collective or a person
     * @param name     the name, not blank
     * @param position the position, or {@code null}
     * @param unit     the unit the recipient belongs to
     */
    public Recipient {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(unit, "unit");
        if (name.isBlank()) {
            throw new IllegalArgumentException("a recipient needs a name");
        }
    }
}
