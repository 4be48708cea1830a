package vn.campaign.api.limits;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import graphql.introspection.Introspection;
import graphql.language.Directive;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.language.VariableDefinition;

/**
 * What an operation asks for, counted on the parsed document before it is validated, with every use of a
 * fragment counted again (as the operation would execute it).
 *
 * <p>Counting is linear in the size of the document whatever its fragments do: the counts of each fragment
 * are computed once and reused, sums saturate at {@link Long#MAX_VALUE} (a fragment used twice by a fragment
 * used twice, 60 times over, does not overflow), and a fragment that uses itself counts nothing the second
 * time (validation refuses such cycles).
 *
 * @param aliases    fields given an alias, including aliases of {@code __typename}
 * @param rootFields fields at the root of the operation, including {@code __typename}
 * @param directives directives on the operation, its variables, fields, fragments and fragment uses
 * @param fields     fields other than {@code __typename}, each costing at least 1 in complexity
 */
public record OperationCounts(long aliases, long rootFields, long directives, long fields) {

    private static final OperationCounts NONE = new OperationCounts(0, 0, 0, 0);

    /**
     * Validates the counts.
     *
     * @throws IllegalArgumentException if a count is negative
     */
    public OperationCounts {
        if (aliases < 0 || rootFields < 0 || directives < 0 || fields < 0) {
            throw new IllegalArgumentException("counts must not be negative, were aliases=" + aliases
                    + ", rootFields=" + rootFields + ", directives=" + directives + ", fields=" + fields);
        }
    }

    /**
     * Counts every operation of a document.
     *
     * @param document a parsed document
     * @return the counts of each operation, in document order
     */
    public static Map<OperationDefinition, OperationCounts> of(Document document) {
        Objects.requireNonNull(document, "document");
        Counter counter = new Counter(document.getDefinitionsOfType(FragmentDefinition.class));
        Map<OperationDefinition, OperationCounts> counts = new LinkedHashMap<>();
        for (OperationDefinition operation : document.getDefinitionsOfType(OperationDefinition.class)) {
            counts.put(operation, counter.operation(operation));
        }
        return counts;
    }

    private OperationCounts plus(OperationCounts other) {
        return new OperationCounts(add(aliases, other.aliases), add(rootFields, other.rootFields),
                add(directives, other.directives), add(fields, other.fields));
    }

    private OperationCounts withRootFields(long count) {
        return new OperationCounts(aliases, count, directives, fields);
    }

    private static long add(long a, long b) {
        long sum = a + b;
        return sum < 0 ? Long.MAX_VALUE : sum;
    }

    /** Walks selection sets, remembering the counts of each fragment. */
    private static final class Counter {

        private final Map<String, FragmentDefinition> fragments = new HashMap<>();
        private final Map<String, OperationCounts> counted = new HashMap<>();
        private final Set<String> inProgress = new HashSet<>();

        Counter(List<FragmentDefinition> definitions) {
            for (FragmentDefinition definition : definitions) {
                fragments.putIfAbsent(definition.getName(), definition);
            }
        }

        OperationCounts operation(OperationDefinition operation) {
            long directives = operation.getDirectives().size();
            for (VariableDefinition variable : operation.getVariableDefinitions()) {
                directives = add(directives, variable.getDirectives().size());
            }
            OperationCounts selection = selectionSet(operation.getSelectionSet());
            return new OperationCounts(0, 0, directives, 0).plus(selection);
        }

        /** The counts of a selection set; its root fields are the fields directly in it. */
        private OperationCounts selectionSet(@Nullable SelectionSet set) {
            if (set == null) {
                return NONE;
            }
            OperationCounts total = NONE;
            for (Selection<?> selection : set.getSelections()) {
                total = total.plus(selection(selection));
            }
            return total;
        }

        private OperationCounts selection(Selection<?> selection) {
            if (selection instanceof Field field) {
                boolean typename = Introspection.TypeNameMetaFieldDef.getName().equals(field.getName());
                OperationCounts own = new OperationCounts(field.getAlias() != null ? 1 : 0, 1,
                        field.getDirectives().size(), typename ? 0 : 1);
                return own.plus(selectionSet(field.getSelectionSet()).withRootFields(0));
            }
            if (selection instanceof InlineFragment inline) {
                return new OperationCounts(0, 0, directives(inline.getDirectives()), 0)
                        .plus(selectionSet(inline.getSelectionSet()));
            }
            if (selection instanceof FragmentSpread spread) {
                return new OperationCounts(0, 0, directives(spread.getDirectives()), 0)
                        .plus(fragment(spread.getName()));
            }
            return NONE;
        }

        private OperationCounts fragment(String name) {
            OperationCounts known = counted.get(name);
            if (known != null) {
                return known;
            }
            FragmentDefinition definition = fragments.get(name);
            if (definition == null || !inProgress.add(name)) {
                return NONE;
            }
            OperationCounts counts = new OperationCounts(0, 0, directives(definition.getDirectives()), 0)
                    .plus(selectionSet(definition.getSelectionSet()));
            inProgress.remove(name);
            counted.put(name, counts);
            return counts;
        }

        private static long directives(List<Directive> directives) {
            return directives.size();
        }
    }
}
