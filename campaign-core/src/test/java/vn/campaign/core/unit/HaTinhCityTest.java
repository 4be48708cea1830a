package vn.campaign.core.unit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.campaign.core.campaign.Directive32;
import vn.campaign.core.fixture.Fixtures;
import vn.campaign.core.time.Period;

class HaTinhCityTest {

    private final InMemoryUnits units = new InMemoryUnits();

    HaTinhCityTest() {
        units.saveAll(HaTinhCity.units());
    }

    @Test
    void holdsTheCityItsFifteenWardsAndCommunesAndTheHistoricalXaThachMonAndXaThachDong() {
        List<Unit> all = HaTinhCity.units();

        assertThat(all).hasSize(18);
        assertThat(all.get(0)).isEqualTo(HaTinhCity.city());
        assertThat(HaTinhCity.city().kind()).isEqualTo(UnitKind.CITY);
        assertThat(HaTinhCity.city().parent()).isNull();
        assertThat(all).extracting(Unit::name).contains("Thành phố Hà Tĩnh", "Xã Thạch Môn", "Xã Thạch Đồng",
                "Xã Đồng Môn");
    }

    @Test
    void code18103IsXaThachMonUntilTheEndOf2019AndXaDongMonFrom2020() {
        UnitCode code = new UnitCode(Fixtures.DONG_MON);

        assertThat(units.findByCode(code, LocalDate.of(2019, 12, 31))).map(Unit::name).contains("Xã Thạch Môn");
        assertThat(units.findByCode(code, LocalDate.of(2020, 1, 1))).map(Unit::name).contains("Xã Đồng Môn");
        assertThat(units.findByCode(code, Fixtures.MID_CAMPAIGN)).map(Unit::name).contains("Xã Đồng Môn");
        assertThat(units.findAllByCode(code)).extracting(Unit::name).containsExactly("Xã Thạch Môn", "Xã Đồng Môn");
    }

    @Test
    void duringACampaignACodeResolvesToTheUnitOfThatTime() {
        UnitCode code = new UnitCode(Fixtures.DONG_MON);

        assertThat(units.findByCode(code, Directive32.campaign().period())).map(Unit::name).contains("Xã Đồng Môn");
        assertThat(units.findByCode(code, Fixtures.campaignIn2018().period())).map(Unit::name).contains("Xã Thạch Môn");
    }

    @Test
    void acrossTheMergerACodeResolvesToTheUnitThatExistsAtTheEnd() {
        Period acrossMerger = Period.of(LocalDate.of(2019, 12, 1), LocalDate.of(2020, 1, 31));

        assertThat(units.findByCode(new UnitCode(Fixtures.DONG_MON), acrossMerger)).map(Unit::name)
                .contains("Xã Đồng Môn");
    }

    @Test
    void theUnitsValidDuringDirective32AreTheCityAndItsFifteenWardsAndCommunes() {
        List<Unit> valid = units.findValidDuring(Directive32.campaign().period());

        assertThat(valid).hasSize(16).extracting(Unit::name).doesNotContain("Xã Thạch Môn");
    }

    @Test
    void savingAUnitWithTheSameCodeAndStartReplacesIt() {
        units.save(Unit.of(Fixtures.TRAN_PHU, "Phường  Trần Phú (mới)", UnitKind.WARD, "436"));

        assertThat(units.findAllByCode(new UnitCode(Fixtures.TRAN_PHU))).extracting(Unit::name)
                .containsExactly("Phường Trần Phú (mới)");
    }

    @Test
    void aUnitRefusesToEndBeforeItStartsOrToBeItsOwnParent() {
        assertThatThrownBy(() -> new Unit(new UnitCode("18103"), "Xã Đồng Môn", UnitKind.COMMUNE, new UnitCode("436"),
                LocalDate.of(2020, 1, 1), LocalDate.of(2019, 12, 31)))
                .hasMessage("unit 18103 is valid until 2019-12-31, before it is valid from 2020-01-01");
        assertThatThrownBy(() -> Unit.of("436", "Thành phố Hà Tĩnh", UnitKind.CITY, "436"))
                .hasMessage("unit 436 cannot be its own parent");
    }

    @Test
    void aUnitCodeRefusesSpacesAndAccents() {
        assertThat(UnitCode.isWellFormed("436-DOAN-TN")).isTrue();
        assertThat(UnitCode.isWellFormed("18 070")).isFalse();
        assertThat(UnitCode.isWellFormed("Bắc Hà")).isFalse();
        assertThatThrownBy(() -> new UnitCode("")).hasMessageContaining("got ''");
    }
}
