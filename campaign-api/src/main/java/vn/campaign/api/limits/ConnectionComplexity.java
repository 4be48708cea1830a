package vn.campaign.api.limits;

import java.util.Set;

import org.jspecify.annotations.Nullable;

import graphql.analysis.FieldComplexityCalculator;
import graphql.analysis.FieldComplexityEnvironment;
import graphql.schema.GraphQLCompositeType;

/**
 * The complexity of a field: 1 plus the complexity of its selection, except for the {@code nodes} and
 * {@code edges} of a connection (a type whose name ends in {@code Connection}), which hold up to
 * {@code first} items and so cost {@code first × (1 + selection)}. For example
 * {@code works(first: 100) { totalCount nodes { name unit { name } } }} costs
 * {@code 1 + 1 + 100 × (1 + 1 + 2) = 402}. {@code __typename} costs nothing (graphql-java leaves it out).
 *
 * <p>The cost of one field is capped at a ceiling, {@code Integer.MAX_VALUE / (maxComplexity + 1)}, so that
 * graphql-java's {@code int} sums cannot overflow: {@link OperationLimitsInstrumentation} has already refused
 * an operation of more than {@code maxComplexity} fields (each costs at least 1), so no sum adds more than
 * that many capped costs. A capped operation is still far above any allowed complexity.
 */
public final class ConnectionComplexity implements FieldComplexityCalculator {

    /** The largest {@code max-complexity} whose capped sums fit in an {@code int}. */
    public static final int LARGEST_LIMIT = 46_340;

    private static final Set<String> PAGE_FIELDS = Set.of("nodes", "edges");
    private static final String CONNECTION_SUFFIX = "Connection";
    private static final String PAGE_SIZE_ARGUMENT = "first";

    private final int ceiling;

    /**
     * A calculator for a complexity limit.
     *
     * @param maxComplexity the limit, at most {@link #LARGEST_LIMIT}
     * @throws IllegalArgumentException if it is not between 1 and {@link #LARGEST_LIMIT}
     */
    public ConnectionComplexity(int maxComplexity) {
        if (maxComplexity < 1 || maxComplexity > LARGEST_LIMIT) {
            throw new IllegalArgumentException(
                    "maxComplexity must be between 1 and " + LARGEST_LIMIT + ", was " + maxComplexity);
        }
        this.ceiling = Integer.MAX_VALUE / (maxComplexity + 1);
    }

    /**
     * The cap on the cost of one field.
     *
     * @return the cap, above the complexity limit
     */
    public int ceiling() {
        return ceiling;
    }

    @Override
    public int calculate(FieldComplexityEnvironment environment, int childComplexity) {
        long cost = 1L + Math.max(0, childComplexity);
        if (isPageOfConnection(environment)) {
            cost *= pageSize(environment.getParentEnvironment());
        }
        return (int) Math.min(cost, ceiling);
    }

    private static boolean isPageOfConnection(FieldComplexityEnvironment environment) {
        GraphQLCompositeType parentType = environment.getParentType();
        return PAGE_FIELDS.contains(environment.getField().getName())
                && parentType.getName().endsWith(CONNECTION_SUFFIX)
                && environment.getParentEnvironment() != null;
    }

    /** The connection's {@code first}; 1 when it is missing (validation refuses that), 0 when negative. */
    private static long pageSize(@Nullable FieldComplexityEnvironment connection) {
        if (connection == null) {
            return 1;
        }
        Object first = connection.getArguments().get(PAGE_SIZE_ARGUMENT);
        return first instanceof Number number ? Math.max(0, number.longValue()) : 1;
    }
}
