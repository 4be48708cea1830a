package vn.campaign.core.plaque;

import java.util.Objects;
import vn.campaign.core.campaign.PlaqueWork;

/**
 * A plaque work of a campaign's list with its link: a line of the plaque register.
 *
 * @param entry the plaque work under its key
 * @param link  which registered work it stands for, if any
 * @since 0.4.0
 */
public record PlaqueWorkLink(PlaqueEntry entry, PlaqueLink link) {

    /**
     * Validates the line.
     *
     * @param entry the plaque work under its key
     * @param link which registered work it stands for, if any
     * @throws IllegalArgumentException when the link is another plaque work's
     */
    public PlaqueWorkLink {
        Objects.requireNonNull(entry, "entry");
        Objects.requireNonNull(link, "link");
        if (!entry.key().equals(link.plaqueWork()) || !entry.campaign().equals(link.campaign())) {
            throw new IllegalArgumentException("the link of plaque work " + link.campaign() + "/" + link.plaqueWork()
                    + " is not the link of " + entry.campaign() + "/" + entry.key());
        }
    }

    /**
     * The plaque work as the definition states it.
     *
     * @return the plaque work
     */
    public PlaqueWork work() {
        return entry.work();
    }

    /**
     * Its key in the list.
     *
     * @return the key
     */
    public PlaqueWorkKey key() {
        return entry.key();
    }

    /**
     * The version of its link: the {@code expectedVersion} of the next link or unlink.
     *
     * @return 0 for one never linked
     */
    public long version() {
        return link.version();
    }
}
