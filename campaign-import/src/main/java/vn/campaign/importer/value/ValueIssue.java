package vn.campaign.importer.value;

import java.util.Objects;

/**
 * A problem or warning found while parsing one cell value.
 *
 * @param code the stable code
 * @param input the text (or number) as it was in the cell
 * @param message what was found, in English, precise enough to fix the cell
 */
public record ValueIssue(ValueIssueCode code, String input, String message) {

    /**
     * Validates the components.
     *
     * @throws NullPointerException when a component is {@code null}
     * @throws IllegalArgumentException when the message is blank
     *
     * @param code the stable code
     * @param input the text (or number) as it was in the cell
     * @param message what was found, in English, precise enough to fix the cell
     */
    public ValueIssue {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(message, "message");
        if (message.isBlank()) {
            throw new IllegalArgumentException("message must not be blank");
        }
    }

    /**
     * Whether this issue stops the value from being read.
     *
     * @return {@code code().isProblem()}
     */
    public boolean isProblem() {
        return code.isProblem();
    }
}
