package vn.campaign.api.limits;

import graphql.analysis.MaxQueryDepthInstrumentation;
import graphql.execution.AbortExecutionException;

/**
 * Refuses an operation nested more deeply than {@link GraphQlLimits#maxDepth()}: graphql-java's depth check
 * (a root field is at depth 1, fragments are expanded, {@code __typename} counts), run after validation and
 * before any data is fetched, with an error that names the limit.
 */
public final class DepthLimitInstrumentation extends MaxQueryDepthInstrumentation {

    /**
     * A depth limit.
     *
     * @param maxDepth the deepest level allowed
     */
    public DepthLimitInstrumentation(int maxDepth) {
        super(maxDepth);
    }

    @Override
    protected AbortExecutionException mkAbortException(int depth, int maxDepth) {
        return new LimitExceeded(Limit.MAX_DEPTH, maxDepth, "The operation is " + depth + " levels deep; the limit is "
                + maxDepth + " (" + Limit.MAX_DEPTH.property() + "). Select less deeply nested fields.", null);
    }
}
