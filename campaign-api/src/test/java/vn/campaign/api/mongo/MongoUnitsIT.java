package vn.campaign.api.mongo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.query.Query;

import vn.campaign.api.platform.Page;
import vn.campaign.api.platform.UnitCriteria;
import vn.campaign.api.platform.UnitPosition;
import vn.campaign.core.unit.HaTinhCity;
import vn.campaign.core.unit.Unit;
import vn.campaign.core.unit.UnitCode;
import vn.campaign.core.unit.UnitKind;

/** The units adapter against a real store: versions of a code, pages, filters, search, the unique key. */
class MongoUnitsIT {

    private static MongoFixture fixture;
    private MongoUnits units;

    @BeforeAll
    static void openStore() {
        fixture = MongoFixture.open();
    }

    @AfterAll
    static void closeStore() {
        fixture.close();
    }

    @BeforeEach
    void storeHaTinhCity() {
        fixture.template().remove(new Query(), UnitDocument.COLLECTION);
        units = new MongoUnits(fixture.template());
        units.saveAll(HaTinhCity.units());
    }

    @Test
    void keepsEveryHaTinhUnitInCodeOrderWithTheOldestVersionOfACodeFirst() {
        assertThat(units.findAll()).containsExactlyElementsOf(HaTinhCity.units().stream()
                .sorted(java.util.Comparator.comparing((Unit u) -> u.code().value())
                        .thenComparing(u -> u.validFrom() == null ? LocalDate.MIN : u.validFrom()))
                .toList());
        assertThat(units.findAllByCode(new UnitCode("18103"))).extracting(Unit::name)
                .containsExactly("Xã Thạch Môn", "Xã Đồng Môn");
    }

    @Test
    void resolvesAReusedCodeToTheUnitOfTheDay() {
        assertThat(units.findByCode(new UnitCode("18103"), LocalDate.of(2019, 6, 1))).map(Unit::name)
                .contains("Xã Thạch Môn");
        assertThat(units.findByCode(new UnitCode("18103"), LocalDate.of(2022, 6, 1))).map(Unit::name)
                .contains("Xã Đồng Môn");
    }

    @Test
    void savingTheSameUnitsAgainReplacesThemInsteadOfAddingCopies() {
        units.saveAll(HaTinhCity.units());
        units.save(HaTinhCity.city());

        assertThat(units.findAll()).hasSize(HaTinhCity.units().size());
    }

    @Test
    void theUniqueIndexRefusesASecondDocumentWithTheSameCodeAndFirstDay() {
        UnitDocument copy = new UnitDocument("436-copy", "436", "Thành phố Hà Tĩnh", "thanh pho ha tinh", "CITY",
                null, null, null, null);

        assertThatThrownBy(() -> fixture.template().insert(copy)).isInstanceOf(DuplicateKeyException.class);
    }

    @Test
    void findsThachHaBySearchWithoutToneMarks() {
        Page<Unit> page = units.page(new UnitCriteria(Set.of(), "thach ha", null, null), null, 20);

        assertThat(page.items()).extracting(Unit::name).containsExactly("Xã Thạch Hạ");
    }

    @Test
    void filtersByKindParentAndTheDayAUnitExists() {
        UnitCriteria communes2022 = new UnitCriteria(Set.of(UnitKind.COMMUNE), null, LocalDate.of(2022, 5, 1), "436");
        UnitCriteria communes2019 = new UnitCriteria(Set.of(UnitKind.COMMUNE), null, LocalDate.of(2019, 5, 1), null);

        assertThat(units.page(communes2022, null, 20).items()).extracting(Unit::name).containsExactly(
                "Xã Thạch Trung", "Xã Thạch Hạ", "Xã Đồng Môn", "Xã Thạch Hưng", "Xã Thạch Bình");
        assertThat(units.count(communes2019)).isEqualTo(6);
        assertThat(units.page(communes2019, null, 20).items()).extracting(Unit::name).contains("Xã Thạch Môn", "Xã Thạch Đồng")
                .doesNotContain("Xã Đồng Môn");
        assertThat(units.count(new UnitCriteria(Set.of(UnitKind.WARD, UnitKind.CITY), null, null, null)))
                .isEqualTo(11);
    }

    @Test
    void pagesThroughEveryVersionAfterAPositionWithoutRepeats() {
        List<String> seen = new ArrayList<>();
        UnitPosition after = null;
        Page<Unit> page;
        do {
            page = units.page(UnitCriteria.all(), after, 4);
            page.items().forEach(u -> seen.add(u.code().value() + "@" + u.validFrom()));
            after = page.items().isEmpty() ? after : UnitPosition.of(page.items().get(page.items().size() - 1));
        } while (page.hasMore());

        assertThat(seen).hasSize(HaTinhCity.units().size()).doesNotHaveDuplicates();
        assertThat(seen).containsSubsequence("18103@null", "18103@2020-01-01", "18109@null");
    }

    @Test
    void findsEveryVersionOfSeveralCodesInOneRead() {
        List<Unit> found = units.findAllByCodes(List.of(new UnitCode("18103"), new UnitCode("436"),
                new UnitCode("99999")));

        assertThat(found).extracting(Unit::name).containsExactly("Xã Thạch Môn", "Xã Đồng Môn", "Thành phố Hà Tĩnh");
    }
}
