package vn.campaign.api.evidence;

import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import vn.campaign.core.rule.RuleCode;
import vn.campaign.core.rule.Violation;
import vn.campaign.core.text.Message;

/**
 * Why an evidence request was refused, answered as {@code {"code", "message", "messageVi", "file"}} with the
 * problem's HTTP status.
 *
 * @param problem what is wrong
 * @param message the explanation, in Vietnamese and English
 * @param file    the (cleaned) name of the file at fault, or {@code null} when the request as a whole is
 */
public record EvidenceRefusal(EvidenceProblem problem, Message message, @Nullable String file) {

    /** Validates the refusal. */
    public EvidenceRefusal {
        Objects.requireNonNull(problem, "problem");
        Objects.requireNonNull(message, "message");
    }

    /**
     * The refusal of a violation of the core's access or evidence rules.
     *
     * @param violations the violations, at least one
     * @return the refusal of the first
     */
    static EvidenceRefusal of(List<Violation> violations) {
        Violation first = violations.get(0);
        EvidenceProblem problem = first.code() == RuleCode.UNAUTHORIZED ? EvidenceProblem.UNAUTHORIZED
                : first.code() == RuleCode.EVIDENCE_LOCKED ? EvidenceProblem.EVIDENCE_LOCKED
                : first.code() == RuleCode.CAMPAIGN_CLOSED ? EvidenceProblem.CAMPAIGN_CLOSED : EvidenceProblem.FORBIDDEN;
        return new EvidenceRefusal(problem, first.message(), null);
    }

    /**
     * The refusal of a registration that is not found (or that the caller may not see).
     *
     * @param id the id asked for
     * @return the refusal
     */
    static EvidenceRefusal registrationNotFound(String id) {
        return new EvidenceRefusal(EvidenceProblem.NOT_FOUND, Message.format("Không tìm thấy công trình hoặc sự kiện %s.",
                "No work or event %s was found.", id), null);
    }

    /**
     * The refusal of a piece of evidence that is not found (or that the caller may not see).
     *
     * @param id the id asked for
     * @return the refusal
     */
    static EvidenceRefusal evidenceNotFound(String id) {
        return new EvidenceRefusal(EvidenceProblem.NOT_FOUND, Message.format("Không tìm thấy minh chứng %s.",
                "No evidence %s was found.", id), null);
    }
}
