package vn.campaign.core.plaque;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import vn.campaign.core.campaign.CampaignCode;
import vn.campaign.core.registration.RegistrationId;

/**
 * Which registered work a plaque work stands for, as the city last said.
 *
 * @param campaign   the campaign whose list names the plaque work
 * @param plaqueWork the plaque work's key
 * @param work       the registered work it is linked to; {@code null} while it is linked to none
 * @param version    the number of links and unlinks so far: 0 for a plaque work never linked
 * @param changedBy  who linked or unlinked it last ({@code Actor.subject()}); {@code null} at version 0
 * @param changedAt  when; {@code null} at version 0
 * @since 0.4.0
 */
public record PlaqueLink(CampaignCode campaign, PlaqueWorkKey plaqueWork, @Nullable RegistrationId work, long version,
        @Nullable String changedBy, @Nullable Instant changedAt) {

    /**
     * Validates the link.
     *
     * @param campaign the campaign whose list names the plaque work
     * @param plaqueWork the plaque work's key
     * @param work the registered work it is linked to; {@code null} while it is linked to none
     * @param version the number of links and unlinks so far: 0 for a plaque work never linked
     * @param changedBy who linked or unlinked it last; {@code null} at version 0
     * @param changedAt when; {@code null} at version 0
     * @throws IllegalArgumentException for a negative version, a link at version 0, or a change at version 1 or
     *                                  more without who and when (or one at version 0 with them)
     */
    public PlaqueLink {
        Objects.requireNonNull(campaign, "campaign");
        Objects.requireNonNull(plaqueWork, "plaqueWork");
        if (version < 0) {
            throw new IllegalArgumentException("version must not be negative, got " + version);
        }
        if (version == 0 && (work != null || changedBy != null || changedAt != null)) {
            throw new IllegalArgumentException("plaque work " + plaqueWork + " was never linked (version 0),"
                    + " so it names no work and no change");
        }
        if (version > 0 && (changedBy == null || changedAt == null)) {
            throw new IllegalArgumentException("plaque work " + plaqueWork + " at version " + version
                    + " needs who changed its link and when");
        }
    }

    /**
     * A plaque work never linked.
     *
     * @param campaign   the campaign
     * @param plaqueWork the plaque work's key
     * @return the link, at version 0, to no work
     */
    public static PlaqueLink none(CampaignCode campaign, PlaqueWorkKey plaqueWork) {
        return new PlaqueLink(campaign, plaqueWork, null, 0, null, null);
    }

    /**
     * Whether the plaque work is linked to a registered work.
     *
     * @return {@code true} when {@link #work()} is present
     */
    public boolean isLinked() {
        return work != null;
    }

    /**
     * The same plaque work linked to a work, at the next version.
     *
     * @param to the registered work
     * @param by who links it
     * @param at when
     * @return the link
     */
    public PlaqueLink linkedTo(RegistrationId to, String by, Instant at) {
        return new PlaqueLink(campaign, plaqueWork, Objects.requireNonNull(to, "to"), version + 1, by, at);
    }

    /**
     * The same plaque work linked to no work, at the next version.
     *
     * @param by who unlinks it
     * @param at when
     * @return the link
     */
    public PlaqueLink unlinked(String by, Instant at) {
        return new PlaqueLink(campaign, plaqueWork, null, version + 1, by, at);
    }
}
