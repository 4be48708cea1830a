package vn.campaign.core.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.campaign.core.fixture.Fixtures.TRAN_PHU;
import static vn.campaign.core.fixture.Fixtures.eventFor;
import static vn.campaign.core.fixture.Fixtures.workFor;
import static vn.campaign.core.fixture.ViolationAssertions.assertRefused;

import org.junit.jupiter.api.Test;
import vn.campaign.core.application.CampaignPlatform;
import vn.campaign.core.application.ChangeStatus;
import vn.campaign.core.audit.InMemoryAuditLog;
import vn.campaign.core.campaign.Directive32;
import vn.campaign.core.campaign.InMemoryCampaigns;
import vn.campaign.core.fixture.Fixtures;
import vn.campaign.core.fixture.Lifecycle;
import vn.campaign.core.progress.InMemoryProgressReports;
import vn.campaign.core.registration.InMemoryRegistrations;
import vn.campaign.core.registration.Registration;
import vn.campaign.core.registration.RegistrationStatus;
import vn.campaign.core.rule.RuleCode;
import vn.campaign.core.rule.Severity;
import vn.campaign.core.unit.HaTinhCity;
import vn.campaign.core.unit.InMemoryUnits;

/** Completing a registration of a campaign whose definition says {@code evidenceRequired: true}. */
class EvidenceRequiredCompletionTest {

    private final InMemoryEvidenceCounts evidence = new InMemoryEvidenceCounts();

    @Test
    void refusesToCompleteAWorkWithoutEvidenceWhenTheCampaignRequiresIt() {
        CampaignPlatform platform = platform(true);
        Registration approved = approvedWork(platform);

        assertRefused(platform.registrationService().changeStatus(complete(approved)), RuleCode.EVIDENCE_REQUIRED,
                Severity.ERROR, "evidence");

        assertThat(Fixtures.stored(platform, approved).status()).isEqualTo(RegistrationStatus.APPROVED);
    }

    @Test
    void completesAWorkOnceOnePieceOfEvidenceIsAttached() {
        CampaignPlatform platform = platform(true);
        Registration approved = approvedWork(platform);
        evidence.add(approved.id());

        Registration completed = Fixtures.succeeded(platform.registrationService().changeStatus(complete(approved)));

        assertThat(completed.status()).isEqualTo(RegistrationStatus.COMPLETED);
    }

    @Test
    void refusesAnEventToo() {
        CampaignPlatform platform = platform(true);
        Registration event = Lifecycle.bringTo(platform, Fixtures.registered(platform, eventFor(TRAN_PHU)),
                RegistrationStatus.APPROVED);

        assertRefused(platform.registrationService().changeStatus(complete(event)), RuleCode.EVIDENCE_REQUIRED,
                Severity.ERROR, "evidence");
    }

    @Test
    void evidenceRemovedBeforeCompletionNoLongerCounts() {
        CampaignPlatform platform = platform(true);
        Registration approved = approvedWork(platform);
        evidence.add(approved.id());
        evidence.remove(approved.id());

        assertRefused(platform.registrationService().changeStatus(complete(approved)), RuleCode.EVIDENCE_REQUIRED,
                Severity.ERROR, "evidence");
    }

    @Test
    void aCampaignThatDoesNotRequireEvidenceCompletesWithoutAny() {
        CampaignPlatform platform = platform(false);
        Registration approved = approvedWork(platform);

        Registration completed = Fixtures.succeeded(platform.registrationService().changeStatus(complete(approved)));

        assertThat(completed.status()).isEqualTo(RegistrationStatus.COMPLETED);
    }

    @Test
    void directive32RequiresNoEvidence() {
        assertThat(Directive32.campaign().evidenceRequired()).isFalse();
    }

    @Test
    void onlyCompletionsNeedEvidence() {
        CampaignPlatform platform = platform(true);
        Registration registered = Fixtures.registered(platform, workFor(TRAN_PHU));

        Registration approved = Fixtures.succeeded(platform.registrationService().changeStatus(
                ChangeStatus.approve(registered.id().value(), registered.version())));

        assertThat(approved.status()).isEqualTo(RegistrationStatus.APPROVED);
        assertThat(EvidencePolicy.completion(Directive32.campaign().withEvidenceRequired(true), approved,
                RegistrationStatus.CANCELLED, EvidenceCounts.none())).isEmpty();
    }

    @Test
    void aPlatformWithoutAnEvidenceStoreCannotCompleteWhatRequiresEvidence() {
        CampaignPlatform platform = new CampaignPlatform(campaigns(true), units(), new InMemoryRegistrations(),
                new InMemoryProgressReports(), new InMemoryAuditLog(), Fixtures.CLOCK);
        Registration approved = approvedWork(platform);

        assertRefused(platform.registrationService().changeStatus(complete(approved)), RuleCode.EVIDENCE_REQUIRED,
                Severity.ERROR, "evidence");
    }

    private CampaignPlatform platform(boolean evidenceRequired) {
        return new CampaignPlatform(campaigns(evidenceRequired), units(), new InMemoryRegistrations(),
                new InMemoryProgressReports(), new InMemoryAuditLog(), Fixtures.CLOCK, evidence);
    }

    private static InMemoryCampaigns campaigns(boolean evidenceRequired) {
        InMemoryCampaigns campaigns = new InMemoryCampaigns();
        campaigns.save(Directive32.campaign().withEvidenceRequired(evidenceRequired));
        return campaigns;
    }

    private static InMemoryUnits units() {
        InMemoryUnits units = new InMemoryUnits();
        units.saveAll(HaTinhCity.units());
        return units;
    }

    private static Registration approvedWork(CampaignPlatform platform) {
        return Lifecycle.bringTo(platform, Fixtures.registered(platform, workFor(TRAN_PHU)), RegistrationStatus.APPROVED);
    }

    private static ChangeStatus complete(Registration registration) {
        return ChangeStatus.complete(registration.id().value(), registration.version(), Lifecycle.COMPLETED_ON);
    }
}
