package vn.campaign.core.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.campaign.core.fixture.Fixtures.CLOCK;
import static vn.campaign.core.fixture.Fixtures.workFor;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.campaign.core.access.Actor;
import vn.campaign.core.access.Role;
import vn.campaign.core.application.CampaignPlatform;
import vn.campaign.core.application.ChangeStatus;
import vn.campaign.core.application.RegistrationService;
import vn.campaign.core.application.ReportProgress;
import vn.campaign.core.campaign.Directive32;
import vn.campaign.core.campaign.InMemoryCampaigns;
import vn.campaign.core.progress.InMemoryProgressReports;
import vn.campaign.core.registration.InMemoryRegistrations;
import vn.campaign.core.registration.Work;
import vn.campaign.core.unit.HaTinhCity;
import vn.campaign.core.unit.InMemoryUnits;
import vn.campaign.core.unit.UnitCode;

class AuditTrailTest {

    private static final Actor OFFICER = new Actor.User("canbo.tranphu", Role.UNIT_OFFICER, new UnitCode("18070"));
    private static final Actor ADMIN = new Actor.User("chuyenvien.thanhpho", Role.CITY_ADMIN, null);

    private final InMemoryAuditLog trail = new InMemoryAuditLog();
    private final CampaignPlatform platform = platformWith(trail);

    @Test
    void everyChangeRecordsWhoWhenWhichObjectAndItsValuesBeforeAndAfter() {
        RegistrationService service = platform.registrationService();
        Work work = service.as(OFFICER).registerWork(workFor("18070")).value();
        service.as(ADMIN).changeStatus(ChangeStatus.approve(work.id().value(), 0)).value();

        assertThat(trail.findByObject(work.id().value())).satisfiesExactly(
                registered -> {
                    assertThat(registered.action()).isEqualTo(AuditAction.REGISTER);
                    assertThat(registered.actor()).isEqualTo("canbo.tranphu");
                    assertThat(registered.at()).isEqualTo(CLOCK.instant());
                    assertThat(registered.objectType()).isEqualTo("Work");
                    assertThat(registered.before()).isNull();
                    assertThat(registered.after()).containsEntry("status", "REGISTERED").containsEntry("unit", "18070")
                            .containsEntry("name", work.name());
                },
                approved -> {
                    assertThat(approved.action()).isEqualTo(AuditAction.APPROVE);
                    assertThat(approved.actor()).isEqualTo("chuyenvien.thanhpho");
                    assertThat(approved.before()).containsEntry("status", "REGISTERED").containsEntry("version", "0");
                    assertThat(approved.after()).containsEntry("status", "APPROVED").containsEntry("version", "1");
                });
    }

    @Test
    void aRefusedOrUnchangedWriteLeavesNoEntry() {
        RegistrationService service = platform.registrationService();
        Work work = service.registerOrUpdateWork(workFor("18070")).value().registration();

        service.registerOrUpdateWork(workFor("18070")).value();
        service.as(OFFICER).changeStatus(ChangeStatus.approve(work.id().value(), 0));
        service.changeStatus(ChangeStatus.approve(work.id().value(), 7));

        assertThat(trail.all()).extracting(AuditEntry::action).containsExactly(AuditAction.REGISTER);
    }

    @Test
    void progressReportsAreRecorded() {
        platform.progressService().as(OFFICER).report(new ReportProgress("CT32-2022", "URBAN_TREES", "18070",
                LocalDate.of(2022, 5, 1), BigDecimal.valueOf(120), "Trồng ở đường Hà Huy Tập")).value();

        assertThat(trail.all()).singleElement().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo(AuditAction.REPORT_PROGRESS);
            assertThat(entry.actor()).isEqualTo("canbo.tranphu");
            assertThat(entry.after()).containsEntry("value", "120").containsEntry("target", "URBAN_TREES");
        });
    }

    @Test
    void aTrailThatKeepsNothingIsNotHandedEntriesYetTheWriteSucceeds() {
        java.util.List<AuditEntry> handed = new java.util.ArrayList<>();
        AuditLog discarding = new AuditLog() {
            @Override
            public void append(AuditEntry entry) {
                handed.add(entry);
            }

            @Override
            public java.util.List<AuditEntry> findByObject(String objectId) {
                return java.util.List.of();
            }

            @Override
            public boolean keepsEntries() {
                return false;
            }
        };
        RegistrationService service = platformWith(discarding).registrationService();

        Work work = service.as(OFFICER).registerWork(workFor("18070")).value();

        assertThat(work.name()).isNotBlank();
        assertThat(handed).isEmpty();
        assertThat(AuditLog.discarding().keepsEntries()).isFalse();
        assertThat(trail.keepsEntries()).isTrue();
    }

    private static CampaignPlatform platformWith(AuditLog trail) {
        CampaignPlatform platform = new CampaignPlatform(new InMemoryCampaigns(), new InMemoryUnits(),
                new InMemoryRegistrations(), new InMemoryProgressReports(), trail, CLOCK);
        platform.campaigns().save(Directive32.campaign());
        platform.units().saveAll(HaTinhCity.units());
        return platform;
    }
}
