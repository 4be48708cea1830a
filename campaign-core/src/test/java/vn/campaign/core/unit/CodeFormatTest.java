package vn.campaign.core.unit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import vn.campaign.core.campaign.CampaignCode;

/**
 * The unit and campaign codes check their format by hand (a code is made for every imported row); they accept
 * exactly what their documented regular expressions accept.
 */
class CodeFormatTest {

    private static final Pattern UNIT = Pattern.compile("[A-Za-z0-9._-]{1,40}");
    private static final Pattern CAMPAIGN = Pattern.compile("[A-Z0-9._-]{1,40}");
    /** Characters on both sides of every range's edge, Vietnamese letters, spaces and digits. */
    private static final String ALPHABET = "@AZ[`az{/09:.-_ ,đĐăÂ\u00A0\t'\"éZ";

    @Test
    void unitAndCampaignCodesAcceptExactlyWhatTheirRegularExpressionsAccept() {
        Random random = new Random(16);
        for (int i = 0; i < 200_000; i++) {
            int length = random.nextInt(44);
            StringBuilder text = new StringBuilder();
            for (int j = 0; j < length; j++) {
                text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            String code = text.toString();
            assertThat(UnitCode.isWellFormed(code)).as(code).isEqualTo(UNIT.matcher(code).matches());
            assertThat(CampaignCode.isWellFormed(code)).as(code).isEqualTo(CAMPAIGN.matcher(code).matches());
        }
    }

    @Test
    void codesOfFortyCharactersAreTheLongestAccepted() {
        assertThat(new UnitCode("a".repeat(40)).value()).hasSize(40);
        assertThat(new CampaignCode("A".repeat(40)).value()).hasSize(40);
        assertThatThrownBy(() -> new UnitCode("a".repeat(41))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("1 to 40");
        assertThatThrownBy(() -> new CampaignCode("")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("1 to 40");
        assertThatThrownBy(() -> new CampaignCode("ct32-2022")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("capital letters");
    }
}
