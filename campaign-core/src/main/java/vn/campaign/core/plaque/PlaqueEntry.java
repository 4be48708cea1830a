package vn.campaign.core.plaque;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import vn.campaign.core.campaign.Campaign;
import vn.campaign.core.campaign.CampaignCode;
import vn.campaign.core.campaign.PlaqueWork;

/**
 * A plaque work of a campaign's list under its key.
 *
 * @param campaign the campaign whose list names it
 * @param key      its key in the list
 * @param work     the plaque work as the definition states it
 * @since 0.4.0
 */
public record PlaqueEntry(CampaignCode campaign, PlaqueWorkKey key, PlaqueWork work) {

    /**
     * Validates the entry.
     *
     * @param campaign the campaign whose list names it
     * @param key its key in the list
     * @param work the plaque work as the definition states it
     */
    public PlaqueEntry {
        Objects.requireNonNull(campaign, "campaign");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(work, "work");
    }

    /**
     * The entries of a campaign's plaque list, in its order, each under its key: a name that folds like an earlier
     * one's takes {@code -2}, {@code -3} … so that every key of a list is its own.
     *
     * @param campaign the campaign
     * @return its entries
     */
    public static List<PlaqueEntry> of(Campaign campaign) {
        Map<PlaqueWorkKey, Integer> seen = new HashMap<>();
        List<PlaqueEntry> entries = new ArrayList<>();
        for (PlaqueWork work : campaign.plaqueWorks()) {
            PlaqueWorkKey base = PlaqueWorkKey.of(work);
            int n = seen.merge(base, 1, Integer::sum);
            entries.add(new PlaqueEntry(campaign.code(), n == 1 ? base : base.numbered(n), work));
        }
        return List.copyOf(entries);
    }

    /**
     * The entry of a campaign's list under a key.
     *
     * @param campaign the campaign
     * @param key      a key
     * @return the entry, if the list has one under the key
     */
    public static Optional<PlaqueEntry> find(Campaign campaign, PlaqueWorkKey key) {
        return of(campaign).stream().filter(e -> e.key().equals(key)).findFirst();
    }
}
