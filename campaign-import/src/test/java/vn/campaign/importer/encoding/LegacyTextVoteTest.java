package vn.campaign.importer.encoding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LegacyTextVoteTest {

    private static final List<String> UNIT_NAMES = List.of(
            "Phường Bắc Hà", "Phường Nam Hà", "Phường Trần Phú", "Phường Tân Giang", "Xã Thạch Hạ",
            "Xã Thạch Trung", "Lễ hội Văn Miếu", "Khánh thành nhà văn hóa", "Ủy ban nhân dân", "Khởi công đường");

    @Test
    void votesTcvn3ForAColumnWrittenInTcvn3() {
        List<String> column = new ArrayList<>();
        UNIT_NAMES.forEach(name -> column.add(LegacyFixtures.tcvn3(name, true)));

        EncodingVote vote = LegacyText.vote(column);

        assertThat(vote.encoding()).isEqualTo(TextEncoding.TCVN3);
        assertThat(vote.evidence()).startsWith("TCVN3 wins").contains("of 10 samples");
    }

    @Test
    void votesVniForAColumnWrittenInVni() {
        List<String> column = new ArrayList<>();
        UNIT_NAMES.forEach(name -> column.add(LegacyFixtures.vni(name)));

        EncodingVote vote = LegacyText.vote(column);

        assertThat(vote.encoding()).isEqualTo(TextEncoding.VNI);
        assertThat(vote.evidence()).startsWith("VNI wins");
    }

    @Test
    void votesUnicodeForAUnicodeColumn() {
        EncodingVote vote = LegacyText.vote(UNIT_NAMES);

        assertThat(vote.encoding()).isEqualTo(TextEncoding.UNICODE);
        assertThat(vote.evidence()).contains("10 contain letters only Unicode has");
    }

    @Test
    void votesUnicodeWhenNoSampleShowsEvidence() {
        EncodingVote vote = LegacyText.vote(List.of("UBND", "", "2022", "Ha Tinh"));

        assertThat(vote.encoding()).isEqualTo(TextEncoding.UNICODE);
        assertThat(vote.evidence()).startsWith("no legacy evidence").contains("4 show no evidence");
    }

    @Test
    void votesUnicodeForNoSamples() {
        assertThat(LegacyText.vote(List.of()).encoding()).isEqualTo(TextEncoding.UNICODE);
    }

    @Test
    void doesNotConvertAColumnWhereUnicodeOutnumbersLegacyText() {
        List<String> column = new ArrayList<>(UNIT_NAMES);
        column.add(LegacyFixtures.tcvn3("Phường Bắc Hà", false));

        assertThat(LegacyText.vote(column).encoding()).isEqualTo(TextEncoding.UNICODE);
    }

    @Test
    void doesNotTakeUnicodeWithOldStyleTonePlacementForVni() {
        EncodingVote vote = LegacyText.vote(List.of("Hoà Bình", "Khoá học", "Hoãn", "HOÀ BÌNH"));

        assertThat(vote.encoding()).isEqualTo(TextEncoding.UNICODE);
    }

    @Test
    void takesTcvn3WordsWithUAndYHookForTcvn3NotVni() {
        EncodingVote vote = LegacyText.vote(List.of(
                LegacyFixtures.tcvn3("Thuỷ lợi", false),
                LegacyFixtures.tcvn3("ủy ban nhân dân", false),
                LegacyFixtures.tcvn3("Của xã", false)));

        assertThat(vote.encoding()).isEqualTo(TextEncoding.TCVN3);
    }

    @Test
    void readsWordInitialNTildeFollowedByAVowelAsVniD() {
        assertThat(LegacyText.vote(List.of("ñi ñeán ñoù")).encoding()).isEqualTo(TextEncoding.VNI);
    }

    @Test
    void decodesSamplesWithTheVoteButLeavesUnicodeSamplesAlone() {
        EncodingVote vote = new EncodingVote(TextEncoding.TCVN3, "TCVN3 wins: test vote");

        DecodedText legacy = LegacyText.decodeWithVote("Ph\u00ADêng B¾c Hµ", vote);
        DecodedText unicode = LegacyText.decodeWithVote("Phường Nam Hà", vote);

        assertThat(legacy.text()).isEqualTo("Phường Bắc Hà");
        assertThat(legacy.encoding()).isEqualTo(TextEncoding.TCVN3);
        assertThat(legacy.evidence()).contains("column vote");
        assertThat(unicode.text()).isEqualTo("Phường Nam Hà");
        assertThat(unicode.encoding()).isEqualTo(TextEncoding.UNICODE);
        assertThat(unicode.evidence()).contains("only Unicode", "left unconverted");
    }

    @Test
    void leavesEverySampleAsItIsWhenTheVoteIsUnicode() {
        EncodingVote vote = LegacyText.vote(UNIT_NAMES);

        assertThat(LegacyText.decodeWithVote("B¾c", vote).text()).isEqualTo("B¾c");
    }

    @Test
    void refusesAVoteForAnEncodingNoVoteCanDecide() {
        assertThatThrownBy(() -> new EncodingVote(TextEncoding.TCVN3_UPPER, "x"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a vote decides UNICODE, TCVN3 or VNI, not TCVN3_UPPER");
    }
}
