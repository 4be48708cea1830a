package vn.campaign.core.commendation.paper;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.campaign.core.fixture.Fixtures.LAST_DAY;
import static vn.campaign.core.fixture.Fixtures.MID_CAMPAIGN;
import static vn.campaign.core.fixture.Fixtures.TRAN_PHU;
import static vn.campaign.core.fixture.ViolationAssertions.assertRefused;

import java.time.LocalDate;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.campaign.core.access.Actor;
import vn.campaign.core.access.Role;
import vn.campaign.core.application.CampaignPlatform;
import vn.campaign.core.campaign.Directive32;
import vn.campaign.core.campaign.RecipientKind;
import vn.campaign.core.commendation.Commendation;
import vn.campaign.core.commendation.CommendationService;
import vn.campaign.core.commendation.DecideCommendations;
import vn.campaign.core.commendation.InMemoryCommendations;
import vn.campaign.core.commendation.ProposeCommendation;
import vn.campaign.core.commendation.ReviewCommendation;
import vn.campaign.core.registration.ReviewDecision;
import vn.campaign.core.fixture.Fixtures;
import vn.campaign.core.fixture.MovableClock;
import vn.campaign.core.report.Group;
import vn.campaign.core.rule.RuleCode;
import vn.campaign.core.rule.Severity;
import vn.campaign.core.unit.UnitCode;

class CommendationPapersTest {

    private static final String CITY_FORM = "GIAY_KHEN_CHU_TICH_UBND_TP";
    private static final Actor ADMIN = new Actor.User("admin@hatinh", Role.CITY_ADMIN, null);
    private static final Actor OFFICER = new Actor.User("officer@tranphu", Role.UNIT_OFFICER, new UnitCode(TRAN_PHU));

    private final MovableClock clock = new MovableClock(MID_CAMPAIGN);
    private final CampaignPlatform platform = CampaignPlatform.inMemory(clock);
    private final InMemoryCommendations store = new InMemoryCommendations();
    private final CommendationService service = new CommendationService(platform.campaigns(), platform.units(),
            platform.registrations(), store, store, clock);
    private final CommendationPapers papers = new CommendationPapers(platform.campaigns(), platform.units(),
            platform.registrations(), service, clock, UnaryOperator.identity());

    @BeforeEach
    void closeTheCampaign() {
        platform.campaigns().save(Directive32.campaign().closedOn(LAST_DAY.plusDays(1)));
        clock.setTo(LAST_DAY.plusDays(2));
    }

    @Test
    void theAnnexListsTheDecisionsCollectivesThenItsIndividualsEachNumberedFromOne() {
        Commendation person = approved(propose(RecipientKind.INDIVIDUAL, "Nguyễn Văn A", "Tổ trưởng tổ dân phố 5"));
        Commendation team = approved(propose(RecipientKind.COLLECTIVE, "Tổ dân phố 5", "ignored for a collective"));
        Fixtures.succeeded(service.as(ADMIN).decide(new DecideCommendations(Directive32.CODE.value(),
                List.of(person.id(), team.id()), "1234/QĐ-UBND", LocalDate.of(2022, 7, 1), "Chủ tịch UBND thành phố")));

        DecisionAnnex annex = Fixtures.succeeded(papers.annex(Directive32.CODE.value(), "1234/QĐ-UBND"));

        assertThat(annex.heading().issuerLines()).containsExactly("ỦY BAN NHÂN DÂN", "THÀNH PHỐ HÀ TĨNH");
        assertThat(annex.attachedTo()).isEqualTo("(Kèm theo Quyết định số 1234/QĐ-UBND ngày 01/7/2022 của Chủ tịch"
                + " Ủy ban nhân dân thành phố Hà Tĩnh)");
        assertThat(annex.groups()).extracting(Group::header).containsExactly("I. TẬP THỂ", "II. CÁ NHÂN");
        CommendationEntry collective = annex.groups().get(0).rows().get(0);
        assertThat(collective.number()).isEqualTo(1);
        assertThat(collective.name()).isEqualTo("Tổ dân phố 5");
        assertThat(collective.position()).as("a collective has no position").isNull();
        assertThat(collective.unit()).isEqualTo("Phường Trần Phú");
        assertThat(collective.form()).isEqualTo("Giấy khen của Chủ tịch UBND thành phố");
        CommendationEntry individual = annex.groups().get(1).rows().get(0);
        assertThat(individual.number()).isEqualTo(1);
        assertThat(individual.position()).isEqualTo("Tổ trưởng tổ dân phố 5");
    }

    @Test
    void aDecisionTheCampaignDoesNotHaveIsNotFoundInBothLanguages() {
        assertRefused(papers.annex(Directive32.CODE.value(), "99/QĐ-UBND"), RuleCode.NOT_FOUND, Severity.ERROR,
                "decision");
        assertRefused(papers.annex("NO-SUCH", "99/QĐ-UBND"), RuleCode.CAMPAIGN_UNKNOWN, Severity.ERROR, "campaign");
    }

    @Test
    void theProposalLeavesRejectedOnesOutAndIsForTheUnitAndTheCityOnly() {
        propose(RecipientKind.INDIVIDUAL, "Nguyễn Văn A", "Tổ trưởng");
        Commendation rejected = propose(RecipientKind.INDIVIDUAL, "Trần Thị B", "Công chức");
        Fixtures.succeeded(service.as(ADMIN).review(new ReviewCommendation(rejected.id(), 1, ReviewDecision.REJECTED,
                "Chưa đủ thành tích")));

        ProposalLetter letter = Fixtures.succeeded(papers.proposal(OFFICER, Directive32.CODE.value(), TRAN_PHU));

        assertThat(letter.size()).isEqualTo(1);
        assertThat(letter.heading().numberLine()).isEqualTo("Số:        /TTr-UBND");
        assertThat(letter.heading().issuerLines()).containsExactly("ỦY BAN NHÂN DÂN", "PHƯỜNG TRẦN PHÚ");
        assertThat(letter.body().get(1)).contains("khen thưởng 1 cá nhân");
        assertThat(Fixtures.succeeded(papers.proposal(new Actor.User("office", Role.CITY_OFFICE, null),
                Directive32.CODE.value(), TRAN_PHU)).size()).as("a reviewer of the proposals has the letter too")
                .isEqualTo(1);
        assertRefused(papers.proposal(new Actor.User("viewer", Role.VIEWER, null), Directive32.CODE.value(), TRAN_PHU),
                RuleCode.FORBIDDEN, Severity.ERROR);
        assertRefused(papers.proposal(new Actor.User("officer@bacha", Role.UNIT_OFFICER, new UnitCode("18076")),
                Directive32.CODE.value(), TRAN_PHU), RuleCode.FORBIDDEN, Severity.ERROR);
        assertRefused(papers.proposal(Actor.anonymous(), Directive32.CODE.value(), TRAN_PHU), RuleCode.UNAUTHORIZED,
                Severity.ERROR);
        assertRefused(papers.proposal(ADMIN, Directive32.CODE.value(), "99999"), RuleCode.UNIT_UNKNOWN,
                Severity.ERROR, "unit");
    }

    @Test
    void datesAreCitedWithLeadingZerosForDaysBelowTenAndForJanuaryAndFebruary() {
        assertThat(CommendationPapers.shortDate(LocalDate.of(2022, 7, 1))).isEqualTo("01/7/2022");
        assertThat(CommendationPapers.shortDate(LocalDate.of(2026, 1, 5))).isEqualTo("05/01/2026");
        assertThat(CommendationPapers.shortDate(LocalDate.of(2022, 12, 15))).isEqualTo("15/12/2022");
    }

    private Commendation propose(RecipientKind kind, String name, String position) {
        return Fixtures.succeeded(service.as(OFFICER).propose(new ProposeCommendation(Directive32.CODE.value(),
                TRAN_PHU, kind, name, position, null, CITY_FORM, "Hoàn thành xuất sắc công trình chào mừng",
                List.of())));
    }

    private Commendation approved(Commendation c) {
        return Fixtures.succeeded(service.as(ADMIN).review(new ReviewCommendation(c.id(), c.version(),
                ReviewDecision.APPROVED, null)));
    }
}
