package vn.campaign.core.campaign;

import java.util.Objects;

/**
 * Why a campaign definition was refused.
 *
 * @param field   the path of the bad field, such as {@code taskAreas[2].code}; empty for the whole document
 * @param message what is wrong with it
 * @since 0.1.0
 */
public record DefinitionProblem(String field, String message) {

    /**
     * Validates the problem.
     *
     * @param field the path of the bad field, such as {@code taskAreas[2].code}; empty for the whole document
     * @param message what is wrong with it
     */
    public DefinitionProblem {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return field.isEmpty() ? message : field + ": " + message;
    }
}
