package vn.campaign.api.limits;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import graphql.parser.Parser;

/** Counting what an operation asks for on the parsed document, fragments counted at each use. */
class OperationCountsTest {

    @Test
    void countsAliasesRootFieldsDirectivesAndFieldsOfAnOperation() {
        assertThat(only("query($on: Date @deprecated) @skip(if: false) { a: units(first: 1) { nodes { code } } "
                + "b: __typename campaigns @include(if: true) { code } }"))
                .isEqualTo(new OperationCounts(2, 3, 3, 5));
    }

    @Test
    void countsAliasesOfTypenameButNotTypenameAsAField() {
        assertThat(only("{ campaigns { x: __typename y: __typename __typename } }"))
                .isEqualTo(new OperationCounts(2, 1, 0, 1));
    }

    @Test
    void countsAFragmentAgainAtEachUseAndItsSpreadDirectives() {
        assertThat(only("{ ...F @include(if: true) ...F } fragment F on Query @skip(if: false) { a: campaigns { "
                + "code } }"))
                .isEqualTo(new OperationCounts(2, 2, 3, 4));
    }

    @Test
    void countsRootFieldsThroughInlineFragmentsButNotBelowAField() {
        assertThat(only("{ ... on Query { campaigns { code ... { name } } } ... { units(first: 1) { totalCount } } }"))
                .isEqualTo(new OperationCounts(0, 2, 0, 5));
    }

    @Test
    void countsFragmentsThatDoubleSixtyTimesWithoutOverflowing() {
        OperationCounts counts = only(Documents.fragmentBomb(60, true));

        assertThat(counts.rootFields()).isEqualTo(1L << 60);
        assertThat(counts.fields()).isEqualTo(1L << 61);
        assertThat(only(Documents.fragmentBomb(70, true)).fields()).isEqualTo(Long.MAX_VALUE);
    }

    @Test
    void stopsAtAFragmentThatUsesItselfAndAtAnUnknownFragment() {
        assertThat(only("{ ...A ...Missing } fragment A on Query { campaigns { code } ...B } "
                + "fragment B on Query { ...A }"))
                .isEqualTo(new OperationCounts(0, 1, 0, 2));
    }

    @Test
    void countsEachOperationOfADocument() {
        List<OperationCounts> counts = List.copyOf(OperationCounts.of(Parser.parse(
                "query One { a: campaigns { code } } query Two { campaigns { b: code c: code } units(first: 1) { "
                        + "totalCount } }")).values());

        assertThat(counts).containsExactly(new OperationCounts(1, 1, 0, 2), new OperationCounts(2, 2, 0, 5));
    }

    private static OperationCounts only(String document) {
        return OperationCounts.of(Parser.parse(document)).values().iterator().next();
    }
}
