package vn.campaign.importer.value;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * The outcome of parsing a cell value: {@link Parsed} with the value and any warnings, or
 * {@link Failed} with the problem.
 *
 * @param <T> the type of the value
 */
public sealed interface ParseResult<T> permits ParseResult.Parsed, ParseResult.Failed {

    /**
     * A value that was read.
     *
     * @param value the value
     * @param warnings the assumptions made to read it, possibly none
     * @param <T> the type of the value
     */
    record Parsed<T>(T value, List<ValueIssue> warnings) implements ParseResult<T> {

        /**
         * Validates the components.
         *
         * @throws NullPointerException when a component is {@code null}
         * @throws IllegalArgumentException when one of the warnings is a problem
         *
         * @param value the value
         * @param warnings the assumptions made to read it, possibly none
         */
        public Parsed {
            Objects.requireNonNull(value, "value");
            warnings = List.copyOf(Objects.requireNonNull(warnings, "warnings"));
            for (ValueIssue warning : warnings) {
                if (warning.isProblem()) {
                    throw new IllegalArgumentException("a parsed value cannot carry the problem " + warning.code());
                }
            }
        }
    }

    /**
     * A value that could not be read.
     *
     * @param problem why
     * @param <T> the type the value would have had
     */
    record Failed<T>(ValueIssue problem) implements ParseResult<T> {

        /**
         * Validates the component.
         *
         * @throws NullPointerException when {@code problem} is {@code null}
         * @throws IllegalArgumentException when the issue is only a warning
         *
         * @param problem why
         */
        public Failed {
            Objects.requireNonNull(problem, "problem");
            if (!problem.isProblem()) {
                throw new IllegalArgumentException("a failure needs a problem, not the warning " + problem.code());
            }
        }
    }

    /**
     * A value that was read.
     *
     * @param value the value
     * @param warnings the assumptions made to read it
     * @param <T> the type of the value
     * @return the result
     */
    static <T> ParseResult<T> parsed(T value, List<ValueIssue> warnings) {
        return new Parsed<>(value, warnings);
    }

    /**
     * A value that was read without assumptions.
     *
     * @param value the value
     * @param <T> the type of the value
     * @return the result
     */
    static <T> ParseResult<T> parsed(T value) {
        return new Parsed<>(value, List.of());
    }

    /**
     * A value that could not be read.
     *
     * @param code the problem's code
     * @param input the cell's text
     * @param message what is wrong
     * @param <T> the type the value would have had
     * @return the result
     */
    static <T> ParseResult<T> failed(ValueIssueCode code, String input, String message) {
        return new Failed<>(new ValueIssue(code, input, message));
    }

    /**
     * Whether a value was read.
     *
     * @return {@code true} for {@link Parsed}
     */
    default boolean isParsed() {
        return this instanceof Parsed;
    }

    /**
     * The value, when one was read.
     *
     * @return the value, or empty for {@link Failed}
     */
    default Optional<T> toOptional() {
        return this instanceof Parsed<T> parsed ? Optional.of(parsed.value()) : Optional.empty();
    }

    /**
     * The issues to report: the warnings of a {@link Parsed}, or the problem of a {@link Failed}.
     *
     * @return the issues, possibly none
     */
    default List<ValueIssue> issues() {
        if (this instanceof Parsed<T> parsed) {
            return parsed.warnings();
        }
        return List.of(((Failed<T>) this).problem());
    }

    /**
     * The issue codes, for assertions and summaries.
     *
     * @return the codes of {@link #issues()}
     */
    default List<ValueIssueCode> codes() {
        return issues().stream().map(ValueIssue::code).toList();
    }

    /**
     * Transforms the value of a {@link Parsed}, keeping its warnings; a {@link Failed} stays as it is.
     *
     * @param mapper the transformation
     * @param <R> the new type
     * @return the transformed result
     */
    default <R> ParseResult<R> map(Function<? super T, ? extends R> mapper) {
        if (this instanceof Parsed<T> parsed) {
            return new Parsed<>(mapper.apply(parsed.value()), parsed.warnings());
        }
        return new Failed<>(((Failed<T>) this).problem());
    }
}
