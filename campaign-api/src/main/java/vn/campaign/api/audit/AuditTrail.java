package vn.campaign.api.audit;

import org.jspecify.annotations.Nullable;

import vn.campaign.api.platform.Page;

/**
 * Port: the reads of the audit trail the API serves, newest first. Each method is one round trip to the
 * store.
 */
public interface AuditTrail {

    /**
     * A page of entries, newest first.
     *
     * @param objectId only the entries about this object, or {@code null} for all
     * @param after    the position the page starts after, or {@code null} for the first page
     * @param size     the most entries to return, at least 1
     * @return the page
     */
    Page<StoredAuditEntry> page(@Nullable String objectId, @Nullable AuditPosition after, int size);

    /**
     * How many entries there are.
     *
     * @param objectId only the entries about this object, or {@code null} for all
     * @return the number
     */
    long count(@Nullable String objectId);
}
