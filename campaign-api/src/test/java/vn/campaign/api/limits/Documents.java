package vn.campaign.api.limits;

import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * GraphQL documents of a chosen size for the limit tests, each valid against the schema and answered without
 * an error while it is within the limits.
 */
final class Documents {

    private Documents() {
    }

    /**
     * A query {@code depth} levels deep: {@code units > nodes > parent × (depth - 3) > code}.
     *
     * @param depth the depth, at least 3
     * @return the document
     */
    static String ofDepth(int depth) {
        int parents = depth - 3;
        return "{ units(first: 1) { nodes { " + "parent { ".repeat(parents) + "code" + " }".repeat(parents)
                + " } } }";
    }

    /**
     * A query of complexity 10,000 ({@code 1 + 1 + 2 + 98 × (1 + 1 + 50 × (1 + 1))}: {@code units},
     * {@code totalCount}, {@code pageInfo { hasNextPage }} and 98 pages of works) or 10,001 (asking
     * {@code hasPreviousPage} too).
     *
     * @param oneMore whether to make it 10,001
     * @return the document
     */
    static String ofComplexity10000(boolean oneMore) {
        return "{ units(first: 98) { totalCount pageInfo { hasNextPage" + (oneMore ? " hasPreviousPage" : "")
                + " } nodes { works(first: 50) { nodes { name } } } } }";
    }

    /**
     * A query with aliased fields inside one root field.
     *
     * @param count the number of aliases
     * @param field the field aliased, e.g. {@code code} or {@code __typename}
     * @return the document
     */
    static String withAliases(int count, String field) {
        return "{ campaigns { " + numbered(count, i -> "a" + i + ": " + field) + " } }";
    }

    /**
     * A query with root fields (each also aliased, so that the same field can be asked again).
     *
     * @param count the number of root fields
     * @return the document
     */
    static String withRootFields(int count) {
        return "{ " + numbered(count, i -> "c" + i + ": campaigns { code }") + " }";
    }

    /**
     * A query with directives, each on an inline fragment.
     *
     * @param count the number of directives
     * @return the document
     */
    static String withDirectives(int count) {
        return "{ campaigns { " + numbered(count, i -> "... @include(if: true) { code }") + " } }";
    }

    /**
     * A query that asks for fields the schema does not have, each a validation error.
     *
     * @param count the number of unknown fields
     * @return the document
     */
    static String withUnknownFields(int count) {
        return "{ campaigns { " + numbered(count, i -> "unknown" + i) + " } }";
    }

    /**
     * A query of exactly a number of characters, padded with a string argument.
     *
     * @param characters the length wanted
     * @return the document
     */
    static String ofCharacters(int characters) {
        String frame = "{ campaign(code: \"\") { code } }";
        return "{ campaign(code: \"" + "x".repeat(characters - frame.length()) + "\") { code } }";
    }

    /**
     * A query of exactly a number of grammar tokens: {@code { campaign ( code : "x" ) {} and {@code } }} are
     * 10, each {@code id} one more.
     *
     * @param tokens the number of tokens, at least 11
     * @return the document
     */
    static String ofTokens(int tokens) {
        return "{ campaign(code: \"x\") { " + "id ".repeat(tokens - 10) + "} }";
    }

    /**
     * A query whose fragments double {@code levels} times: 2^levels uses of the last fragment, in a document of
     * a few hundred characters.
     *
     * @param levels the number of doubling fragments
     * @param atRoot whether the fragments are spread at the root (else inside {@code campaigns})
     * @return the document
     */
    static String fragmentBomb(int levels, boolean atRoot) {
        String type = atRoot ? "Query" : "Campaign";
        String leaf = atRoot ? "campaigns { code }" : "code";
        String fragments = IntStream.range(0, levels)
                .mapToObj(i -> "fragment F" + i + " on " + type + " { ...F" + (i + 1) + " ...F" + (i + 1) + " }")
                .collect(Collectors.joining(" "));
        String operation = atRoot ? "query { ...F0 }" : "query { campaigns { ...F0 } }";
        return operation + " " + fragments + " fragment F" + levels + " on " + type + " { " + leaf + " }";
    }

    private static String numbered(int count, java.util.function.IntFunction<String> item) {
        return IntStream.range(0, count).mapToObj(item).collect(Collectors.joining(" "));
    }
}
