package vn.campaign.core.registration;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.campaign.core.campaign.CampaignCode;
import vn.campaign.core.campaign.Directive32;
import vn.campaign.core.fixture.Fixtures;
import vn.campaign.core.registration.Registrations.WriteResult;
import vn.campaign.core.unit.UnitCode;

/** The reference behaviour of the {@link Registrations} port, which the MongoDB store must match. */
class InMemoryRegistrationsTest {

    private final InMemoryRegistrations store = new InMemoryRegistrations();
    private final UnitCode tranPhu = new UnitCode(Fixtures.TRAN_PHU);
    private final Work hall = Work.register(Directive32.CODE, tranPhu, Fixtures.work("Nhà văn hóa TDP 5"));

    @Test
    void storesANewRegistrationAndFindsItByIdCampaignUnitAndNaturalKey() {
        assertThat(store.insert(hall)).isEqualTo(WriteResult.DONE);

        assertThat(store.findById(hall.id())).contains(hall);
        assertThat(store.findByCampaign(Directive32.CODE)).containsExactly(hall);
        assertThat(store.findByCampaignAndUnit(Directive32.CODE, tranPhu)).containsExactly(hall);
        assertThat(store.findByNaturalKey(new NaturalKey(Directive32.CODE, tranPhu, "nha van hoa tdp 5"))).contains(hall);
        assertThat(store.findByCampaignAndUnit(Directive32.CODE, new UnitCode(Fixtures.BAC_HA))).isEmpty();
    }

    @Test
    void refusesASecondRegistrationWithTheSameFoldedNameForTheSameUnitAndCampaign() {
        store.insert(hall);

        Work again = Work.register(Directive32.CODE, tranPhu, Fixtures.work("NHA VAN HOA TDP  5"));

        assertThat(store.insert(again)).isEqualTo(WriteResult.DUPLICATE);
        assertThat(store.findByCampaign(Directive32.CODE)).containsExactly(hall);
    }

    @Test
    void refusesTheSameIdTwice() {
        store.insert(hall);

        assertThat(store.insert(hall.withDetails(Fixtures.work("Nhà văn hóa TDP 6")))).isEqualTo(WriteResult.DUPLICATE);
    }

    @Test
    void acceptsTheSameNameForAnotherUnitOrAnotherCampaign() {
        store.insert(hall);

        assertThat(store.insert(Work.register(Directive32.CODE, new UnitCode(Fixtures.BAC_HA),
                Fixtures.work("Nhà văn hóa TDP 5")))).isEqualTo(WriteResult.DONE);
        assertThat(store.insert(Work.register(new CampaignCode("CT-2023"), tranPhu,
                Fixtures.work("Nhà văn hóa TDP 5")))).isEqualTo(WriteResult.DONE);
    }

    @Test
    void updatesWhenTheStoredVersionIsTheOneExpected() {
        store.insert(hall);
        Work approved = hall.withStatus(RegistrationStatus.APPROVED, null, null);

        assertThat(store.update(approved, 0)).isEqualTo(WriteResult.DONE);
        assertThat(store.findById(hall.id())).contains(approved);
    }

    @Test
    void refusesAnUpdateBasedOnAStaleVersionAndKeepsTheStoredValue() {
        store.insert(hall);
        Work approved = hall.withStatus(RegistrationStatus.APPROVED, null, null);
        store.update(approved, 0);

        Work rejectedFromStaleRead = hall.withStatus(RegistrationStatus.REJECTED, "Trùng", null);

        assertThat(store.update(rejectedFromStaleRead, 0)).isEqualTo(WriteResult.CONFLICT);
        assertThat(store.findById(hall.id())).contains(approved);
    }

    @Test
    void refusesAnUpdateOfSomethingNeverStored() {
        assertThat(store.update(hall.withStatus(RegistrationStatus.APPROVED, null, null), 0))
                .isEqualTo(WriteResult.NOT_FOUND);
    }

    @Test
    void refusesARenameOntoTheNameOfAnotherRegistrationOfTheUnit() {
        Work school = Work.register(Directive32.CODE, tranPhu, Fixtures.work("Trường mầm non Trần Phú"));
        store.insert(hall);
        store.insert(school);

        assertThat(store.update(school.withDetails(Fixtures.work("Nhà Văn Hoá TDP 5")), 0))
                .isEqualTo(WriteResult.DUPLICATE);
        assertThat(store.findById(school.id())).contains(school);
    }

    @Test
    void acceptsARespellingOfTheRegistrationsOwnName() {
        store.insert(hall);

        assertThat(store.update(hall.withDetails(Fixtures.work("NHÀ VĂN HÓA TDP 5")), 0)).isEqualTo(WriteResult.DONE);
    }

    @Test
    void aRejectedRegistrationGivesUpItsNameAndIsStillFoundAmongAllOfThatName() {
        store.insert(hall);
        Work rejected = hall.withStatus(RegistrationStatus.REJECTED, "Trùng", null);
        assertThat(store.update(rejected, 0)).isEqualTo(WriteResult.DONE);
        NaturalKey key = new NaturalKey(Directive32.CODE, tranPhu, "nha van hoa tdp 5");

        Work again = Work.register(Directive32.CODE, tranPhu, Fixtures.work("NHA VAN HOA TDP  5"));

        assertThat(store.insert(again)).isEqualTo(WriteResult.DONE);
        assertThat(store.findByNaturalKey(key)).contains(again);
        assertThat(store.findAllByNaturalKey(key)).containsExactly(rejected, again);
        assertThat(store.insert(Work.register(Directive32.CODE, tranPhu, Fixtures.work("Nhà văn hóa TDP 5"))))
                .isEqualTo(WriteResult.DUPLICATE);
    }

    @Test
    void findsAllOfANameUnderItsNewNameAfterARename() {
        store.insert(hall);
        Work renamed = hall.withDetails(Fixtures.work("Nhà văn hóa TDP 6"));
        store.update(renamed, 0);

        assertThat(store.findAllByNaturalKey(new NaturalKey(Directive32.CODE, tranPhu, "nha van hoa tdp 5"))).isEmpty();
        assertThat(store.findAllByNaturalKey(new NaturalKey(Directive32.CODE, tranPhu, "nha van hoa tdp 6")))
                .containsExactly(renamed);
    }
}
