package vn.campaign.api.platform;

import java.util.Objects;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * The running API instance, chosen anew at each start: the store adapters stamp every registration and
 * notification they write with it, so that an instance watching the store's changes (MongoDB change streams,
 * {@code vn.campaign.api.live.mongo}) can tell the writes of other instances from its own, which it has
 * published already.
 *
 * @param value the id, a UUID in its canonical text form
 */
public record InstanceId(String value) {

    /**
     * Validates the id.
     *
     * @param value the id, a UUID in its canonical text form
     * @throws IllegalArgumentException when it is not a UUID
     */
    public InstanceId {
        Objects.requireNonNull(value, "value");
        if (!UUID.fromString(value).toString().equals(value)) {
            throw new IllegalArgumentException("an instance id is a UUID in canonical form, was \"" + value + "\"");
        }
    }

    /**
     * A new id, for a starting instance.
     *
     * @return an id no other instance has
     */
    public static InstanceId random() {
        return new InstanceId(UUID.randomUUID().toString());
    }

    /**
     * Whether a write stamped with this text was made by this instance.
     *
     * @param stamp the stamp found on a stored document, or {@code null} when it carries none (written by an
     *              earlier version or another tool)
     * @return {@code true} only when the stamp is this id
     */
    public boolean wrote(@Nullable String stamp) {
        return value.equals(stamp);
    }
}
