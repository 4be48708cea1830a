package vn.campaign.api.limits;

import graphql.analysis.MaxQueryComplexityInstrumentation;
import graphql.execution.AbortExecutionException;

/**
 * Refuses an operation whose complexity, as {@link ConnectionComplexity} counts it, is above
 * {@link GraphQlLimits#maxComplexity()}. graphql-java computes it after validation, with the variables'
 * values, and before any data is fetched.
 */
public final class ComplexityLimitInstrumentation extends MaxQueryComplexityInstrumentation {

    private final ConnectionComplexity calculator;

    /**
     * A complexity limit.
     *
     * @param maxComplexity the largest complexity allowed
     * @param calculator    how fields are weighted
     */
    public ComplexityLimitInstrumentation(int maxComplexity, ConnectionComplexity calculator) {
        super(maxComplexity, calculator);
        this.calculator = calculator;
    }

    @Override
    protected AbortExecutionException mkAbortException(int totalComplexity, int maxComplexity) {
        String amount = totalComplexity >= calculator.ceiling() ? "at least " + calculator.ceiling()
                : String.valueOf(totalComplexity);
        return new LimitExceeded(Limit.MAX_COMPLEXITY, maxComplexity, "The operation's complexity is " + amount
                + "; the limit is " + maxComplexity + " (" + Limit.MAX_COMPLEXITY.property() + "). Every field costs 1 "
                + "plus its selection, and the nodes or edges of a connection cost first times that: ask for "
                + "smaller pages or fewer fields.", null);
    }
}
