package vn.campaign.core.application;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import vn.campaign.core.rule.Violation;

/**
 * The result of an application service call: the value with any warnings, or the violations that
 * refused it. Expected business failures are reported this way, never thrown.
 *
 * @param <T> the value's type
 * @since 0.1.0
 */
public sealed interface Outcome<T> {

    /**
     * Every violation: the warnings of a success, the errors (and warnings) of a failure.
     *
     * @return the violations
     */
    List<Violation> violations();

    /**
     * Whether the call succeeded.
     *
     * @return {@code true} for a {@link Success}
     */
    default boolean isSuccess() {
        return this instanceof Success;
    }

    /**
     * The value of a success.
     *
     * @return the value
     * @throws IllegalStateException when the call failed, naming the violations
     */
    T value();

    /**
     * A success with the same warnings and a mapped value, or the same failure.
     *
     * @param mapper maps the value
     * @param <R>    the new value's type
     * @return the mapped outcome
     */
    <R> Outcome<R> map(Function<? super T, ? extends R> mapper);

    /**
     * A success.
     *
     * @param value    the value
     * @param warnings warnings that did not stop the call
     * @param <T>      the value's type
     * @return the outcome
     */
    static <T> Outcome<T> success(T value, List<Violation> warnings) {
        return new Success<>(value, warnings);
    }

    /**
     * A failure.
     *
     * @param violations the violations, at least one
     * @param <T>        the value's type
     * @return the outcome
     */
    static <T> Outcome<T> failure(List<Violation> violations) {
        return new Failure<>(violations);
    }

    /**
     * The call succeeded.
     *
     * @param value    the value
     * @param warnings warnings that did not stop it
     * @param <T>      the value's type
     */
    record Success<T>(T value, List<Violation> warnings) implements Outcome<T> {
        /**
         * Validates the outcome.
         *
         * @param value the value
         * @param warnings warnings that did not stop it
         */
        public Success {
            Objects.requireNonNull(value, "value");
            warnings = List.copyOf(warnings);
        }

        @Override
        public List<Violation> violations() {
            return warnings;
        }

        @Override
        public <R> Outcome<R> map(Function<? super T, ? extends R> mapper) {
            return new Success<>(mapper.apply(value), warnings);
        }
    }

    /**
     * The call was refused; nothing was stored.
     *
     * @param violations why, at least one
     * @param <T>        the value's type
     */
    record Failure<T>(List<Violation> violations) implements Outcome<T> {
        /**
         * Validates the outcome.
         *
         * @param violations why, at least one
         */
        public Failure {
            violations = List.copyOf(violations);
            if (violations.isEmpty()) {
                throw new IllegalArgumentException("a failure needs at least one violation");
            }
        }

        @Override
        public T value() {
            throw new IllegalStateException("the call failed: " + violations);
        }

        @Override
        public <R> Outcome<R> map(Function<? super T, ? extends R> mapper) {
            return new Failure<>(violations);
        }
    }
}
