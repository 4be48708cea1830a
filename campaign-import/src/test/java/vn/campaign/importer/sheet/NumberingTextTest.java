package vn.campaign.importer.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * Every data row is asked whether it is the row of column numbers under a header; the characters of such a cell are
 * tested by hand, and accept exactly what the regular expression {@code [0-9A-Za-z()=+\-*}{@code /.,: ]{1,16}} does.
 */
class NumberingTextTest {

    private static final Pattern NUMBERING_CELL = Pattern.compile("[0-9A-Za-z()=+\\-*/.,: ]{1,16}");
    private static final String ALPHABET = "09AZaz()=+-*/.,: @[`{đĐăé\t_;\u00A0";

    @Test
    void numberingCellsAreTheTextsTheRegularExpressionAccepts() {
        Random random = new Random(16);
        for (int i = 0; i < 200_000; i++) {
            int length = random.nextInt(19);
            StringBuilder text = new StringBuilder();
            for (int j = 0; j < length; j++) {
                text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            String cell = text.toString();
            assertThat(HeaderDetector.isNumberingText(cell)).as(cell)
                    .isEqualTo(NUMBERING_CELL.matcher(cell).matches());
        }
        assertThat(HeaderDetector.isNumberingText("(1)+(2)=(3) 4567")).isTrue();
        assertThat(HeaderDetector.isNumberingText("(1)+(2)=(3) 45678")).isFalse();
    }
}
