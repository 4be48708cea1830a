package vn.campaign.api.evidence;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The id of a piece of evidence: 24 lower-case hexadecimal digits, as in {@code /api/evidence/{id}}.
 *
 * @param value the digits
 */
public record EvidenceId(String value) {

    private static final Pattern FORM = Pattern.compile("[0-9a-f]{24}");

    /** Validates the id. */
    public EvidenceId {
        Objects.requireNonNull(value, "value");
        if (!FORM.matcher(value).matches()) {
            throw new IllegalArgumentException("an evidence id is 24 lower-case hexadecimal digits, got '" + value + "'");
        }
    }

    /**
     * The id a client sent, if well-formed.
     *
     * @param text what the client sent
     * @return the id, or empty
     */
    public static Optional<EvidenceId> parse(String text) {
        return FORM.matcher(text).matches() ? Optional.of(new EvidenceId(text)) : Optional.empty();
    }
}
