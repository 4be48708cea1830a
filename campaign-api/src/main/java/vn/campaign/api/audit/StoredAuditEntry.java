package vn.campaign.api.audit;

import java.util.Objects;

import vn.campaign.core.audit.AuditEntry;

/**
 * An audit entry with the id the store gave it.
 *
 * @param id    the stored entry's id
 * @param entry the entry
 */
public record StoredAuditEntry(String id, AuditEntry entry) {

    /** Validates the entry. */
    public StoredAuditEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(entry, "entry");
    }
}
