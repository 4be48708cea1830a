package vn.campaign.api.limits;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationValidationParameters;
import graphql.language.OperationDefinition;
import graphql.validation.ValidationError;

/**
 * Refuses, before validation, an operation with more root fields, aliases or directives than
 * {@link GraphQlLimits} allows, or with more fields (fragments expanded) than its complexity limit, since each
 * field costs at least 1. graphql-java has none of these checks; checking before validation also keeps a
 * document that multiplies fields through fragments from costing validation or the complexity count their
 * expanded size. Every operation of the document is checked, whichever is executed.
 */
public final class OperationLimitsInstrumentation extends SimplePerformantInstrumentation {

    private final GraphQlLimits limits;

    /**
     * An instrumentation enforcing the limits.
     *
     * @param limits the limits
     */
    public OperationLimitsInstrumentation(GraphQlLimits limits) {
        this.limits = Objects.requireNonNull(limits, "limits");
    }

    @Override
    public @Nullable InstrumentationContext<List<ValidationError>> beginValidation(
            InstrumentationValidationParameters parameters, InstrumentationState state) {
        for (Map.Entry<OperationDefinition, OperationCounts> entry : OperationCounts.of(parameters.getDocument())
                .entrySet()) {
            check(entry.getKey(), entry.getValue());
        }
        return super.beginValidation(parameters, state);
    }

    private void check(OperationDefinition operation, OperationCounts counts) {
        String subject = operation.getName() == null ? "The operation" : "The operation " + operation.getName();
        if (counts.rootFields() > limits.maxRootFields()) {
            throw refused(operation, Limit.MAX_ROOT_FIELDS, limits.maxRootFields(),
                    subject + " selects " + counts.rootFields() + " root fields", "Split it into several requests.");
        }
        if (counts.aliases() > limits.maxAliases()) {
            throw refused(operation, Limit.MAX_ALIASES, limits.maxAliases(),
                    subject + " has " + counts.aliases() + " aliased fields", "Use variables and several requests.");
        }
        if (counts.directives() > limits.maxDirectives()) {
            throw refused(operation, Limit.MAX_DIRECTIVES, limits.maxDirectives(),
                    subject + " uses " + counts.directives() + " directives", "");
        }
        if (counts.fields() > limits.maxComplexity()) {
            throw refused(operation, Limit.MAX_COMPLEXITY, limits.maxComplexity(), subject + " selects "
                    + counts.fields() + " fields once its fragments are expanded, each costing at least 1",
                    "Select fewer fields.");
        }
    }

    private static LimitExceeded refused(OperationDefinition operation, Limit limit, int max, String what,
            String advice) {
        String message = what + "; the limit is " + max + " (" + limit.property() + ")."
                + (advice.isEmpty() ? "" : " " + advice);
        return new LimitExceeded(limit, max, message, operation.getSourceLocation());
    }
}
