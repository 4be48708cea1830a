package vn.campaign.api.notifications;

import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import vn.campaign.core.access.Actor;
import vn.campaign.core.access.Role;
import vn.campaign.core.unit.UnitCode;

/**
 * Whose notifications: a unit's (read by its officers) or the city's (read by its administrators).
 *
 * @param unit the unit, or {@code null} for the city's inbox
 */
public record Inbox(@Nullable UnitCode unit) {

    /** The city administrators' inbox. */
    public static final Inbox CITY = new Inbox(null);

    /**
     * A unit's inbox.
     *
     * @param unit the unit
     * @return its inbox
     */
    public static Inbox of(UnitCode unit) {
        return new Inbox(Objects.requireNonNull(unit, "unit"));
    }

    /**
     * The inbox an actor reads: a unit officer their unit's, a city administrator the city's; a viewer or an
     * anonymous caller none.
     *
     * @param actor the caller
     * @return the inbox, or empty
     */
    public static Optional<Inbox> of(Actor actor) {
        if (actor instanceof Actor.User user) {
            if (user.role() == Role.UNIT_OFFICER && user.unit() != null) {
                return Optional.of(of(user.unit()));
            }
            if (user.role() == Role.CITY_ADMIN) {
                return Optional.of(CITY);
            }
        }
        return Optional.empty();
    }

    /**
     * The inbox as stored.
     *
     * @return {@code unit:<code>} or {@code city}
     */
    public String key() {
        return unit == null ? "city" : "unit:" + unit.value();
    }

    /**
     * The inbox a stored key names.
     *
     * @param key {@code unit:<code>} or {@code city}
     * @return the inbox
     */
    public static Inbox fromKey(String key) {
        return key.startsWith("unit:") ? of(new UnitCode(key.substring(5))) : CITY;
    }
}
