package vn.campaign.api.evidence;

import java.util.Objects;

import vn.campaign.core.text.Message;

/**
 * What the inspection of an uploaded file found.
 */
public sealed interface Inspection {

    /**
     * The file is of an accepted type.
     *
     * @param type   the type its bytes show
     * @param size   its length in bytes
     * @param sha256 its digest
     */
    record Accepted(EvidenceType type, long size, Sha256 sha256) implements Inspection {
        /** Validates the result. */
        public Accepted {
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(sha256, "sha256");
        }
    }

    /**
     * The file is refused.
     *
     * @param problem why, with the HTTP status it is answered with
     * @param message the explanation, in Vietnamese and English
     */
    record Refused(EvidenceProblem problem, Message message) implements Inspection {
        /** Validates the result. */
        public Refused {
            Objects.requireNonNull(problem, "problem");
            Objects.requireNonNull(message, "message");
        }
    }
}
