package vn.campaign.core.audit;

import java.util.Objects;
import vn.campaign.core.campaign.Campaigns;
import vn.campaign.core.campaign.StoredCampaign;

/**
 * Port: stores a change of a campaign's definition together with the audit entry that records it, so that after
 * a crash there is never a stored change without its entry, nor an entry of a change that was not stored. The
 * counterpart of {@link AuditedRegistrations} for campaign administration.
 *
 * @since 0.3.0
 */
public interface AuditedCampaigns {

    /**
     * Stores a new campaign and, in the same write, its entry.
     *
     * @param campaign the campaign
     * @param entry    the entry that records it
     * @return as {@link Campaigns#add(StoredCampaign)}; the entry is kept exactly when this is {@code true}
     */
    boolean add(StoredCampaign campaign, AuditEntry entry);

    /**
     * Replaces a campaign if the stored one still has the version read and, in the same write, keeps its entry.
     *
     * @param campaign        the new value
     * @param expectedVersion the version read
     * @param entry           the entry that records the change
     * @return as {@link Campaigns#replace(StoredCampaign, long)}; the entry is kept exactly when this is
     *         {@code true}
     */
    boolean replace(StoredCampaign campaign, long expectedVersion, AuditEntry entry);

    /**
     * The audited writes over a store and a trail: the store itself when it keeps a change and its entry in one
     * write (and the trail keeps entries), else the two writes in turn — the change, then the entry.
     *
     * @param store the campaigns
     * @param trail the audit trail
     * @return the audited writes
     */
    static AuditedCampaigns over(Campaigns store, AuditLog trail) {
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(trail, "trail");
        if (store instanceof AuditedCampaigns atomic && trail.keepsEntries()) {
            return atomic;
        }
        return new AuditedCampaigns() {
            @Override
            public boolean add(StoredCampaign campaign, AuditEntry entry) {
                return appended(store.add(campaign), entry);
            }

            @Override
            public boolean replace(StoredCampaign campaign, long expectedVersion, AuditEntry entry) {
                return appended(store.replace(campaign, expectedVersion), entry);
            }

            private boolean appended(boolean stored, AuditEntry entry) {
                if (stored) {
                    trail.append(entry);
                }
                return stored;
            }
        };
    }
}
