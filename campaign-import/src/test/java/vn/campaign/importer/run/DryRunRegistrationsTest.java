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

    private static Work work(String name) {
        return Work.register(CT32, BAC_HA, WorkDetails.of(name, WorkKind.INAUGURATION, LocalDate.of(2022, 5, 19)));
    }
}
