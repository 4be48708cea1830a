package vn.campaign.core.campaign;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

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
     * @param problems every problem found, each naming its field, in the order of the document; at least one
     */
    record Refused(List<DefinitionProblem> problems) implements DefinitionResult {
        /**
         * Validates the result.
         *
         * @param problems every problem found, at least one
         */
        public Refused {
            problems = List.copyOf(Objects.requireNonNull(problems, "problems"));
            if (problems.isEmpty()) {
                throw new IllegalArgumentException("a refused definition has at least one problem");
            }
        }

        /**
         * A definition refused for one problem.
         *
         * @param problem the field at fault and why
         */
        public Refused(DefinitionProblem problem) {
            this(List.of(problem));
        }

        /**
         * The first problem, in the order of the document.
         *
         * @return the first problem
         */
        public DefinitionProblem problem() {
            return problems.get(0);
        }

        @Override
        public Campaign orThrow() {
            throw new IllegalArgumentException("campaign definition refused: " + problems.stream()
                    .map(DefinitionProblem::toString).collect(Collectors.joining("; ")));
        }
    }
}
