/**
 * Evidence (minh chứng): the photos, minutes and documents a unit attaches to a registration to show that a
 * work was inaugurated or an event held. The core knows how many pieces a registration has
 * ({@link vn.campaign.core.evidence.EvidenceCounts}, a port the store implements), who may attach and remove
 * them ({@link vn.campaign.core.evidence.EvidencePolicy}), and refuses a completion without evidence when the
 * campaign asks for it; the files themselves are kept by the API's store.
 *
 * @since 0.1.0
 */
@NullMarked
package vn.campaign.core.evidence;

import org.jspecify.annotations.NullMarked;
