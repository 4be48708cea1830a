package vn.campaign.api.live;

import java.util.Objects;
import org.jspecify.annotations.Nullable;
import vn.campaign.api.graphql.GlobalId;
import vn.campaign.core.application.StoredChange;
import vn.campaign.core.registration.Event;
import vn.campaign.core.registration.Registration;
import vn.campaign.core.registration.Work;

/**
 * A stored change as one subscriber sees it: GraphQL's {@code RegistrationChange}.
 *
 * @param kind         what happened, for this subscriber
 * @param id           the registration's global id
 * @param registration the registration as stored now; {@code null} when it left the subscriber's view
 */
public record RegistrationChange(StoredChange.Kind kind, String id, @Nullable Registration registration) {

    /**
     * Validates the change.
     *
     * @param kind         what happened, for this subscriber
     * @param id           the registration's global id
     * @param registration the registration as stored now; {@code null} when it left the subscriber's view
     */
    public RegistrationChange {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
        if ((kind == StoredChange.Kind.REMOVED_FROM_VIEW) != (registration == null)) {
            throw new IllegalArgumentException("a change carries the registration unless it left the view: " + kind);
        }
    }

    /**
     * The change a subscriber sees: what it may no longer see is named by its id only.
     *
     * @param kind   the kind the subscriber sees
     * @param change the stored change
     * @return the change
     */
    static RegistrationChange of(StoredChange.Kind kind, StoredChange change) {
        Registration after = change.after();
        String id = after instanceof Work work ? GlobalId.of(work) : GlobalId.of((Event) after);
        return new RegistrationChange(kind, id, kind == StoredChange.Kind.REMOVED_FROM_VIEW ? null : after);
    }
}
