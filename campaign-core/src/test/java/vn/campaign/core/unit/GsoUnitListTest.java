package vn.campaign.core.unit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.text.Normalizer;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.campaign.core.fixture.Fixtures;

class GsoUnitListTest {

    private static final String HEADER = "ward_code,name,type,district_code,district,province_code,province\n";

    @Test
    void readsTheShippedListOfTenWardsAndFiveCommunesOfHaTinhCity() {
        List<Unit> units = GsoUnitList.read(Fixtures.resourceReader("/vn/campaign/core/unit/hatinh-city-units-2022.csv"));

        assertThat(units).hasSize(15);
        assertThat(units).filteredOn(u -> u.kind() == UnitKind.WARD).hasSize(10);
        assertThat(units).filteredOn(u -> u.kind() == UnitKind.COMMUNE).extracting(Unit::name)
                .containsExactly("Xã Thạch Trung", "Xã Thạch Hạ", "Xã Đồng Môn", "Xã Thạch Hưng", "Xã Thạch Bình");
        assertThat(units).allSatisfy(u -> {
            assertThat(u.parent()).isEqualTo(new UnitCode("436"));
            assertThat(u.validFrom()).isNull();
            assertThat(u.validUntil()).isNull();
            assertThat(Normalizer.isNormalized(u.name(), Normalizer.Form.NFC)).isTrue();
        });
        assertThat(units.get(0)).isEqualTo(Unit.of("18070", "Phường Trần Phú", UnitKind.WARD, "436"));
        assertThat(units).extracting(u -> u.code().value()).isSorted();
    }

    @Test
    void readsTownshipsSkipsBlankLinesAndAcceptsAByteOrderMark() {
        String csv = "\uFEFF" + HEADER
                + "18115,Phường Bắc Hồng,Phường,437,Thị xã Hồng Lĩnh,42,Tỉnh Hà Tĩnh\r\n"
                + "\n"
                + "18133,Thị trấn Nghèn,Thị trấn,439,Huyện Can Lộc,42,Tỉnh Hà Tĩnh\n";

        List<Unit> units = GsoUnitList.read(new StringReader(csv));

        assertThat(units).containsExactly(
                Unit.of("18115", "Phường Bắc Hồng", UnitKind.WARD, "437"),
                Unit.of("18133", "Thị trấn Nghèn", UnitKind.TOWNSHIP, "439"));
    }

    @Test
    void refusesAListWithoutTheGsoHeaderOnLine1() {
        assertThatThrownBy(() -> GsoUnitList.read(new StringReader("ma,ten,loai\n18070,Phường Trần Phú,Phường\n")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("GSO unit list line 1: expected header 'ward_code,name,type,");
    }

    @Test
    void refusesAnEmptyListOnLine1() {
        assertThatThrownBy(() -> GsoUnitList.read(new StringReader("")))
                .hasMessageStartingWith("GSO unit list line 1:");
    }

    @Test
    void refusesARowWithAMissingFieldNamingItsLine() {
        String csv = HEADER
                + "18070,Phường Trần Phú,Phường,436,Thành phố Hà Tĩnh,42,Tỉnh Hà Tĩnh\n"
                + "18073,Phường Nam Hà,Phường,436,Thành phố Hà Tĩnh,42\n";

        assertThatThrownBy(() -> GsoUnitList.read(new StringReader(csv)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("GSO unit list line 3: expected 7 fields, got 6");
    }

    @Test
    void countsBlankLinesWhenNamingTheBadLine() {
        String csv = HEADER + "\n\n" + "18070,Phường Trần Phú,Huyện,436,Thành phố Hà Tĩnh,42,Tỉnh Hà Tĩnh\n";

        assertThatThrownBy(() -> GsoUnitList.read(new StringReader(csv)))
                .hasMessage("GSO unit list line 4: type must be Phường, Xã or Thị trấn, got 'Huyện'");
    }

    @Test
    void refusesABadCodeNamingTheLine() {
        String csv = HEADER + "18 070,Phường Trần Phú,Phường,436,Thành phố Hà Tĩnh,42,Tỉnh Hà Tĩnh\n";

        assertThatThrownBy(() -> GsoUnitList.read(new StringReader(csv)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("GSO unit list line 2: unit code must be")
                .hasMessageContaining("'18 070'");
    }

    @Test
    void refusesABlankNameNamingTheLine() {
        String csv = HEADER + "18070, ,Phường,436,Thành phố Hà Tĩnh,42,Tỉnh Hà Tĩnh\n";

        assertThatThrownBy(() -> GsoUnitList.read(new StringReader(csv)))
                .hasMessage("GSO unit list line 2: unit 18070 has a blank name");
    }
}
