package vn.campaign.api.evidence;

import java.util.Objects;

/**
 * The result of an evidence request: done, with a value, or refused.
 *
 * @param <T> the value's type
 */
public sealed interface EvidenceResult<T> {

    /**
     * Done.
     *
     * @param value the result
     * @param <T>   its type
     */
    record Done<T>(T value) implements EvidenceResult<T> {
        /** Validates the result. */
        public Done {
            Objects.requireNonNull(value, "value");
        }
    }

    /**
     * Refused; nothing was stored or removed.
     *
     * @param refusal why
     * @param <T>     the type a success would have had
     */
    record Refused<T>(EvidenceRefusal refusal) implements EvidenceResult<T> {
        /** Validates the result. */
        public Refused {
            Objects.requireNonNull(refusal, "refusal");
        }
    }

    /**
     * A refusal.
     *
     * @param refusal why
     * @param <T>     the type a success would have had
     * @return the result
     */
    static <T> EvidenceResult<T> refused(EvidenceRefusal refusal) {
        return new Refused<>(refusal);
    }
}
