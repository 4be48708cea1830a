package vn.campaign.api.live.mongo;

import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Whether an instance follows the store's change streams to publish the writes of other instances
 * ({@code campaign.live.change-streams}).
 */
public enum ChangeStreamMode {

    /** When the store has change streams (a replica set or sharded cluster); otherwise in-process only. */
    AUTO,

    /** Always; an instance whose store has no change streams, or refuses to set them up, does not start. */
    ON,

    /** Never: in-process publication only, for a single instance. */
    OFF;

    /**
     * The mode a property names, in any case.
     *
     * @param value {@code auto}, {@code on} or {@code off}
     * @return the mode
     * @throws IllegalArgumentException for any other value, naming the property and the values allowed
     */
    public static ChangeStreamMode of(String value) {
        Objects.requireNonNull(value, "value");
        String wanted = value.trim().toUpperCase(Locale.ROOT);
        return Arrays.stream(values()).filter(mode -> mode.name().equals(wanted)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("campaign.live.change-streams is \"" + value
                        + "\"; it must be one of " + Arrays.stream(values()).map(m -> m.name().toLowerCase(Locale.ROOT))
                                .collect(Collectors.joining(", "))));
    }
}
