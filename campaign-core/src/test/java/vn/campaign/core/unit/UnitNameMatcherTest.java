package vn.campaign.core.unit;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.campaign.core.campaign.Directive32;
import vn.campaign.core.fixture.Fixtures;

class UnitNameMatcherTest {

    /** Built as the matcher's documentation asks: over the units valid during the campaign. */
    private final UnitNameMatcher matcher = matcherDuringDirective32(HaTinhCity.units());

    private static UnitNameMatcher matcherDuringDirective32(List<Unit> units) {
        return new UnitNameMatcher(units.stream()
                .filter(u -> u.isValidDuring(Directive32.campaign().period())).toList());
    }

    @ParameterizedTest(name = "\"{0}\" is {2}")
    @CsvSource(delimiter = '|', textBlock = """
            P. Bắc Hà         | 18076 | Phường Bắc Hà
            phường bắc hà     | 18076 | Phường Bắc Hà
            Phuong Bac Ha     | 18076 | Phường Bắc Hà
            PHƯỜNG BẮC HÀ     | 18076 | Phường Bắc Hà
            P.Bắc Hà          | 18076 | Phường Bắc Hà
            Bắc  Hà           | 18076 | Phường Bắc Hà
            X. Thạch Hạ       | 18100 | Xã Thạch Hạ
            xã thạch hạ       | 18100 | Xã Thạch Hạ
            Thach Ha          | 18100 | Xã Thạch Hạ
            18100             | 18100 | Xã Thạch Hạ
            Đồng Môn          | 18103 | Xã Đồng Môn
            Dong Mon          | 18103 | Xã Đồng Môn
            18103             | 18103 | Xã Đồng Môn
            TP. Hà Tĩnh       | 436   | Thành phố Hà Tĩnh
            Thành phố Hà Tĩnh | 436   | Thành phố Hà Tĩnh
            P. Hà Huy Tập     | 18085 | Phường Hà Huy Tập
            """)
    void resolvesWhatPeopleWriteForAUnit(String written, String code, String name) {
        UnitMatch match = matcher.match(written);

        assertThat(match).isInstanceOfSatisfying(UnitMatch.Found.class, found -> {
            assertThat(found.unit().code().value()).isEqualTo(code);
            assertThat(found.unit().name()).isEqualTo(name);
            assertThat(found.text()).isEqualTo(written);
        });
    }

    @Test
    void resolvesANameTypedInDecomposedUnicode() {
        String decomposed = Normalizer.normalize("Phường Bắc Hà", Normalizer.Form.NFD);

        assertThat(matcher.match(decomposed)).isInstanceOfSatisfying(UnitMatch.Found.class,
                found -> assertThat(found.unit().code().value()).isEqualTo(Fixtures.BAC_HA));
    }

    @Test
    void resolvesACodeWrittenWithSurroundingSpaces() {
        assertThat(matcher.match(" 18100 ")).isInstanceOfSatisfying(UnitMatch.Found.class,
                found -> assertThat(found.unit().name()).isEqualTo("Xã Thạch Hạ"));
    }

    @ParameterizedTest(name = "\"{0}\" is unknown")
    @ValueSource(strings = {"Phường Hoàn Kiếm", "Xã Thạch Môn", "99999", "", "   ", "Phường", "P.", "..."})
    void saysUnknownWhenNoUnitFits(String written) {
        assertThat(matcher.match(written)).isEqualTo(new UnitMatch.Unknown(written));
    }

    @ParameterizedTest(name = "\"{0}\" names a kind the unit is not")
    @ValueSource(strings = {"Phường Thạch Hạ", "P. Thạch Hạ", "Xã Bắc Hà", "X. Trần Phú", "Phường Hà Tĩnh"})
    void saysUnknownWhenTheWrittenKindContradictsTheUnit(String written) {
        assertThat(matcher.match(written)).isInstanceOf(UnitMatch.Unknown.class);
    }

    @Test
    void aBareNameSharedByAWardAndACommuneIsAmbiguous() {
        Unit hypotheticalWard = Unit.of("18999", "Phường Thạch Hạ", UnitKind.WARD, "436");
        List<Unit> units = new ArrayList<>(HaTinhCity.units());
        units.add(hypotheticalWard);
        UnitNameMatcher withTwoThachHa = matcherDuringDirective32(units);

        UnitMatch match = withTwoThachHa.match("Thạch Hạ");

        assertThat(match).isInstanceOfSatisfying(UnitMatch.Ambiguous.class, ambiguous -> {
            assertThat(ambiguous.text()).isEqualTo("Thạch Hạ");
            assertThat(ambiguous.candidates()).extracting(u -> u.code().value())
                    .containsExactlyInAnyOrder("18100", "18999");
        });
    }

    @Test
    void theWrittenKindSettlesAnAmbiguousName() {
        List<Unit> units = new ArrayList<>(HaTinhCity.units());
        units.add(Unit.of("18999", "Phường Thạch Hạ", UnitKind.WARD, "436"));
        UnitNameMatcher withTwoThachHa = matcherDuringDirective32(units);

        assertThat(withTwoThachHa.match("P. Thạch Hạ")).isInstanceOfSatisfying(UnitMatch.Found.class,
                found -> assertThat(found.unit().code().value()).isEqualTo("18999"));
        assertThat(withTwoThachHa.match("xã Thạch Hạ")).isInstanceOfSatisfying(UnitMatch.Found.class,
                found -> assertThat(found.unit().code().value()).isEqualTo("18100"));
    }

    @Test
    void overTheUnitsOf2018Code18103IsXaThachMon() {
        UnitNameMatcher in2018 = new UnitNameMatcher(HaTinhCity.units().stream()
                .filter(u -> u.isValidDuring(Fixtures.campaignIn2018().period())).toList());

        assertThat(in2018.match("18103")).isInstanceOfSatisfying(UnitMatch.Found.class,
                found -> assertThat(found.unit().name()).isEqualTo("Xã Thạch Môn"));
        assertThat(in2018.match("Thach Mon")).isInstanceOf(UnitMatch.Found.class);
        assertThat(in2018.match("Đồng Môn")).isInstanceOf(UnitMatch.Unknown.class);
    }

    @Test
    void duringDirective32AFormerCommuneIsUnknownButNamesItsSuccessor() {
        UnitNameMatcher during = UnitNameMatcher.during(HaTinhCity.units(), Directive32.campaign().period());

        for (String former : List.of("Xã Thạch Môn", "thach dong", "18106")) {
            assertThat(during.match(former)).as(former).isInstanceOfSatisfying(UnitMatch.Unknown.class, unknown -> {
                assertThat(unknown.mergedAway()).isNotNull();
                assertThat(unknown.mergedAway().mergedInto()).isNotNull();
                assertThat(unknown.mergedAway().mergedInto().name()).isEqualTo("Xã Đồng Môn");
            });
        }
        assertThat(during.match("18103")).isInstanceOfSatisfying(UnitMatch.Found.class,
                found -> assertThat(found.unit().name()).isEqualTo("Xã Đồng Môn"));
        assertThat(during.match("Phường Hoàn Kiếm")).isInstanceOfSatisfying(UnitMatch.Unknown.class,
                unknown -> assertThat(unknown.mergedAway()).isNull());
    }
}
