package vn.campaign.importer.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.campaign.core.unit.HaTinhCity;
import vn.campaign.core.unit.Unit;
import vn.campaign.core.unit.UnitMatch;

/** Unit names as people write them, and a unit named inside a title, a sheet name or a file name. */
class UnitTextsTest {

    private static final List<Unit> UNITS_2022 = HaTinhCity.units().stream()
            .filter(u -> u.validUntil() == null).toList();
    private final UnitTexts texts = new UnitTexts(UNITS_2022);

    @Test
    void readsTheIssuingBodysWordsAndTheCityAsPeopleWriteThem() {
        assertThat(name("UBND phường Bắc Hà")).isEqualTo("Phường Bắc Hà");
        assertThat(name("Ủy ban nhân dân xã Thạch Hạ")).isEqualTo("Xã Thạch Hạ");
        assertThat(name("U.B.N.D P. Nam Hà")).isEqualTo("Phường Nam Hà");
        assertThat(name("P Bắc Hà")).isEqualTo("Phường Bắc Hà");
        assertThat(name("TP")).isEqualTo("Thành phố Hà Tĩnh");
        assertThat(name("Thành phố")).isEqualTo("Thành phố Hà Tĩnh");
        assertThat(name("TP Hà Tĩnh")).isEqualTo("Thành phố Hà Tĩnh");
    }

    @Test
    void aFragmentThatFitsSeveralUnitsIsAmbiguousWithThemAsCandidates() {
        UnitMatch match = texts.match("Thạch");
        assertThat(match).isInstanceOf(UnitMatch.Ambiguous.class);
        assertThat(((UnitMatch.Ambiguous) match).candidates()).extracting(Unit::name).containsExactlyInAnyOrder(
                "Phường Thạch Linh", "Phường Thạch Quý", "Xã Thạch Trung", "Xã Thạch Hạ", "Xã Thạch Hưng",
                "Xã Thạch Bình");
        assertThat(texts.match("Khối phường")).isInstanceOf(UnitMatch.Unknown.class);
    }

    @Test
    void findsTheUnitATitleSheetNameOrFileNameNamesPreferringAWardToTheCity() {
        assertThat(texts.findIn("UBND PHƯỜNG VĂN YÊN", false)).map(Unit::name).contains("Phường Văn Yên");
        assertThat(texts.findIn("Đơn vị: Thạch Bình", false)).map(Unit::name).contains("Xã Thạch Bình");
        assertThat(texts.findIn("DANH SÁCH CÔNG TRÌNH CHÀO MỪNG", false)).isEmpty();
        assertThat(texts.findIn("Thành phố Hà Tĩnh | Phường Văn Yên", false)).map(Unit::name).contains("Phường Văn Yên");
        assertThat(texts.findIn("Bắc Hà", false)).isEmpty();
        assertThat(texts.findIn("P. Văn Yên", true)).map(Unit::name).contains("Phường Văn Yên");
        assertThat(texts.findIn("dang-ky-xa-thach-binh", true)).map(Unit::name).contains("Xã Thạch Bình");
        assertThat(texts.findIn("bac-ha-va-nam-ha", true)).isEmpty();
    }

    private String name(String text) {
        UnitMatch match = texts.match(text);
        assertThat(match).as(text).isInstanceOf(UnitMatch.Found.class);
        return ((UnitMatch.Found) match).unit().name();
    }
}
