package vn.campaign.core.closing;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.campaign.core.fixture.Fixtures.LAST_DAY;
import static vn.campaign.core.fixture.Fixtures.MID_CAMPAIGN;
import static vn.campaign.core.fixture.Fixtures.TRAN_PHU;
import static vn.campaign.core.fixture.Fixtures.workFor;
import static vn.campaign.core.fixture.ViolationAssertions.assertRefused;

import org.junit.jupiter.api.Test;
import vn.campaign.core.access.Actor;
import vn.campaign.core.access.Role;
import vn.campaign.core.application.CampaignPlatform;
import vn.campaign.core.application.ChangeStatus;
import vn.campaign.core.application.RegistrationService;
import vn.campaign.core.audit.AuditAction;
import vn.campaign.core.audit.InMemoryAuditLog;
import vn.campaign.core.campaign.CampaignStatus;
import vn.campaign.core.campaign.Directive32;
import vn.campaign.core.campaign.StoredCampaign;
import vn.campaign.core.evidence.EvidencePolicy;
import vn.campaign.core.fixture.Fixtures;
import vn.campaign.core.fixture.MovableClock;
import vn.campaign.core.progress.InMemoryProgressReports;
import vn.campaign.core.registration.InMemoryRegistrations;
import vn.campaign.core.registration.RegistrationStatus;
import vn.campaign.core.registration.Work;
import vn.campaign.core.rule.RuleCode;
import vn.campaign.core.rule.Severity;
import vn.campaign.core.campaign.InMemoryCampaigns;
import vn.campaign.core.unit.HaTinhCity;
import vn.campaign.core.unit.InMemoryUnits;
import vn.campaign.core.unit.UnitCode;

class CampaignClosingTest {

    static final Actor ADMIN = new Actor.User("admin@hatinh", Role.CITY_ADMIN, null);
    static final Actor OFFICER = new Actor.User("officer@tranphu", Role.UNIT_OFFICER, new UnitCode(TRAN_PHU));
    static final String CODE = Directive32.CODE.value();

    private final MovableClock clock = new MovableClock(MID_CAMPAIGN);
    private final InMemoryAuditLog audit = new InMemoryAuditLog();
    private final CampaignPlatform platform = new CampaignPlatform(new InMemoryCampaigns(), new InMemoryUnits(),
            new InMemoryRegistrations(), new InMemoryProgressReports(), audit, clock);
    private final InMemoryFinalReports reports = new InMemoryFinalReports();
    private final CampaignClosing closing = new CampaignClosing(platform, reports, clock).as(ADMIN);
    private final RegistrationService registrations = platform.registrationService().as(OFFICER);
    private final RegistrationService city = platform.registrationService().as(ADMIN);

    CampaignClosingTest() {
        platform.campaigns().save(Directive32.campaign());
        platform.units().saveAll(HaTinhCity.units());
    }

    private long version() {
        return platform.campaigns().findStored(Directive32.CODE).orElseThrow().version();
    }

    private Work approvedWork(String name) {
        Work work = Fixtures.succeeded(registrations.registerWork(workFor(TRAN_PHU, Fixtures.work(name))));
        return Fixtures.succeeded(city.changeWorkStatus(ChangeStatus.approve(work.id().value(), work.version())));
    }

    private Work completed(Work work) {
        return Fixtures.succeeded(city.changeWorkStatus(ChangeStatus.complete(work.id().value(),
                work.version(), LAST_DAY)));
    }

    @Test
    void refusesClosingOnTheLastDayStillRunning() {
        clock.setTo(LAST_DAY);

        assertRefused(closing.close(new CloseCampaign(CODE, version())), RuleCode.CAMPAIGN_NOT_ENDED, Severity.ERROR,
                "code");
        assertThat(platform.campaigns().findByCode(Directive32.CODE).orElseThrow().status())
                .isEqualTo(CampaignStatus.OPEN);
        assertThat(reports.history(Directive32.CODE)).isEmpty();
    }

    @Test
    void closesTheDayAfterTheEndKeepingTheFinalReportAndRecordsIt() {
        Work done = completed(approvedWork("Nhà văn hoá tổ dân phố 3"));
        approvedWork("Đường giao thông tổ dân phố 5");
        long before = version();
        clock.setTo(LAST_DAY.plusDays(1));

        StoredCampaign closed = Fixtures.succeeded(closing.close(new CloseCampaign(CODE, before)));

        assertThat(closed.version()).isEqualTo(before + 1);
        assertThat(closed.campaign().status()).isEqualTo(CampaignStatus.CLOSED);
        assertThat(closed.campaign().closedOn()).isEqualTo(LAST_DAY.plusDays(1));
        FinalReport report = closing.finalReport(closed).orElseThrow();
        assertThat(report.closedOn()).isEqualTo(LAST_DAY.plusDays(1));
        assertThat(report.closedBy()).isEqualTo("admin@hatinh");
        assertThat(report.works(RegistrationStatus.COMPLETED)).isEqualTo(1);
        assertThat(report.works(RegistrationStatus.APPROVED)).isEqualTo(1);
        assertThat(report.units()).filteredOn(u -> u.unitCode().equals(TRAN_PHU)).singleElement()
                .satisfies(u -> assertThat(u.obligations()).anySatisfy(o -> assertThat(o.approved()).isEqualTo(1)));
        assertThat(report.requiredUnits()).isEqualTo(platform.statisticsService()
                .complianceAsOf(closed.campaign(), LAST_DAY.plusDays(1)).requiredUnits());
        assertThat(report.targets()).hasSize(Directive32.campaign().targets().size());
        assertThat(audit.findByObject(CODE)).last().satisfies(e -> {
            assertThat(e.action()).isEqualTo(AuditAction.CLOSE_CAMPAIGN);
            assertThat(e.after()).containsEntry("status", "CLOSED").containsEntry("closedOn", "2022-06-16");
            assertThat(e.before()).containsEntry("status", "OPEN");
        });
        assertThat(done.status()).isEqualTo(RegistrationStatus.COMPLETED);
    }

    @Test
    void theFinalReportDoesNotChangeWhenDataChangesAfterClosing() {
        platform.campaigns().save(Directive32.campaign().withClosingGraceDays(5));
        Work late = approvedWork("Nhà văn hoá tổ dân phố 3");
        clock.setTo(LAST_DAY.plusDays(1));
        StoredCampaign closed = Fixtures.succeeded(closing.close(new CloseCampaign(CODE, version())));
        FinalReport atClosing = closing.finalReport(closed).orElseThrow();

        clock.setTo(LAST_DAY.plusDays(3));
        completed(late);
        platform.units().save(platform.units().findByCode(new UnitCode(TRAN_PHU), LAST_DAY).orElseThrow()
                .withName("Phường Trần Phú (mới)"));

        FinalReport now = closing.finalReport(platform.campaigns().findStored(Directive32.CODE).orElseThrow())
                .orElseThrow();
        assertThat(now).isEqualTo(atClosing);
        assertThat(now.works(RegistrationStatus.COMPLETED)).isZero();
        assertThat(now.units()).filteredOn(u -> u.unitCode().equals(TRAN_PHU)).singleElement()
                .satisfies(u -> assertThat(u.unitName()).isNotEqualTo("Phường Trần Phú (mới)"));
        assertThat(platform.statisticsService().complianceAsOf(closed.campaign(), LAST_DAY.plusDays(3)).units())
                .filteredOn(u -> u.unit().code().value().equals(TRAN_PHU)).singleElement()
                .satisfies(u -> assertThat(u.obligations()).anySatisfy(o -> assertThat(o.approved()).isEqualTo(1)));
    }

    @Test
    void aClosedCampaignRefusesRegistrationsAndChanges() {
        Work approved = approvedWork("Nhà văn hoá tổ dân phố 3");
        Work registered = Fixtures.succeeded(registrations.registerWork(workFor(TRAN_PHU,
                Fixtures.work("Sân bóng tổ dân phố 7"))));
        clock.setTo(LAST_DAY.plusDays(1));
        Fixtures.succeeded(closing.close(new CloseCampaign(CODE, version())));

        assertRefused(registrations.registerWork(workFor(TRAN_PHU, Fixtures.work("Cổng làng"))),
                RuleCode.CAMPAIGN_CLOSED, Severity.ERROR, "campaignCode");
        assertRefused(city.changeWorkStatus(ChangeStatus.approve(registered.id().value(), registered.version())),
                RuleCode.CAMPAIGN_CLOSED, Severity.ERROR);
        assertRefused(city.changeWorkStatus(ChangeStatus.complete(approved.id().value(), approved.version(),
                LAST_DAY)), RuleCode.CAMPAIGN_CLOSED, Severity.ERROR);
        assertThat(EvidencePolicy.attach(OFFICER, approved, platform.campaigns().findByCode(Directive32.CODE)
                .orElseThrow(), LAST_DAY.plusDays(1))).extracting(v -> v.code()).containsExactly(RuleCode.CAMPAIGN_CLOSED);
    }

    @Test
    void evidenceAndCompletionStayOpenDuringTheGraceDaysOnly() {
        platform.campaigns().save(Directive32.campaign().withClosingGraceDays(2));
        Work first = approvedWork("Nhà văn hoá tổ dân phố 3");
        Work second = approvedWork("Đường giao thông tổ dân phố 5");
        clock.setTo(LAST_DAY.plusDays(1));
        Fixtures.succeeded(closing.close(new CloseCampaign(CODE, version())));
        var closedCampaign = platform.campaigns().findByCode(Directive32.CODE).orElseThrow();

        clock.setTo(LAST_DAY.plusDays(3));
        assertThat(completed(first).status()).isEqualTo(RegistrationStatus.COMPLETED);
        assertThat(EvidencePolicy.attach(OFFICER, second, closedCampaign, LAST_DAY.plusDays(3))).isEmpty();

        clock.setTo(LAST_DAY.plusDays(4));
        assertRefused(city.changeWorkStatus(ChangeStatus.complete(second.id().value(), second.version(),
                LAST_DAY)), RuleCode.CAMPAIGN_CLOSED, Severity.ERROR);
        assertThat(EvidencePolicy.attach(OFFICER, second, closedCampaign, LAST_DAY.plusDays(4)))
                .extracting(v -> v.code()).containsExactly(RuleCode.CAMPAIGN_CLOSED);
    }

    @Test
    void reopeningNeedsAReasonKeepsTheFormerReportAndClosingAgainKeepsANewOne() {
        clock.setTo(LAST_DAY.plusDays(1));
        StoredCampaign closed = Fixtures.succeeded(closing.close(new CloseCampaign(CODE, version())));

        assertRefused(closing.reopen(new ReopenCampaign(CODE, closed.version(), "  ")), RuleCode.REASON_REQUIRED,
                Severity.ERROR, "reason");
        StoredCampaign reopened = Fixtures.succeeded(closing.reopen(new ReopenCampaign(CODE, closed.version(),
                "Bổ sung hồ sơ hoàn thành của phường Trần Phú")));

        assertThat(reopened.campaign().status()).isEqualTo(CampaignStatus.OPEN);
        assertThat(reopened.campaign().closedOn()).isNull();
        assertThat(closing.finalReport(reopened)).isEmpty();
        assertThat(audit.findByObject(CODE)).last().satisfies(e -> {
            assertThat(e.action()).isEqualTo(AuditAction.REOPEN_CAMPAIGN);
            assertThat(e.after()).containsEntry("reason", "Bổ sung hồ sơ hoàn thành của phường Trần Phú");
        });
        approvedWork("Nhà văn hoá tổ dân phố 3");

        clock.setTo(LAST_DAY.plusDays(2));
        StoredCampaign again = Fixtures.succeeded(closing.close(new CloseCampaign(CODE, reopened.version())));
        assertThat(reports.history(Directive32.CODE)).extracting(FinalReport::campaignVersion)
                .containsExactly(closed.version(), again.version());
        assertThat(closing.finalReport(again).orElseThrow().works(RegistrationStatus.APPROVED)).isEqualTo(1);
        assertThat(reports.find(Directive32.CODE, closed.version()).orElseThrow()
                .works(RegistrationStatus.APPROVED)).isZero();
    }

    @Test
    void refusesStaleVersionsAndWrongStatuses() {
        clock.setTo(LAST_DAY.plusDays(1));
        assertRefused(closing.close(new CloseCampaign(CODE, version() + 7)), RuleCode.CAMPAIGN_CONFLICT,
                Severity.ERROR, "expectedVersion");
        assertRefused(closing.reopen(new ReopenCampaign(CODE, version(), "lý do")), RuleCode.CAMPAIGN_TRANSITION,
                Severity.ERROR);
        assertRefused(closing.close(new CloseCampaign("KHONG-CO", 1)), RuleCode.CAMPAIGN_UNKNOWN, Severity.ERROR,
                "code");
    }

    @Test
    void onlyTheCityMayCloseOrReopen() {
        clock.setTo(LAST_DAY.plusDays(1));
        CampaignClosing base = new CampaignClosing(platform, reports, clock);

        assertRefused(base.as(OFFICER).close(new CloseCampaign(CODE, version())), RuleCode.FORBIDDEN, Severity.ERROR);
        assertRefused(base.as(Actor.anonymous()).close(new CloseCampaign(CODE, version())), RuleCode.UNAUTHORIZED,
                Severity.ERROR);
        assertRefused(base.as(new Actor.User("viewer", Role.VIEWER, null)).reopen(new ReopenCampaign(CODE, version(),
                "lý do")), RuleCode.FORBIDDEN, Severity.ERROR);
        assertThat(platform.campaigns().findByCode(Directive32.CODE).orElseThrow().status())
                .isEqualTo(CampaignStatus.OPEN);
    }

}
