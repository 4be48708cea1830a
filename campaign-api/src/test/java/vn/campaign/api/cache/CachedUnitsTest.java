package vn.campaign.api.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.campaign.core.time.Period;
import vn.campaign.core.unit.InMemoryUnits;
import vn.campaign.core.unit.Unit;
import vn.campaign.core.unit.UnitCode;
import vn.campaign.core.unit.UnitKind;

/**
 * The units of a period, which every overview reads, come from memory and are read again from the store after a
 * unit is saved through the cache.
 */
class CachedUnitsTest {

    private static final Period CAMPAIGN = new Period(LocalDate.of(2022, 4, 8), LocalDate.of(2022, 6, 15));

    @Test
    void answersTheUnitsOfAPeriodFromMemoryUntilAUnitIsSavedThroughIt() {
        InMemoryUnits store = new InMemoryUnits();
        store.save(Unit.of("18070", "Phường Trần Phú", UnitKind.WARD, null));
        CachedUnits cached = new CachedUnits(store);
        assertThat(cached.findValidDuring(CAMPAIGN)).extracting(u -> u.code().value()).containsExactly("18070");

        store.save(Unit.of("18073", "Phường Nam Hà", UnitKind.WARD, null)); // behind the cache's back
        assertThat(cached.findValidDuring(CAMPAIGN)).as("kept in memory").hasSize(1);

        cached.saveAll(List.of(Unit.of("18076", "Phường Bắc Hà", UnitKind.WARD, null)));
        assertThat(cached.findValidDuring(CAMPAIGN)).extracting(u -> u.code().value())
                .containsExactlyInAnyOrder("18070", "18073", "18076");
    }

    @Test
    void forgettingEverythingReadsTheStoreAgainAsAChangeByAnotherInstanceRequires() {
        InMemoryUnits store = new InMemoryUnits();
        store.save(Unit.of("18070", "Phường Trần Phú", UnitKind.WARD, null));
        CachedUnits cached = new CachedUnits(store);
        assertThat(cached.findValidDuring(CAMPAIGN)).hasSize(1);
        assertThat(cached.findAllByCode(new UnitCode("18070")).get(0).name()).isEqualTo("Phường Trần Phú");

        store.save(Unit.of("18073", "Phường Nam Hà", UnitKind.WARD, null)); // written by another instance
        store.save(Unit.of("18070", "Phường Trần Phú (mới)", UnitKind.WARD, null));
        assertThat(cached.findValidDuring(CAMPAIGN)).as("still from memory").hasSize(1);

        cached.forgetAll();
        assertThat(cached.findValidDuring(CAMPAIGN)).hasSize(2);
        assertThat(cached.findAllByCode(new UnitCode("18070")).get(0).name()).isEqualTo("Phường Trần Phú (mới)");
    }
}
