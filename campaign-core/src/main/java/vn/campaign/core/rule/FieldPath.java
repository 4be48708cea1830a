package vn.campaign.core.rule;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Where in a command a value sits: the names from the command's top down ({@code plannedOn},
 * {@code funding.amount}). The rules locate their violations with it, the importer maps its cells onto it
 * and the API answers it as a user error's {@code field}.
 *
 * @param segments the names, outermost first; empty for the whole command
 * @since 0.1.0
 */
public record FieldPath(List<String> segments) {

    /** The whole command rather than one field of it. */
    public static final FieldPath ROOT = new FieldPath(List.of());

    /**
     * Checks that no segment is blank.
     *
     * @param segments the names, outermost first; empty for the whole command
     */
    public FieldPath {
        segments = List.copyOf(segments);
        for (String segment : segments) {
            if (segment.isBlank()) {
                throw new IllegalArgumentException("a field path segment must not be blank: " + segments);
            }
        }
    }

    /**
     * The path of the given names.
     *
     * @param segments the names, outermost first
     * @return the path
     */
    public static FieldPath of(String... segments) {
        return new FieldPath(Arrays.asList(Objects.requireNonNull(segments, "segments")));
    }

    /**
     * The path read from its dotted form ({@code "funding.amount"}); the empty text is the root.
     *
     * @param dotted the dotted form
     * @return the path
     */
    public static FieldPath parse(String dotted) {
        Objects.requireNonNull(dotted, "dotted");
        return dotted.isEmpty() ? ROOT : new FieldPath(Arrays.asList(dotted.split("\\.", -1)));
    }

    /**
     * The path of a field inside this one.
     *
     * @param name the inner field's name
     * @return the longer path
     */
    public FieldPath child(String name) {
        return new FieldPath(Stream.concat(segments.stream(), Stream.of(name)).toList());
    }

    /**
     * Whether this is the whole command.
     *
     * @return {@code true} for the root
     */
    public boolean isRoot() {
        return segments.isEmpty();
    }

    /**
     * The dotted form, the root being the empty text.
     *
     * @return the dotted form
     */
    @Override
    public String toString() {
        return String.join(".", segments);
    }
}
