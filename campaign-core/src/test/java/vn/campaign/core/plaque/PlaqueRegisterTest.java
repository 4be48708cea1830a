package vn.campaign.core.plaque;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.campaign.core.fixture.Fixtures.CITY;
import static vn.campaign.core.fixture.Fixtures.TRAN_PHU;
import static vn.campaign.core.fixture.Fixtures.stored;
import static vn.campaign.core.fixture.Fixtures.workFor;
import static vn.campaign.core.fixture.ViolationAssertions.assertRefused;

import java.time.Period;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import vn.campaign.core.access.Actor;
import vn.campaign.core.access.Role;
import vn.campaign.core.application.AwardPlaque;
import vn.campaign.core.application.CampaignPlatform;
import vn.campaign.core.application.ChangeStatus;
import vn.campaign.core.audit.AuditAction;
import vn.campaign.core.audit.AuditEntry;
import vn.campaign.core.campaign.Campaign;
import vn.campaign.core.campaign.CampaignCode;
import vn.campaign.core.campaign.CampaignStatus;
import vn.campaign.core.campaign.Directive;
import vn.campaign.core.fixture.Fixtures;
import vn.campaign.core.fixture.Lifecycle;
import vn.campaign.core.registration.Registration;
import vn.campaign.core.registration.RegistrationStatus;
import vn.campaign.core.registration.Work;
import vn.campaign.core.rule.RuleCode;
import vn.campaign.core.rule.Severity;
import vn.campaign.core.unit.UnitCode;

/**
 * "Thành phố lựa chọn và gắn biển công trình chào mừng đối với một số công trình như: Nâng cấp Khu lưu niệm Bác
 * Hồ …": the city links the works its directive names to the registered works that carry their plaques.
 */
class PlaqueRegisterTest {

    static final String MEMORIAL = "nang-cap-khu-luu-niem-bac-ho-ve-tham-ha-tinh";
    static final String EXHIBITION = "xay-dung-nha-trung-bay-hien-vat-ho-chi-minh-tai-khu-luu-niem-bac-ho-ve-tham-ha-tinh";
    static final Actor ADMIN = new Actor.User("admin@hatinh", Role.CITY_ADMIN, null);

    private final CampaignPlatform platform = Fixtures.platform();
    private final InMemoryPlaqueLinks links = new InMemoryPlaqueLinks();
    private final PlaqueRegister register = new PlaqueRegister(platform.campaigns(), platform.registrations(), links,
            platform.registrationService(), platform.auditLog(), Fixtures.CLOCK).as(ADMIN);
    private final Campaign ct32 = platform.campaigns().findByCode(new CampaignCode(Fixtures.CAMPAIGN)).orElseThrow();

    @Test
    void everyPlaqueWorkOfDirective32HasAKeyFromItsName() {
        assertThat(PlaqueEntry.of(ct32)).extracting(e -> e.key().value()).containsExactly(MEMORIAL, EXHIBITION);
    }

    @Test
    void namesThatFoldAlikeTakeNumberedKeys() {
        Campaign twice = new Campaign(ct32.code(), ct32.name(), ct32.nameEn(), new Directive(
                ct32.directive().number(), ct32.directive().issuedOn(), ct32.directive().issuer(),
                ct32.directive().issuerEn()), ct32.organiser(), ct32.period(), List.of(), List.of(), List.of(), List.of(),
                List.of(new vn.campaign.core.campaign.PlaqueWork("Nhà văn hóa", "Hall"),
                        new vn.campaign.core.campaign.PlaqueWork("NHÀ VĂN HOÁ", "Hall again")));

        assertThat(PlaqueEntry.of(twice)).extracting(e -> e.key().value())
                .containsExactly("nha-van-hoa", "nha-van-hoa-2");
    }

    @ParameterizedTest(name = "a {0} work is linked and receives its plaque")
    @EnumSource(value = RegistrationStatus.class, names = {"APPROVED", "COMPLETED"})
    void linkingAnApprovedWorkAwardsItsPlaque(RegistrationStatus status) {
        Registration work = Lifecycle.bringTo(platform, Fixtures.registered(platform, workFor(TRAN_PHU)), status);

        PlaqueLink link = Fixtures.succeeded(register.link(new LinkPlaqueWork("CT32-2022", MEMORIAL,
                work.id().value(), 0))).link();

        assertThat(link.work()).isEqualTo(work.id());
        assertThat(link.version()).isEqualTo(1);
        Work after = (Work) stored(platform, work);
        assertThat(after.plaqueAwarded()).as("a linked work carries its plaque").isTrue();
        assertThat(after.version()).isEqualTo(work.version() + 1);
        assertThat(register.plaqueWorksOf(List.of(after))).extractingByKey(after)
                .extracting(e -> e.key().value()).isEqualTo(MEMORIAL);
        assertThat(register.register(ct32)).extracting(l -> l.link().work())
                .containsExactly(work.id(), null);
        assertThat(platform.auditLog().findByObject(work.id().value())).extracting(AuditEntry::action)
                .contains(AuditAction.AWARD_PLAQUE);
        List<AuditEntry> trail = platform.auditLog().findByObject("CT32-2022/" + MEMORIAL);
        assertThat(trail).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo(AuditAction.LINK_PLAQUE_WORK);
            assertThat(e.actor()).isEqualTo("admin@hatinh");
            assertThat(e.after()).containsEntry("work", work.id().value()).containsEntry("version", "1");
            assertThat(e.before()).doesNotContainKey("work");
        });
    }

    @Test
    void linkingAWorkThatAlreadyCarriesAPlaqueKeepsItsAwardAndVersion() {
        Registration approved = Lifecycle.bringTo(platform, Fixtures.registered(platform, workFor(TRAN_PHU)),
                RegistrationStatus.APPROVED);
        Work awarded = Fixtures.succeeded(platform.registrationService().awardPlaque(
                new AwardPlaque(approved.id().value(), approved.version(), CITY)));

        Fixtures.succeeded(register.link(new LinkPlaqueWork("CT32-2022", EXHIBITION, awarded.id().value(), 0)));

        assertThat(stored(platform, awarded)).isEqualTo(awarded);
    }

    @ParameterizedTest(name = "a {0} work cannot be linked")
    @EnumSource(value = RegistrationStatus.class, names = {"REGISTERED", "RETURNED", "REJECTED", "CANCELLED"})
    void refusesAWorkThatIsNotApprovedOrCompleted(RegistrationStatus status) {
        Registration work = Lifecycle.bringTo(platform, Fixtures.registered(platform, workFor(TRAN_PHU)), status);

        assertRefused(register.link(new LinkPlaqueWork("CT32-2022", MEMORIAL, work.id().value(), 0)),
                RuleCode.PLAQUE_WORK_NOT_APPROVED, Severity.ERROR, "workId");
        assertThat(stored(platform, work)).isEqualTo(work);
        assertThat(links.findByCampaign(ct32.code())).isEmpty();
    }

    @Test
    void refusesAnUnknownPlaqueWorkAndAnUnknownWork() {
        Registration work = approvedWork();

        assertRefused(register.link(new LinkPlaqueWork("CT32-2022", "nha-van-hoa", work.id().value(), 0)),
                RuleCode.PLAQUE_WORK_UNKNOWN, Severity.ERROR, "plaqueWork");
        assertRefused(register.link(new LinkPlaqueWork("CT32-2022", "Nâng cấp", work.id().value(), 0)),
                RuleCode.PLAQUE_WORK_UNKNOWN, Severity.ERROR, "plaqueWork");
        assertRefused(register.link(new LinkPlaqueWork("CT32-2022", MEMORIAL, "not-an-id", 0)),
                RuleCode.NOT_FOUND, Severity.ERROR, "workId");
        assertRefused(register.link(new LinkPlaqueWork("CT99", MEMORIAL, work.id().value(), 0)),
                RuleCode.CAMPAIGN_UNKNOWN, Severity.ERROR, "campaignCode");
        Registration event = Lifecycle.bringTo(platform, Fixtures.registered(platform, Fixtures.eventFor(TRAN_PHU)),
                RegistrationStatus.APPROVED);
        assertRefused(register.link(new LinkPlaqueWork("CT32-2022", MEMORIAL, event.id().value(), 0)),
                RuleCode.NOT_FOUND, Severity.ERROR, "workId");
    }

    @Test
    void refusesAWorkOfAnotherCampaign() {
        Campaign next = Fixtures.campaignLikeDirective32During("CT32-2023", new vn.campaign.core.time.Period(
                Fixtures.FIRST_DAY.plus(Period.ofYears(1)), Fixtures.LAST_DAY.plus(Period.ofYears(1))));
        platform.campaigns().save(next);
        Work other = new Work(vn.campaign.core.registration.RegistrationId.random(), next.code(),
                new UnitCode(TRAN_PHU), Fixtures.work("Khánh thành cầu năm sau"), RegistrationStatus.APPROVED, null,
                null, false, 1);
        platform.registrations().insert(other);

        assertRefused(register.link(new LinkPlaqueWork("CT32-2022", MEMORIAL, other.id().value(), 0)),
                RuleCode.WORK_OF_OTHER_CAMPAIGN, Severity.ERROR, "workId");
    }

    @Test
    void aWorkStandsForOnePlaqueWorkAndAPlaqueWorkForOneWork() {
        Registration first = approvedWork();
        Registration second = Lifecycle.bringTo(platform, Fixtures.registered(platform,
                workFor(TRAN_PHU, Fixtures.work("Khánh thành nhà trưng bày"))), RegistrationStatus.APPROVED);
        Fixtures.succeeded(register.link(new LinkPlaqueWork("CT32-2022", MEMORIAL, first.id().value(), 0)));

        assertRefused(register.link(new LinkPlaqueWork("CT32-2022", EXHIBITION, first.id().value(), 0)),
                RuleCode.WORK_ALREADY_LINKED, Severity.ERROR, "workId");
        assertRefused(register.link(new LinkPlaqueWork("CT32-2022", MEMORIAL, second.id().value(), 1)),
                RuleCode.PLAQUE_WORK_ALREADY_LINKED, Severity.ERROR, "plaqueWork");
        assertThat(((Work) stored(platform, second)).plaqueAwarded()).as("a refused link awards nothing").isFalse();
    }

    @Test
    void refusesALinkBasedOnAStaleVersion() {
        Registration work = approvedWork();
        Fixtures.succeeded(register.link(new LinkPlaqueWork("CT32-2022", MEMORIAL, work.id().value(), 0)));

        assertRefused(register.unlink(new UnlinkPlaqueWork("CT32-2022", MEMORIAL, 0)),
                RuleCode.PLAQUE_LINK_CONFLICT, Severity.ERROR, "expectedVersion");
        assertRefused(register.link(new LinkPlaqueWork("CT32-2022", EXHIBITION, work.id().value(), 3)),
                RuleCode.PLAQUE_LINK_CONFLICT, Severity.ERROR, "expectedVersion");
    }

    @Test
    void unlinkingFreesBothSidesAndTheWorkKeepsItsPlaque() {
        Registration first = approvedWork();
        Registration second = Lifecycle.bringTo(platform, Fixtures.registered(platform,
                workFor(TRAN_PHU, Fixtures.work("Khánh thành khu lưu niệm"))), RegistrationStatus.APPROVED);
        Fixtures.succeeded(register.link(new LinkPlaqueWork("CT32-2022", MEMORIAL, first.id().value(), 0)));

        PlaqueLink unlinked = Fixtures.succeeded(register.unlink(new UnlinkPlaqueWork("CT32-2022", MEMORIAL, 1))).link();

        assertThat(unlinked.work()).isNull();
        assertThat(unlinked.version()).isEqualTo(2);
        Work kept = (Work) stored(platform, first);
        assertThat(kept.plaqueAwarded()).as("the platform takes no plaque back").isTrue();
        assertThat(register.plaqueWorksOf(List.of(kept))).isEmpty();
        assertThat(platform.auditLog().findByObject("CT32-2022/" + MEMORIAL)).extracting(AuditEntry::action)
                .containsExactly(AuditAction.LINK_PLAQUE_WORK, AuditAction.UNLINK_PLAQUE_WORK);
        Fixtures.succeeded(register.link(new LinkPlaqueWork("CT32-2022", MEMORIAL, second.id().value(), 2)));
        Fixtures.succeeded(register.link(new LinkPlaqueWork("CT32-2022", EXHIBITION, first.id().value(), 0)));
        assertRefused(register.unlink(new UnlinkPlaqueWork("CT32-2022", "nha-van-hoa", 0)),
                RuleCode.PLAQUE_WORK_UNKNOWN, Severity.ERROR, "plaqueWork");
    }

    @Test
    void refusesToUnlinkAPlaqueWorkLinkedToNothing() {
        assertRefused(register.unlink(new UnlinkPlaqueWork("CT32-2022", MEMORIAL, 0)),
                RuleCode.PLAQUE_WORK_NOT_LINKED, Severity.ERROR, "plaqueWork");
    }

    @Test
    void onlyTheCityAdministratorLinks() {
        Registration work = approvedWork();
        for (Actor caller : List.of(new Actor.User("v", Role.VIEWER, null),
                new Actor.User("o", Role.UNIT_OFFICER, new UnitCode(TRAN_PHU)),
                new Actor.User("l", Role.CITY_LEADERSHIP, null), Actor.anonymous())) {
            RuleCode expected = caller instanceof Actor.User ? RuleCode.FORBIDDEN : RuleCode.UNAUTHORIZED;
            assertRefused(register.as(caller).link(new LinkPlaqueWork("CT32-2022", MEMORIAL, work.id().value(), 0)),
                    expected, Severity.ERROR);
            assertRefused(register.as(caller).unlink(new UnlinkPlaqueWork("CT32-2022", MEMORIAL, 0)),
                    expected, Severity.ERROR);
        }
        assertThat(stored(platform, work)).isEqualTo(work);
    }

    @Test
    void theLinkedWorkIsShownOnlyToWhoeverMaySeeIt() {
        Registration work = approvedWork();
        PlaqueLink link = Fixtures.succeeded(register.link(new LinkPlaqueWork("CT32-2022", MEMORIAL,
                work.id().value(), 0))).link();
        Map<PlaqueLink, Work> seen = register.as(Actor.anonymous()).linkedWorks(List.of(link));
        assertThat(seen).extractingByKey(link).extracting(Work::id).isEqualTo(work.id());

        Registration awarded = stored(platform, work);
        Work cancelledAfterApproval = Fixtures.succeeded(platform.registrationService().changeWorkStatus(
                ChangeStatus.cancel(awarded.id().value(), awarded.version(), "Không còn kinh phí")));
        assertThat(cancelledAfterApproval.plaqueAwarded()).isTrue();
        assertThat(register.as(Actor.anonymous()).linkedWorks(List.of(link))).as("a cancelled work is not public")
                .isEmpty();
        assertThat(register.linkedWorks(List.of(link))).containsKey(link);
    }

    @Test
    void refusesLinksOnceTheCampaignIsClosed() {
        Registration work = approvedWork();
        platform.campaigns().save(ct32.withStatus(CampaignStatus.CLOSED));

        assertRefused(register.link(new LinkPlaqueWork("CT32-2022", MEMORIAL, work.id().value(), 0)),
                RuleCode.CAMPAIGN_CLOSED, Severity.ERROR);
        assertThat(stored(platform, work)).isEqualTo(work);
    }

    private Registration approvedWork() {
        return Lifecycle.bringTo(platform, Fixtures.registered(platform, workFor(TRAN_PHU)), RegistrationStatus.APPROVED);
    }
}
