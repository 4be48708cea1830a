package vn.campaign.importer.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.campaign.core.campaign.CampaignCode;
import vn.campaign.core.campaign.Directive32;
import vn.campaign.core.campaign.WorkKind;
import vn.campaign.core.registration.InMemoryRegistrations;
import vn.campaign.core.registration.NaturalKey;
import vn.campaign.core.registration.Registration;
import vn.campaign.core.registration.RegistrationStatus;
import vn.campaign.core.registration.Registrations.WriteResult;
import vn.campaign.core.registration.Work;
import vn.campaign.core.registration.WorkDetails;
import vn.campaign.core.unit.HaTinhCity;
import vn.campaign.core.unit.UnitCode;

class DryRunRegistrationsTest {

    private static final CampaignCode CT32 = new CampaignCode("CT32-2022");
    private static final UnitCode BAC_HA = new UnitCode("18076");

    private final InMemoryRegistrations base = new InMemoryRegistrations();
    private final DryRunRegistrations overlay = new DryRunRegistrations(base);

    @Test
    void seesTheBaseAndKeepsItsOwnWritesToItself() {
        Work stored = work("Nhà văn hóa tổ dân phố 5");
        base.insert(stored);
        Work added = work("Cổng chào phường");

        assertThat(overlay.insert(added)).isEqualTo(WriteResult.DONE);

        assertThat(overlay.findByCampaignAndUnit(CT32, BAC_HA)).containsExactlyInAnyOrder(stored, added);
        assertThat(overlay.findByNaturalKey(new NaturalKey(CT32, BAC_HA, "nha van hoa to dan pho 5"))).contains(stored);
        assertThat(base.findByCampaign(CT32)).containsExactly(stored);
        assertThat(overlay.written()).isEqualTo(1);
    }

    @Test
    void refusesASecondRegistrationUnderANaturalKeyOfTheBase() {
        base.insert(work("Nhà văn hóa tổ dân phố 5"));

        assertThat(overlay.insert(work("NHÀ VĂN HÓA  tổ dân phố 5"))).isEqualTo(WriteResult.DUPLICATE);
    }

    @Test
    void letsARenamedBaseRegistrationAnswerOnlyToItsNewName() {
        Work stored = work("Nhà văn hóa tổ dân phố 5");
        base.insert(stored);
        Work renamed = stored.withDetails(WorkDetails.of("Nhà văn hóa tổ dân phố 6", WorkKind.INAUGURATION,
                LocalDate.of(2022, 5, 19)));

        assertThat(overlay.update(renamed, 0)).isEqualTo(WriteResult.DONE);

        assertThat(overlay.findByNaturalKey(new NaturalKey(CT32, BAC_HA, "nha van hoa to dan pho 5"))).isEmpty();
        assertThat(overlay.findByNaturalKey(new NaturalKey(CT32, BAC_HA, "nha van hoa to dan pho 6"))).contains(renamed);
        assertThat(overlay.findByCampaign(CT32)).containsExactly(renamed);
        assertThat(overlay.insert(work("Nhà văn hóa tổ dân phố 5"))).isEqualTo(WriteResult.DONE);
    }

    @Test
    void checksTheVersionReadAgainstTheLatestWrite() {
        Work stored = work("Nhà văn hóa tổ dân phố 5");
        overlay.insert(stored);
        Work changed = stored.withDetails(stored.details().withPlaqueRequested(true));
        overlay.update(changed, 0);

        assertThat(overlay.update(changed.withDetails(stored.details()), 0)).isEqualTo(WriteResult.CONFLICT);
        assertThat(overlay.update(work("Khác"), 0)).isEqualTo(WriteResult.NOT_FOUND);
    }

    @Test
    void keepsEveryRegistrationOfANameInTheOrderWrittenWithTheLiveOneFoundByItsKey() {
        NaturalKey hall = new NaturalKey(CT32, BAC_HA, "nha van hoa to dan pho 5");
        Work first = work("Nhà văn hóa tổ dân phố 5");
        overlay.insert(first);
        Work cancelled = first.withStatus(RegistrationStatus.CANCELLED, "Trùng", null);
        overlay.update(cancelled, 0);
        Work second = work("Nhà văn hóa TỔ DÂN PHỐ 5");
        Work third = work("Nhà văn hóa tổ dân phố  5");

        assertThat(overlay.insert(second)).isEqualTo(WriteResult.DONE);
        assertThat(overlay.insert(third)).isEqualTo(WriteResult.DUPLICATE);
        Work edited = second.withDetails(second.details().withPlaqueRequested(true));
        assertThat(overlay.update(edited, 0)).isEqualTo(WriteResult.DONE);

        assertThat(overlay.findAllByNaturalKey(hall)).containsExactly(cancelled, edited);
        assertThat(overlay.findByNaturalKey(hall)).contains(edited);
        assertThat(overlay.findById(third.id())).isEmpty();
        assertThat(overlay.written()).isEqualTo(2);
    }

    @Test
    void aRenamedRegistrationLeavesItsOldNameToTheOthersOfIt() {
        Work first = work("Nhà văn hóa tổ dân phố 5");
        overlay.insert(first);
        overlay.update(first.withStatus(RegistrationStatus.CANCELLED, "Trùng", null), 0);
        Work second = work("Nhà văn hóa tổ dân phố 5");
        overlay.insert(second);
        Work renamed = second.withDetails(WorkDetails.of("Cổng chào phường", WorkKind.INAUGURATION,
                LocalDate.of(2022, 5, 19)));

        assertThat(overlay.update(renamed, 0)).isEqualTo(WriteResult.DONE);

        assertThat(overlay.findAllByNaturalKey(new NaturalKey(CT32, BAC_HA, "nha van hoa to dan pho 5")))
                .extracting(Registration::status).containsExactly(RegistrationStatus.CANCELLED);
        assertThat(overlay.findByNaturalKey(new NaturalKey(CT32, BAC_HA, "nha van hoa to dan pho 5"))).isEmpty();
        assertThat(overlay.findAllByNaturalKey(new NaturalKey(CT32, BAC_HA, "cong chao phuong")))
                .containsExactly(renamed);
    }

    @Test
    void refusesAnIdTakenHereOrInTheBaseAndKeepsNothingOfTheRefusal() {
        Work stored = work("Nhà văn hóa tổ dân phố 5");
        base.insert(stored);
        Work added = work("Cổng chào phường");
        overlay.insert(added);

        Work sameIdAsBase = new Work(stored.id(), CT32, BAC_HA, WorkDetails.of("Đường hoa", WorkKind.INAUGURATION,
                LocalDate.of(2022, 5, 19)), RegistrationStatus.REGISTERED, null, null, false, 0);
        Work sameIdAsAdded = new Work(added.id(), CT32, BAC_HA, WorkDetails.of("Đường hoa", WorkKind.INAUGURATION,
                LocalDate.of(2022, 5, 19)), RegistrationStatus.REGISTERED, null, null, false, 0);

        assertThat(overlay.insert(sameIdAsBase)).isEqualTo(WriteResult.DUPLICATE);
        assertThat(overlay.insert(sameIdAsAdded)).isEqualTo(WriteResult.DUPLICATE);

        assertThat(overlay.findById(stored.id())).contains(stored);
        assertThat(overlay.findById(added.id())).contains(added);
        assertThat(overlay.findAllByNaturalKey(new NaturalKey(CT32, BAC_HA, "duong hoa"))).isEmpty();
        assertThat(overlay.findByCampaign(CT32)).containsExactlyInAnyOrder(stored, added);
        assertThat(overlay.written()).isEqualTo(1);
    }

    private static Work work(String name) {
        return Work.register(CT32, BAC_HA, WorkDetails.of(name, WorkKind.INAUGURATION, LocalDate.of(2022, 5, 19)));
    }
}
