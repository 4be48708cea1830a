package vn.campaign.core.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import vn.campaign.core.registration.Registration;
import vn.campaign.core.registration.Registrations;
import vn.campaign.core.registration.Registrations.WriteResult;

/**
 * Port: stores a change of a registration together with the audit entry that describes it, so that after a
 * crash there is never a stored change without its entry, nor an entry of a change that was not stored.
 *
 * <p>A store that can keep both in one write (a document store writing the entry into the registration's
 * own document, then moving it to the trail) implements this next to {@link Registrations};
 * {@link #over(Registrations, AuditLog)} picks it. Any other store gets the two writes one after the other —
 * the registration, then the entry — which is exact in memory but loses the entry if the process dies
 * between them.
 *
 * @since 0.3.0
 */
public interface AuditedRegistrations {

    /**
     * Stores a new registration (version 0) and, in the same write, its entry.
     *
     * @param registration the registration
     * @param entry        the entry that records it, or {@code null} when the trail keeps none
     * @return as {@link Registrations#insert(Registration)}; the entry is kept exactly when this is DONE
     */
    WriteResult insert(Registration registration, @Nullable AuditEntry entry);

    /**
     * Replaces a registration if the stored one still has the version the caller read and, in the same write,
     * keeps the entry that records the change.
     *
     * @param registration    the new value; its version must be {@code expectedVersion + 1}
     * @param expectedVersion the version the caller read
     * @param entry           the entry that records the change, or {@code null} when the trail keeps none
     * @return as {@link Registrations#update(Registration, long)}; the entry is kept exactly when this is DONE
     */
    WriteResult update(Registration registration, long expectedVersion, @Nullable AuditEntry entry);

    /**
     * Stores new registrations (version 0), each with its entry in the same write, each on its own: one that
     * cannot be stored does not keep the others from being stored. A store writes them in one batch where it can.
     *
     * @param registrations the registrations
     * @param entries       the entry of each, in the same order ({@code null} items when the trail keeps none)
     * @return what became of each, in the same order, as {@link Registrations#insertAll(List)}; each entry is kept
     *         exactly when its registration's result is DONE
     * @since 0.4.0
     */
    default List<WriteResult> insertAll(List<? extends Registration> registrations,
            List<? extends @Nullable AuditEntry> entries) {
        if (registrations.size() != entries.size()) {
            throw new IllegalArgumentException("one entry per registration: " + registrations.size() + " registrations, "
                    + entries.size() + " entries");
        }
        List<WriteResult> results = new ArrayList<>(registrations.size());
        for (int i = 0; i < registrations.size(); i++) {
            results.add(insert(registrations.get(i), entries.get(i)));
        }
        return results;
    }

    /**
     * The audited writes over a store and a trail: the store itself when it keeps a change and its entry in one
     * write (and the trail keeps entries), else the two writes in turn.
     *
     * @param store the registrations
     * @param trail the audit trail
     * @return the audited writes
     */
    static AuditedRegistrations over(Registrations store, AuditLog trail) {
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(trail, "trail");
        if (store instanceof AuditedRegistrations atomic && trail.keepsEntries()) {
            return atomic;
        }
        return new AuditedRegistrations() {
            @Override
            public WriteResult insert(Registration registration, @Nullable AuditEntry entry) {
                return appended(store.insert(registration), entry);
            }

            @Override
            public WriteResult update(Registration registration, long expectedVersion, @Nullable AuditEntry entry) {
                return appended(store.update(registration, expectedVersion), entry);
            }

            @Override
            public List<WriteResult> insertAll(List<? extends Registration> registrations,
                    List<? extends @Nullable AuditEntry> entries) {
                List<WriteResult> results = store.insertAll(registrations);
                List<AuditEntry> kept = new ArrayList<>();
                for (int i = 0; i < results.size(); i++) {
                    AuditEntry entry = entries.get(i);
                    if (results.get(i) == WriteResult.DONE && entry != null) {
                        kept.add(entry);
                    }
                }
                if (!kept.isEmpty()) {
                    trail.appendAll(kept);
                }
                return results;
            }

            private WriteResult appended(WriteResult result, @Nullable AuditEntry entry) {
                if (result == WriteResult.DONE && entry != null) {
                    trail.append(entry);
                }
                return result;
            }
        };
    }
}
