package vn.campaign.importer.value;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PlaqueMarkParserTest {

    @ParameterizedTest
    @ValueSource(strings = {"x", "X", " x ", "×", "có", "Có", "CÓ", "✓", "✔", "☑", "1", "yes", "Yes", "có gắn biển"})
    void readsYesMarks(String text) {
        ParseResult<Boolean> result = PlaqueMarkParser.parse(text);

        assertThat(result.toOptional()).contains(true);
        assertThat(result.codes()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "không", "Không", "0", "no", "-", "chưa"})
    void readsNoMarks(String text) {
        assertThat(PlaqueMarkParser.parse(text).toOptional()).contains(false);
    }

    @ParameterizedTest
    @ValueSource(strings = {"?", "2", "có thể", "•", "xx", "✗"})
    void reportsAnythingElseAsAProblem(String text) {
        ParseResult<Boolean> result = PlaqueMarkParser.parse(text);

        assertThat(result.codes()).containsExactly(ValueIssueCode.PLAQUE_MARK_UNREADABLE);
        assertThat(result.issues().get(0).message()).contains("is not a plaque mark");
    }

    @Test
    void readsNumberCells() {
        assertThat(PlaqueMarkParser.fromNumber(1.0).toOptional()).contains(true);
        assertThat(PlaqueMarkParser.fromNumber(0.0).toOptional()).contains(false);
        assertThat(PlaqueMarkParser.fromNumber(2.0).codes()).containsExactly(ValueIssueCode.PLAQUE_MARK_UNREADABLE);
    }
}
