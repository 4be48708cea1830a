package vn.campaign.core.audit;

import java.util.List;

/**
 * Port: the append-only audit trail.
 *
 * @since 0.1.0
 */
public interface AuditLog {

    /**
     * Appends an entry. Entries are never changed or removed.
     *
     * @param entry the entry
     */
    void append(AuditEntry entry);

    /**
     * Appends several entries, in one write where the trail can.
     *
     * @param entries the entries, in order
     * @since 0.4.0
     */
    default void appendAll(List<AuditEntry> entries) {
        entries.forEach(this::append);
    }

    /**
     * The entries about one object, oldest first.
     *
     * @param objectId the object's id
     * @return its entries
     */
    List<AuditEntry> findByObject(String objectId);

    /**
     * Whether {@link #append} keeps anything. A service need not build the entries (with their before and
     * after snapshots) for a trail that keeps none.
     *
     * @return {@code true} unless the trail discards every entry
     */
    default boolean keepsEntries() {
        return true;
    }

    /**
     * A trail that keeps nothing, for services that must leave no record (a dry run).
     *
     * @return the trail
     */
    static AuditLog discarding() {
        return new AuditLog() {
            @Override
            public void append(AuditEntry entry) {
            }

            @Override
            public List<AuditEntry> findByObject(String objectId) {
                return List.of();
            }

            @Override
            public boolean keepsEntries() {
                return false;
            }
        };
    }
}
