package vn.campaign.core.evidence;

import vn.campaign.core.registration.RegistrationId;

/**
 * Port: how many pieces of evidence are attached to a registration.
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface EvidenceCounts {

    /**
     * The number of pieces of evidence a registration has.
     *
     * @param registration the registration's id
     * @return zero or more
     */
    long countFor(RegistrationId registration);

    /**
     * The counts of a platform that keeps no evidence: every registration has none, so a campaign that
     * requires evidence cannot complete anything through it.
     *
     * @return counts that are always zero
     */
    static EvidenceCounts none() {
        return registration -> 0;
    }
}
