package vn.campaign.api.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import vn.campaign.core.evidence.EvidenceCounts;
import vn.campaign.core.registration.RegistrationId;

/**
 * Port: where evidence files and their descriptions are kept. It also answers the core's
 * {@link EvidenceCounts}, so that a completion sees the evidence stored here.
 */
public interface EvidenceStore extends EvidenceCounts {

    /**
     * Stores a file.
     *
     * @param evidence its description
     * @param content  its bytes, read to the end once
     * @return the stored description, with its id
     * @throws IOException when the bytes cannot be read
     */
    EvidenceFile store(NewEvidence evidence, InputStream content) throws IOException;

    /**
     * A piece of evidence.
     *
     * @param id its id
     * @return its description, or empty when none has the id
     */
    Optional<EvidenceFile> find(EvidenceId id);

    /**
     * The evidence of a registration, oldest first.
     *
     * @param registration the registration's id
     * @return its evidence
     */
    List<EvidenceFile> findByRegistration(RegistrationId registration);

    /**
     * The evidence of several registrations, in one round trip.
     *
     * @param registrations their ids
     * @return each registration's evidence, oldest first; registrations without evidence may be left out
     */
    Map<RegistrationId, List<EvidenceFile>> findByRegistrations(Collection<RegistrationId> registrations);

    /**
     * The bytes of a piece of evidence.
     *
     * @param id its id
     * @return a stream of its bytes for the caller to close, or empty when none has the id
     */
    Optional<InputStream> open(EvidenceId id);

    /**
     * Removes a piece of evidence, its description and its bytes.
     *
     * @param id its id
     * @return whether there was one
     */
    boolean delete(EvidenceId id);
}
