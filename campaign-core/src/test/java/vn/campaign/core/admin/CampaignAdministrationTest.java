package vn.campaign.core.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.campaign.core.fixture.ViolationAssertions.assertRefused;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.campaign.core.access.AccessPolicy;
import vn.campaign.core.access.Actor;
import vn.campaign.core.access.Role;
import vn.campaign.core.application.CampaignPlatform;
import vn.campaign.core.application.Outcome;
import vn.campaign.core.application.RegisterWork;
import vn.campaign.core.audit.AuditAction;
import vn.campaign.core.audit.AuditEntry;
import vn.campaign.core.audit.InMemoryAuditLog;
import vn.campaign.core.campaign.Anniversary;
import vn.campaign.core.campaign.Campaign;
import vn.campaign.core.campaign.CampaignCode;
import vn.campaign.core.campaign.CampaignStatus;
import vn.campaign.core.campaign.DefinitionFormat;
import vn.campaign.core.campaign.Directive32;
import vn.campaign.core.campaign.InMemoryCampaigns;
import vn.campaign.core.campaign.StoredCampaign;
import vn.campaign.core.fixture.Fixtures;
import vn.campaign.core.progress.InMemoryProgressReports;
import vn.campaign.core.registration.InMemoryRegistrations;
import vn.campaign.core.rule.RuleCode;
import vn.campaign.core.rule.Severity;
import vn.campaign.core.rule.Violation;
import vn.campaign.core.unit.HaTinhCity;
import vn.campaign.core.unit.InMemoryUnits;
import vn.campaign.core.unit.UnitCode;

class CampaignAdministrationTest {

    static final String DEFINITION = Fixtures.resourceText("/vn/campaign/core/admin/test-campaign-2023.yaml");
    static final CampaignCode CODE = new CampaignCode("CT-TEST-2023");
    static final Actor ADMIN = new Actor.User("admin@hatinh", Role.CITY_ADMIN, null);

    private final InMemoryCampaigns campaigns = new InMemoryCampaigns();
    private final InMemoryUnits units = new InMemoryUnits();
    private final InMemoryAuditLog audit = new InMemoryAuditLog();
    private final CampaignPlatform platform = new CampaignPlatform(campaigns, units, new InMemoryRegistrations(),
            new InMemoryProgressReports(), audit, Fixtures.CLOCK);
    private final CampaignAdministration admin = new CampaignAdministration(campaigns, units, audit, Fixtures.CLOCK)
            .as(ADMIN);

    CampaignAdministrationTest() {
        campaigns.save(Directive32.campaign());
        units.saveAll(HaTinhCity.units());
    }

    @Test
    void definesADraftAtVersionOneKeepingTheDocumentAndRecordsIt() {
        StoredCampaign stored = Fixtures.succeeded(admin.define(new DefineCampaign(DEFINITION, DefinitionFormat.YAML,
                false)));

        assertThat(stored.campaign().status()).isEqualTo(CampaignStatus.DRAFT);
        assertThat(stored.version()).isEqualTo(1);
        assertThat(campaigns.findStored(CODE)).get().satisfies(s -> {
            assertThat(s.definition()).isEqualTo(DEFINITION);
            assertThat(s.format()).isEqualTo(DefinitionFormat.YAML);
        });
        assertThat(audit.findByObject(CODE.value())).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo(AuditAction.DEFINE_CAMPAIGN);
            assertThat(e.actor()).isEqualTo("admin@hatinh");
            assertThat(e.objectType()).isEqualTo("Campaign");
            assertThat(e.before()).isNull();
            assertThat(e.after()).containsEntry("status", "DRAFT").containsEntry("version", "1");
        });
    }

    @Test
    void aDryRunValidatesButStoresAndRecordsNothing() {
        StoredCampaign checked = Fixtures.succeeded(admin.define(new DefineCampaign(DEFINITION, DefinitionFormat.YAML,
                true)));

        assertThat(checked.campaign().code()).isEqualTo(CODE);
        assertThat(campaigns.findByCode(CODE)).isEmpty();
        assertThat(audit.findByObject(CODE.value())).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "a task area code in lower case | '- code: URBAN' | '- code: urban' | document.taskAreas[1].code",
        "a malformed day | 'from: \"2023-04-01\"' | 'from: \"2023-02-30\"' | document.period.from",
        "an unknown unit kind | '[WARD, COMMUNE]' | '[WARD, HAMLET]' | document.obligations[0].appliesTo[1]",
        "a duplicate task area | '- code: URBAN' | '- code: CULTURE' | document.taskAreas[1].code",
        "a list where a text belongs | 'nameEn: \"Test campaign 2023\"' | 'nameEn: [a, b]' | document.nameEn"})
    void eachProblemOfADocumentIsLocatedInsideIt(String problem, String replaced, String by, String field) {
        String broken = DEFINITION.replace(replaced, by);
        assertThat(broken).as(problem).isNotEqualTo(DEFINITION);

        assertRefused(admin.define(new DefineCampaign(broken, DefinitionFormat.YAML, true)),
                RuleCode.DEFINITION_INVALID, Severity.ERROR, field.split("\\."));
        assertThat(campaigns.findByCode(CODE)).isEmpty();
    }

    @Test
    void everyProblemOfADocumentIsAViolationOfItsOwn() {
        String broken = DEFINITION.replace("- code: URBAN", "- nocode: URBAN").replace("[WARD, COMMUNE]",
                "[WARD, HAMLET]");

        Outcome<StoredCampaign> refused = admin.define(new DefineCampaign(broken, DefinitionFormat.YAML, false));

        assertThat(refused.violations()).extracting(Violation::code).containsOnly(RuleCode.DEFINITION_INVALID);
        assertThat(refused.violations()).extracting(v -> v.field().toString()).containsExactly(
                "document.taskAreas[1].nocode", "document.taskAreas[1].code", "document.obligations[0].appliesTo[1]");
        assertThat(campaigns.findByCode(CODE)).isEmpty();
        assertThat(audit.findByObject(CODE.value())).isEmpty();
    }

    @Test
    void aJsonDefinitionMustBeAnObject() {
        assertRefused(admin.define(new DefineCampaign(DEFINITION, DefinitionFormat.JSON, false)),
                RuleCode.DEFINITION_INVALID, Severity.ERROR, "document");
        Fixtures.succeeded(admin.define(new DefineCampaign("{\"code\": \"J-1\", \"name\": \"Thử\", \"nameEn\": \"Test\","
                + " \"directive\": {\"number\": \"1\", \"issuedOn\": \"2023-01-01\", \"issuer\": \"X\", \"issuerEn\": \"X\"},"
                + " \"organiser\": \"436\", \"period\": {\"from\": \"2023-04-01\", \"to\": \"2023-05-01\"},"
                + " \"taskAreas\": [{\"code\": \"A\", \"name\": \"A\", \"nameEn\": \"A\"}]}", DefinitionFormat.JSON, false)));
    }

    @Test
    void anOrganiserThatIsNoUnitIsRefused() {
        assertRefused(admin.define(new DefineCampaign(DEFINITION.replace("organiser: \"436\"", "organiser: \"999\""),
                DefinitionFormat.YAML, false)), RuleCode.UNIT_UNKNOWN, Severity.ERROR, "document", "organiser");
    }

    @Test
    void redefiningADraftReplacesItButAnOpenCampaignIsNotRedefined() {
        Fixtures.succeeded(admin.define(new DefineCampaign(DEFINITION, DefinitionFormat.YAML, false)));
        StoredCampaign second = Fixtures.succeeded(admin.define(new DefineCampaign(
                DEFINITION.replace("Test campaign 2023", "Test campaign of 2023"), DefinitionFormat.YAML, false)));

        assertThat(second.version()).isEqualTo(2);
        assertThat(campaigns.findByCode(CODE)).get().extracting(c -> c.nameEn()).isEqualTo("Test campaign of 2023");
        // the built-in definition with its directive's text inline, as an administrator would submit it
        String directive32 = Fixtures.resourceText("/vn/campaign/core/campaign/directive-32.yaml") + "sourceText: \""
                + Fixtures.resourceText("/vn/campaign/core/campaign/directive-32.vi.txt").replace("\n", "\\n") + "\"\n";
        assertRefused(admin.define(new DefineCampaign(directive32, DefinitionFormat.YAML, false)),
                RuleCode.CAMPAIGN_CODE_TAKEN, Severity.ERROR, "document", "code");
        assertThat(campaigns.findByCode(Directive32.CODE)).get().extracting(c -> c.status())
                .isEqualTo(CampaignStatus.OPEN);
    }

    @Test
    void aDraftIsUnknownToAllButTheCityAdministrators() {
        Fixtures.succeeded(admin.define(new DefineCampaign(DEFINITION, DefinitionFormat.YAML, false)));
        Campaign draft = campaigns.findByCode(CODE).orElseThrow();
        Actor officer = new Actor.User("officer@tranphu", Role.UNIT_OFFICER, new UnitCode(Fixtures.TRAN_PHU));
        RegisterWork work = new RegisterWork(CODE.value(), Fixtures.TRAN_PHU,
                Fixtures.aWork().plannedOn(LocalDate.of(2023, 5, 1)).taskArea("URBAN").build());

        assertThat(AccessPolicy.canSee(ADMIN, draft)).isTrue();
        for (Actor other : List.of(officer, Actor.anonymous(), new Actor.User("viewer", Role.VIEWER, null),
                new Actor.User("office", Role.CITY_OFFICE, null), new Actor.User("leader", Role.CITY_LEADERSHIP, null))) {
            assertThat(AccessPolicy.canSee(other, draft)).as(other.subject()).isFalse();
        }
        assertRefused(platform.registrationService().as(officer).registerWork(work), RuleCode.CAMPAIGN_UNKNOWN,
                Severity.ERROR, "campaignCode");
        assertRefused(platform.registrationService().as(ADMIN).registerWork(work), RuleCode.CAMPAIGN_NOT_OPEN,
                Severity.ERROR, "campaignCode");

        Fixtures.succeeded(admin.open(new OpenCampaign(CODE.value(), 1)));
        assertThat(AccessPolicy.canSee(Actor.anonymous(), campaigns.findByCode(CODE).orElseThrow())).isTrue();
        Fixtures.succeeded(platform.registrationService().as(officer).registerWork(work));
    }

    @Test
    void aDraftTakesNoRegistrationUntilItIsOpened() {
        Fixtures.succeeded(admin.define(new DefineCampaign(DEFINITION, DefinitionFormat.YAML, false)));
        RegisterWork work = new RegisterWork(CODE.value(), Fixtures.TRAN_PHU,
                Fixtures.aWork().plannedOn(LocalDate.of(2023, 5, 1)).taskArea("URBAN").build());

        assertRefused(platform.registrationService().registerWork(work), RuleCode.CAMPAIGN_NOT_OPEN, Severity.ERROR,
                "campaignCode");

        StoredCampaign opened = Fixtures.succeeded(admin.open(new OpenCampaign(CODE.value(), 1)));
        assertThat(opened.campaign().status()).isEqualTo(CampaignStatus.OPEN);
        assertThat(opened.version()).isEqualTo(2);
        Fixtures.succeeded(platform.registrationService().registerWork(work));
        assertThat(audit.findByObject(CODE.value())).extracting(AuditEntry::action)
                .containsExactly(AuditAction.DEFINE_CAMPAIGN, AuditAction.OPEN_CAMPAIGN);
    }

    @Test
    void openingNamesTheVersionReadAndHappensOnce() {
        Fixtures.succeeded(admin.define(new DefineCampaign(DEFINITION, DefinitionFormat.YAML, false)));

        assertRefused(admin.open(new OpenCampaign(CODE.value(), 7)), RuleCode.CAMPAIGN_CONFLICT, Severity.ERROR,
                "expectedVersion");
        Fixtures.succeeded(admin.open(new OpenCampaign(CODE.value(), 1)));
        assertRefused(admin.open(new OpenCampaign(CODE.value(), 2)), RuleCode.CAMPAIGN_TRANSITION, Severity.ERROR);
        assertRefused(admin.open(new OpenCampaign("NO-SUCH", 1)), RuleCode.CAMPAIGN_UNKNOWN, Severity.ERROR, "code");
    }

    @Test
    void copyingStartsNextYearsDraftWithAnniversariesAYearLaterAndNoPlaqueWorks() {
        StoredCampaign copy = Fixtures.succeeded(admin.copy(new CopyCampaign(Directive32.CODE.value(), "CT32-2023",
                "Đợt thi đua cao điểm năm 2023", null, LocalDate.of(2023, 4, 1), LocalDate.of(2023, 6, 15))));

        assertThat(copy.campaign().status()).isEqualTo(CampaignStatus.DRAFT);
        assertThat(copy.campaign().nameEn()).isEqualTo(Directive32.campaign().nameEn());
        assertThat(copy.campaign().taskAreas()).isEqualTo(Directive32.campaign().taskAreas());
        assertThat(copy.campaign().obligations()).isEqualTo(Directive32.campaign().obligations());
        assertThat(copy.campaign().plaqueWorks()).isEmpty();
        assertThat(copy.campaign().anniversaries()).extracting(Anniversary::celebratedOn)
                .containsExactly(LocalDate.of(2023, 6, 15), LocalDate.of(2023, 5, 28));
        assertThat(audit.findByObject("CT32-2023")).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo(AuditAction.COPY_CAMPAIGN);
            assertThat(e.after()).containsEntry("copiedFrom", "CT32-2022").containsEntry("status", "DRAFT");
        });
    }

    @Test
    void copyingRefusesATakenCodeAnUnknownSourceAndBackwardDays() {
        assertRefused(admin.copy(new CopyCampaign(Directive32.CODE.value(), "CT32-2022", "X", null,
                LocalDate.of(2023, 4, 1), LocalDate.of(2023, 6, 15))), RuleCode.CAMPAIGN_CODE_TAKEN, Severity.ERROR, "code");
        assertRefused(admin.copy(new CopyCampaign("NOPE", "CT32-2023", "X", null, LocalDate.of(2023, 4, 1),
                LocalDate.of(2023, 6, 15))), RuleCode.CAMPAIGN_UNKNOWN, Severity.ERROR, "fromCode");
        assertRefused(admin.copy(new CopyCampaign(Directive32.CODE.value(), "CT32-2023", "X", null,
                LocalDate.of(2023, 6, 15), LocalDate.of(2023, 4, 1))), RuleCode.DEFINITION_INVALID, Severity.ERROR,
                "endsOn");
        assertThat(campaigns.findByCode(new CampaignCode("CT32-2023"))).isEmpty();
    }

    @Test
    void onlyACityAdministratorAdministersCampaigns() {
        for (Actor caller : List.of(new Actor.User("v", Role.VIEWER, null),
                new Actor.User("o", Role.UNIT_OFFICER, new UnitCode(Fixtures.TRAN_PHU)), Actor.anonymous())) {
            CampaignAdministration as = admin.as(caller);
            RuleCode expected = caller instanceof Actor.User ? RuleCode.FORBIDDEN : RuleCode.UNAUTHORIZED;
            assertRefused(as.define(new DefineCampaign(DEFINITION, DefinitionFormat.YAML, false)), expected,
                    Severity.ERROR);
            assertRefused(as.open(new OpenCampaign(Directive32.CODE.value(), 1)), expected, Severity.ERROR);
            assertRefused(as.copy(new CopyCampaign(Directive32.CODE.value(), "CT32-2023", "X", null,
                    LocalDate.of(2023, 4, 1), LocalDate.of(2023, 6, 15))), expected, Severity.ERROR);
        }
        assertThat(campaigns.findAll()).hasSize(1);
    }
}
