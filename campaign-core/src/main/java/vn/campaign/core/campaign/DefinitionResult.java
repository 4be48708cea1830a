package vn.campaign.core.campaign;

import java.util.Objects;

/**
 * The outcome of reading a campaign definition.
 *
 * @since 0.1.0
 */
public sealed interface DefinitionResult {

    /**
     * The campaign, or an exception naming the bad field, for callers that treat a bad definition as a
     * programming error (such as a definition shipped with the application).
     *
     * @return the campaign
     * @throws IllegalArgumentException with the problem when the definition was refused
     */
    Campaign orThrow();

    /**
     * The definition was read.
     *
     * @param campaign the campaign it defines
     */
    record Defined(Campaign campaign) implements DefinitionResult {
        /**
         * Validates the result.
         *
         * @param campaign the campaign it defines
         */
        public Defined {
            Objects.requireNonNull(campaign, "campaign");
        }

        @Override
        public Campaign orThrow() {
            return campaign;
        }
    }

    /**
     * The definition was refused.
     *
     * @param problem the field at fault and why
     */
    record Refused(DefinitionProblem problem) implements DefinitionResult {
        /**
         * Validates the result.
         *
         * @param problem the field at fault and why
         */
        public Refused {
            Objects.requireNonNull(problem, "problem");
        }

        @Override
        public Campaign orThrow() {
            throw new IllegalArgumentException("campaign definition refused: " + problem);
        }
    }
}
