package vn.campaign.core.audit;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * An audit trail kept in memory, for embedders and tests. Thread-safe.
 *
 * @since 0.1.0
 */
public final class InMemoryAuditLog implements AuditLog {

    private final List<AuditEntry> entries = new CopyOnWriteArrayList<>();

    /** An empty trail. */
    public InMemoryAuditLog() {
    }

    @Override
    public void append(AuditEntry entry) {
        entries.add(entry);
    }

    @Override
    public List<AuditEntry> findByObject(String objectId) {
        return entries.stream().filter(e -> e.objectId().equals(objectId)).toList();
    }

    /**
     * Every entry, oldest first.
     *
     * @return the entries
     */
    public List<AuditEntry> all() {
        return List.copyOf(entries);
    }
}
