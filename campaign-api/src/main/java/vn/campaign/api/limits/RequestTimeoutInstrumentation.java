package vn.campaign.api.limits;

import java.time.Duration;
import java.util.Objects;
import java.util.function.LongSupplier;

import org.jspecify.annotations.Nullable;

import graphql.ExecutionResult;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationCreateStateParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.language.OperationDefinition;

/**
 * Stops a request that runs longer than {@link GraphQlLimits#requestTimeout()}. The clock starts when
 * graphql-java starts on the request (before parsing); it is read before the operation executes and before
 * each field is fetched, and once the time is up the whole execution is aborted with one error naming the
 * limit. A subscription is timed only until its operation starts: the fields of each event it delivers are
 * fetched when the event comes, however long after the request. A mutation is timed only until its first field
 * starts: from then on a change may be stored, and stopping the request afterwards would answer "stopped" for a
 * change that was made (the soak test found a registration stored that way), so the request runs to its end and
 * answers what was done. A fetch already running is not interrupted: a store call is bounded by the store's own
 * timeouts.
 *
 * <p>Spring's {@code TimeoutWebGraphQlInterceptor} was not used: with controllers that fetch on the request
 * thread, its timer fires while the thread is busy, and the request still runs to the end.
 */
public final class RequestTimeoutInstrumentation extends SimplePerformantInstrumentation {

    private final Duration timeout;
    private final long timeoutNanos;
    private final LongSupplier nanoTime;

    /**
     * A timeout measured with {@link System#nanoTime()}.
     *
     * @param timeout how long a request may run
     */
    public RequestTimeoutInstrumentation(Duration timeout) {
        this(timeout, System::nanoTime);
    }

    /**
     * A timeout measured with the given clock.
     *
     * @param timeout  how long a request may run
     * @param nanoTime a monotonic clock in nanoseconds
     * @throws IllegalArgumentException if the timeout is not positive
     */
    public RequestTimeoutInstrumentation(Duration timeout, LongSupplier nanoTime) {
        this.timeout = Objects.requireNonNull(timeout, "timeout");
        this.nanoTime = Objects.requireNonNull(nanoTime, "nanoTime");
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive, was " + timeout);
        }
        this.timeoutNanos = timeout.toNanos();
    }

    @Override
    public InstrumentationState createState(InstrumentationCreateStateParameters parameters) {
        return new Started(nanoTime.getAsLong());
    }

    @Override
    public @Nullable InstrumentationContext<ExecutionResult> beginExecuteOperation(
            InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
        checkTime(state);
        OperationDefinition.Operation operation = parameters.getExecutionContext().getOperationDefinition()
                .getOperation();
        if (state instanceof Started started && operation == OperationDefinition.Operation.SUBSCRIPTION) {
            started.untimed = true;
        }
        if (state instanceof Started started && operation == OperationDefinition.Operation.MUTATION) {
            started.mutation = true;
        }
        return super.beginExecuteOperation(parameters, state);
    }

    @Override
    public @Nullable InstrumentationContext<Object> beginFieldFetch(InstrumentationFieldFetchParameters parameters,
            InstrumentationState state) {
        checkTime(state);
        if (state instanceof Started started && started.mutation) {
            // the first field of a mutation is a root field, which may store a change: answer from here on
            started.untimed = true;
        }
        return super.beginFieldFetch(parameters, state);
    }

    private void checkTime(InstrumentationState state) {
        if (state instanceof Started started && !started.untimed
                && nanoTime.getAsLong() - started.at > timeoutNanos) {
            String limit = text(timeout);
            throw new LimitExceeded(Limit.REQUEST_TIMEOUT, limit, "The request ran longer than " + limit
                    + ", the limit (" + Limit.REQUEST_TIMEOUT.property() + "), and was stopped. Ask for less.",
                    null);
        }
    }

    /**
     * A duration as the properties write it.
     *
     * @param duration a duration
     * @return e.g. {@code 10s} or {@code 250ms}; ISO-8601 for a duration that is not whole milliseconds
     */
    static String text(Duration duration) {
        if (duration.toNanos() % 1_000_000 != 0) {
            return duration.toString();
        }
        long millis = duration.toMillis();
        return millis % 1000 == 0 ? millis / 1000 + "s" : millis + "ms";
    }

    /**
     * When the request started, in the clock's nanoseconds, whether it is a mutation, and whether it is no longer
     * timed (a subscription, or a mutation whose first field started).
     */
    private static final class Started implements InstrumentationState {
        private final long at;
        private volatile boolean mutation;
        private volatile boolean untimed;

        Started(long at) {
            this.at = at;
        }
    }
}
