package vn.campaign.api.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

import vn.campaign.api.audit.mongo.Settlement;
import vn.campaign.api.support.EmbeddedStoreTestBase;
import vn.campaign.core.admin.CampaignAdministration;
import vn.campaign.core.admin.DefineCampaign;
import vn.campaign.core.admin.DefineUnit;
import vn.campaign.core.admin.OpenCampaign;
import vn.campaign.core.admin.RenameUnit;
import vn.campaign.core.admin.UnitAdministration;
import vn.campaign.core.application.CampaignPlatform;
import vn.campaign.core.application.Outcome;
import vn.campaign.core.application.RegisterWork;
import vn.campaign.core.campaign.DefinitionFormat;
import vn.campaign.core.campaign.StoredCampaign;
import vn.campaign.core.campaign.WorkKind;
import vn.campaign.core.registration.Work;
import vn.campaign.core.registration.WorkDetails;
import vn.campaign.core.rule.RuleCode;
import vn.campaign.core.rule.Violation;
import vn.campaign.core.unit.UnitCode;
import vn.campaign.core.unit.UnitKind;

/**
 * What a registration costs the store, counted by a {@code CommandListener} on the application's client, and
 * the caches that make it cheap following the administration's writes.
 */
@Import(BatchingIT.CountCommands.class)
class WriteCommandsIT extends EmbeddedStoreTestBase {

    private static final String TOKEN = "wc" + System.nanoTime();
    /** A ward of Hà Tĩnh City (Trần Phú). */
    private static final String WARD = "18070";
    /**
     * The insert of the registration with its audit entry inside it (the outbox that keeps a change and its entry
     * atomic), and nothing more before the reply: the campaign and the unit come from memory, and the duplicate
     * check is the store's unique index.
     */
    private static final List<String> REGISTER_COMMANDS = List.of("insert registrations");

    /**
     * After the reply, the settlement: the entry's move to the trail, then the unit's summary adjusted by the change
     * — the registration added to the unit's member list, the summary replaced under its version (known, with what
     * it counts, from the last write) — then the entry's removal from the registration; no read, so the write costs
     * the same however many registrations the unit holds.
     */
    private static final List<String> SETTLEMENT_COMMANDS = List.of("insert audit", "update unitMembers",
            "update unitSummaries", "update registrations");

    @Autowired
    private Settlement<?> settlement;

    @Autowired
    private MongoCommandCounter counter;

    @Autowired
    private CampaignPlatform platform;

    @Autowired
    private CampaignAdministration campaigns;

    @Autowired
    private UnitAdministration units;

    @Test
    void registeringAWorkSendsItsInsertAndAuditEntryAndAdjustsItsUnitSummaryWithoutReadingAnything() {
        register(WARD, "Công trình khởi động " + TOKEN); // the campaign and the unit are read once, then kept
        settlement.awaitSettled();
        counter.reset();

        Outcome<Work> outcome = register(WARD, "Công trình đo lệnh " + TOKEN);
        List<String> commands = counter.commands();
        settlement.awaitSettled();

        assertThat(outcome.isSuccess()).as("registered: %s", outcome.violations()).isTrue();
        assertThat(commands).as("commands of one registerWork before its reply").isEqualTo(REGISTER_COMMANDS);
        assertThat(counter.settlementCommands()).as("commands of its settlement after the reply")
                .isEqualTo(SETTLEMENT_COMMANDS);
    }

    @Test
    void aDuplicateIsRefusedByTheUniqueIndexWithTheSameUserErrorNamingTheRegisteredWork() {
        String name = "Nhà văn hóa trùng tên " + TOKEN;
        assertThat(register(WARD, name).isSuccess()).isTrue();

        Outcome<Work> again = register(WARD, "  NHÀ VĂN HOÁ   trùng TÊN " + TOKEN.toUpperCase());

        assertThat(again.isSuccess()).isFalse();
        assertThat(again.violations()).singleElement().satisfies(v -> {
            assertThat(v.code()).isEqualTo(RuleCode.DUPLICATE_REGISTRATION);
            assertThat(v.field().toString()).isEqualTo("name");
            assertThat(v.message().en()).contains(name);
        });
    }

    @Test
    void aCampaignDefinedOrOpenedAfterARefusalIsSeenAtOnce() {
        String code = "CT-" + TOKEN.toUpperCase();
        assertThat(codes(register(code, WARD, "Công trình sớm"))).containsExactly(RuleCode.CAMPAIGN_UNKNOWN);

        StoredCampaign defined = campaigns.define(new DefineCampaign(definition(code), DefinitionFormat.YAML, false))
                .value();
        assertThat(codes(register(code, WARD, "Công trình khi soạn"))).as("a DRAFT campaign takes no registration")
                .containsExactly(RuleCode.CAMPAIGN_NOT_OPEN);

        assertThat(campaigns.open(new OpenCampaign(code, defined.version())).isSuccess()).isTrue();
        Outcome<Work> open = register(code, WARD, "Công trình khi mở");
        assertThat(open.isSuccess()).as("registered once opened: %s", open.violations()).isTrue();
    }

    @Test
    void aUnitDefinedOrRenamedIsSeenAtOnce() {
        String code = WARD + "-" + TOKEN.toUpperCase();
        assertThat(codes(register(code, "Công trình của đơn vị chưa có"))).contains(RuleCode.UNIT_UNKNOWN);

        assertThat(units.define(new DefineUnit(code, "Chi bộ thử", UnitKind.PARTY_ORGANISATION, WARD, null))
                .isSuccess()).isTrue();
        assertThat(codes(register(code, "Công trình của đơn vị mới"))).doesNotContain(RuleCode.UNIT_UNKNOWN);

        assertThat(units.rename(new RenameUnit(code, "Chi bộ đổi tên", null)).isSuccess()).isTrue();
        assertThat(platform.units().findAllByCode(new UnitCode(code))).extracting(u -> u.name())
                .contains("Chi bộ đổi tên");
    }

    private Outcome<Work> register(String unit, String name) {
        return register("CT32-2022", unit, name);
    }

    private Outcome<Work> register(String campaign, String unit, String name) {
        return platform.registrationService().registerWork(new RegisterWork(campaign, unit,
                WorkDetails.of(name, WorkKind.INAUGURATION, LocalDate.of(2022, 5, 10))));
    }

    private static List<RuleCode> codes(Outcome<?> outcome) {
        return outcome.violations().stream().filter(Violation::isError).map(Violation::code).toList();
    }

    private static String definition(String code) {
        return """
                code: %s
                name: "Đợt thi đua thử bộ nhớ đệm"
                nameEn: "Cache test campaign"
                directive:
                  number: "1-CT/TEST"
                  issuedOn: "2022-03-01"
                  issuer: "Ban Thường vụ Thành ủy Hà Tĩnh"
                  issuerEn: "Standing Board of the Hà Tĩnh City Party Committee"
                organiser: "436"
                period:
                  from: "2022-04-01"
                  to: "2022-06-15"
                taskAreas:
                  - code: CULTURE
                    name: "Văn hóa, xã hội"
                    nameEn: "Culture and society"
                """.formatted(code);
    }
}
