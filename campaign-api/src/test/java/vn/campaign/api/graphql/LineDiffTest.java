package vn.campaign.api.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The diff SchemaContractIT shows when the served schema and the committed one differ. */
class LineDiffTest {

    @Test
    void showsTheChangedLinesWithTwoLinesOfContextAndElidesTheRest() {
        String before = "type A {\n  a: Int\n  b: Int\n  c: Int\n}\n\ntype B {\n  x: Int\n  y: Int\n  z: Int\n}\n";
        String after = before.replace("  b: Int\n", "  b: String\n").replace("  z: Int\n", "  z: Int\n  w: Int\n");

        assertThat(LineDiff.unified(before, after)).isEqualTo("""
                  type A {
                    a: Int
                -   b: Int
                +   b: String
                    c: Int
                  }
                  …
                    y: Int
                    z: Int
                +   w: Int
                  }
                """);
    }

    @Test
    void isEmptyForTheSameText() {
        assertThat(LineDiff.unified("type A {\n  a: Int\n}\n", "type A {\n  a: Int\n}\n")).isEmpty();
    }
}
