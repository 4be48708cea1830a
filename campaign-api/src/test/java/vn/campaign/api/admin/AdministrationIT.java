package vn.campaign.api.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.campaign.api.security.GraphQlHttp.at;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.web.context.WebApplicationContext;

import vn.campaign.api.security.Caller;
import vn.campaign.api.security.GraphQlHttp;
import vn.campaign.api.security.SecuredEndpoint;
import vn.campaign.api.support.EmbeddedStoreTestBase;

/**
 * The administration of campaigns and units through GraphQL, on a store of its own (a context of its own, so
 * that the campaigns and units it adds do not reach the other suites): definitions refused with located user
 * errors, a dry run that stores nothing, the lifecycle DRAFT → OPEN, copies, several campaigns served at once,
 * units defined, renamed and merged with registrations on both sides of the merger, the audit trail, and the
 * role of every caller.
 */
@TestPropertySource(properties = "campaign.test.store-of-its-own=administration")
class AdministrationIT extends EmbeddedStoreTestBase {

    private static final String DEFINITION = """
            code: %s
            name: "Đợt thi đua thử nghiệm năm 2023"
            nameEn: "Test campaign 2023"
            directive:
              number: "1-CT/TEST"
              issuedOn: "2023-03-01"
              issuer: "Ban Thường vụ Thành ủy Hà Tĩnh"
              issuerEn: "Standing Board of the Hà Tĩnh City Party Committee"
            organiser: "436"
            period:
              from: "2023-04-01"
              to: "2023-06-15"
            anniversaries:
              - name: "66 năm Ngày Bác Hồ về thăm Hà Tĩnh"
                nameEn: "66 years since Uncle Hồ's visit to Hà Tĩnh"
                since: "1957-06-15"
                celebratedOn: "2023-06-15"
            taskAreas:
              - code: CULTURE
                name: "Văn hóa, xã hội"
                nameEn: "Culture and society"
              - code: URBAN
                name: "Chỉnh trang đô thị"
                nameEn: "Urban improvement"
            obligations:
              - code: ONE_WORK
                name: "Mỗi phường, xã đăng ký ít nhất 01 công trình"
                nameEn: "Every ward and commune registers at least one work"
                appliesTo: [WARD, COMMUNE]
                registers: WORK
            """;

    private static final String DEFINE = """
            mutation($input: DefineCampaignInput!) {
              defineCampaign(input: $input) { campaign { code status version } userErrors { code field message messageEn } }
            }""";

    private static final String OPEN = """
            mutation($code: String!, $v: Int!) {
              openCampaign(input: { code: $code, expectedVersion: $v }) { campaign { code status version } userErrors { code field } }
            }""";

    private static final String REGISTER = """
            mutation($campaign: String!, $unit: String!, $name: String!, $on: Date!) {
              registerWork(input: { campaignCode: $campaign, unitCode: $unit, name: $name, kind: INAUGURATION,
                  plannedOn: $on, taskAreaCode: "URBAN" }) {
                work { id unit { code } } userErrors { code field message messageEn }
              }
            }""";

    private static final String MERGE = """
            mutation($from: [String!]!, $into: String!, $on: Date!) {
              mergeUnits(input: { from: $from, into: $into, on: $on }) {
                unit { code name mergedFrom { unit { code name validUntil } on } } userErrors { code field message }
              }
            }""";

    @Autowired
    private WebApplicationContext context;

    private Map<String, Object> as(Caller caller, String document, Map<String, ?> variables) {
        return GraphQlHttp.post(SecuredEndpoint.as(context, caller).client(), document, variables);
    }

    private Map<String, Object> admin(String document, Map<String, ?> variables) {
        Map<String, Object> response = as(Caller.CITY_ADMIN, document, variables);
        assertThat(response.get("errors")).as("errors of %s", document).isNull();
        return response;
    }

    private static Map<String, Object> define(String document, String format, boolean dryRun) {
        Map<String, Object> input = new LinkedHashMap<>();
        input.put("document", document);
        input.put("format", format);
        input.put("dryRun", dryRun);
        return Map.of("input", input);
    }

    private static Map<String, Object> register(String campaign, String unit, String name, String on) {
        return Map.of("campaign", campaign, "unit", unit, "name", name, "on", on);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "a task area code in lower case | '- code: URBAN' | '- code: urban' | taskAreas[1],code",
        "a malformed day | '\"2023-04-01\"' | '\"2023-02-30\"' | period,from",
        "an unknown unit kind | '[WARD, COMMUNE]' | '[WARD, HAMLET]' | obligations[0],appliesTo[1]",
        "a duplicate task area | '- code: URBAN' | '- code: CULTURE' | taskAreas[1],code",
        "a list where a text belongs | 'nameEn: \"Test campaign 2023\"' | 'nameEn: [a, b]' | nameEn",
        "broken YAML | 'period:' | 'period: [' | ''"})
    void eachProblemOfAYamlDefinitionComesBackLocatedInsideTheDocument(String problem, String replaced, String by,
            String path) {
        String broken = DEFINITION.formatted("BROKEN-2023").replace(replaced, by);
        assertThat(broken).as(problem).contains(by);

        Map<String, Object> response = admin(DEFINE, define(broken, "YAML", false));

        assertThat(at(response, "data.defineCampaign.campaign")).isNull();
        assertThat(at(response, "data.defineCampaign.userErrors.0.code")).isEqualTo("DEFINITION_INVALID");
        List<String> field = new java.util.ArrayList<>(List.of("input", "document"));
        if (!path.isEmpty()) {
            field.addAll(List.of(path.split(",")));
        }
        assertThat(at(response, "data.defineCampaign.userErrors.0.field")).isEqualTo(field);
        assertThat(at(response, "data.defineCampaign.userErrors.1")).isNull();
        assertThat(at(admin("{ campaign(code: \"BROKEN-2023\") { code } }", Map.of()), "data.campaign")).isNull();
    }

    @Test
    void everyProblemOfADocumentComesBackAsAUserErrorOfItsOwnLocatedInsideTheDocument() {
        String broken = DEFINITION.formatted("BROKEN-2023").replace("\"2023-04-01\"", "\"2023-02-30\"")
                .replace("- code: URBAN", "- code: urban").replace("[WARD, COMMUNE]", "[WARD, HAMLET]")
                + "targets:\n  - {code: TREES, taskArea: CULTURE, name: Cây, nameEn: Trees, goal: nhiều, measure: cây,"
                + " aggregation: SUM}\n";

        Map<String, Object> response = admin(DEFINE, define(broken, "YAML", true));

        assertThat(at(response, "data.defineCampaign.campaign")).isNull();
        List<?> errors = (List<?>) at(response, "data.defineCampaign.userErrors");
        assertThat(errors).extracting(e -> at(e, "code")).containsOnly("DEFINITION_INVALID");
        assertThat(errors).extracting(e -> at(e, "field")).containsExactly(
                List.of("input", "document", "period", "from"),
                List.of("input", "document", "taskAreas[1]", "code"),
                List.of("input", "document", "obligations[0]", "appliesTo[1]"),
                List.of("input", "document", "targets[0]", "goal"));
        assertThat(errors).extracting(e -> at(e, "messageEn")).containsExactly(
                "The definition is invalid: must be an ISO date such as 2022-06-15, got '2023-02-30'.",
                "The definition is invalid: task area code must be 1 to 40 capital letters, digits or '_', got 'urban'.",
                "The definition is invalid: must be one of [CITY, WARD, COMMUNE, TOWNSHIP, AGENCY, PARTY_ORGANISATION,"
                        + " MASS_ORGANISATION, SCHOOL, ENTERPRISE], got 'HAMLET'.",
                "The definition is invalid: must be a number, got 'nhiều'.");
    }

    @Test
    void aJsonDefinitionIsLocatedTooAndADryRunStoresNothing() {
        Map<String, Object> broken = admin(DEFINE, define("{\"code\": \"JSON-2023\", \"name\": \"Thử\", \"nameEn\": \"T\","
                + " \"directive\": {\"number\": \"1\", \"issuedOn\": \"2023-01-01\", \"issuer\": \"X\", \"issuerEn\": \"X\"},"
                + " \"organiser\": \"436\", \"period\": {\"from\": \"2023-04-01\", \"to\": \"2023-05-01\"},"
                + " \"taskAreas\": [{\"code\": \"A\", \"name\": \"A\"}]}", "JSON", false));
        assertThat(at(broken, "data.defineCampaign.userErrors.0.field"))
                .isEqualTo(List.of("input", "document", "taskAreas[0]", "nameEn"));
        assertThat(at(broken, "data.defineCampaign.userErrors.0.messageEn"))
                .isEqualTo("The definition is invalid: required.");

        Map<String, Object> dry = admin(DEFINE, define(DEFINITION.formatted("DRY-2023"), "YAML", true));
        assertThat(at(dry, "data.defineCampaign.userErrors")).isEqualTo(List.of());
        assertThat(at(dry, "data.defineCampaign.campaign.code")).isEqualTo("DRY-2023");
        assertThat(at(dry, "data.defineCampaign.campaign.status")).isEqualTo("DRAFT");
        assertThat(at(dry, "data.defineCampaign.campaign.version")).isNull();
        assertThat(at(admin("{ campaign(code: \"DRY-2023\") { code } }", Map.of()), "data.campaign")).isNull();
        assertThat(at(admin("{ auditTrail(objectId: \"DRY-2023\", first: 10) { totalCount } }", Map.of()),
                "data.auditTrail.totalCount")).isEqualTo(0);
    }

    @Test
    void aDefinedCampaignIsADraftUntilOpenedAndThenServedNextToDirective32() {
        Map<String, Object> defined = admin(DEFINE, define(DEFINITION.formatted("CT-2023"), "YAML", false));
        assertThat(at(defined, "data.defineCampaign.campaign.status")).isEqualTo("DRAFT");
        assertThat(at(defined, "data.defineCampaign.campaign.version")).isEqualTo(1);

        Map<String, Object> intoDraft = admin(REGISTER, register("CT-2023", "18070", "Khánh thành vườn hoa", "2023-05-01"));
        assertThat(at(intoDraft, "data.registerWork.work")).isNull();
        assertThat(at(intoDraft, "data.registerWork.userErrors.0.code")).isEqualTo("CAMPAIGN_NOT_OPEN");
        assertThat(at(intoDraft, "data.registerWork.userErrors.0.field")).isEqualTo(List.of("input", "campaignCode"));

        assertThat(at(admin(OPEN, Map.of("code", "CT-2023", "v", 5)), "data.openCampaign.userErrors.0.code"))
                .isEqualTo("CAMPAIGN_CONFLICT");
        Map<String, Object> opened = admin(OPEN, Map.of("code", "CT-2023", "v", 1));
        assertThat(at(opened, "data.openCampaign.campaign.status")).isEqualTo("OPEN");
        assertThat(at(opened, "data.openCampaign.campaign.version")).isEqualTo(2);
        assertThat(at(admin(OPEN, Map.of("code", "CT-2023", "v", 2)), "data.openCampaign.userErrors.0.code"))
                .isEqualTo("CAMPAIGN_TRANSITION");
        assertThat(at(admin(DEFINE, define(DEFINITION.formatted("CT-2023"), "YAML", false)),
                "data.defineCampaign.userErrors.0.code")).isEqualTo("CAMPAIGN_CODE_TAKEN");

        Map<String, Object> registered = admin(REGISTER, register("CT-2023", "18070", "Khánh thành vườn hoa",
                "2023-05-01"));
        assertThat(at(registered, "data.registerWork.work.unit.code")).isEqualTo("18070");
        // CT-2023 ended in 2023: from the day after its end only completed registrations meet an obligation.
        String workId = (String) at(registered, "data.registerWork.work.id");
        assertThat((List<?>) at(admin("mutation($id: ID!) { approveWork(input: { id: $id, expectedVersion: 0 }) {"
                + " userErrors { code } } }", Map.of("id", workId)), "data.approveWork.userErrors")).isEmpty();
        assertThat((List<?>) at(admin("mutation($id: ID!) { completeWork(input: { id: $id, expectedVersion: 1,"
                + " actualOn: \"2023-05-01\" }) { userErrors { code } } }", Map.of("id", workId)),
                "data.completeWork.userErrors")).isEmpty();
        assertThat(at(admin(REGISTER, register("CT32-2022", "18070", "Khánh thành vườn hoa", "2022-05-01")),
                "data.registerWork.work.unit.code")).isEqualTo("18070");

        Map<String, Object> both = admin("""
                { a: campaign(code: "CT-2023") { status compliance { requiredUnits units { unit { code } compliant } } }
                  b: campaign(code: "CT32-2022") { status }
                  campaigns { code status } }""", Map.of());
        assertThat(at(both, "data.a.status")).isEqualTo("OPEN");
        assertThat((Integer) at(both, "data.a.compliance.requiredUnits")).as("the 15 wards and communes, and those added by"
                + " the other tests of this class").isGreaterThanOrEqualTo(15)
                .isEqualTo(((List<?>) at(both, "data.a.compliance.units")).size());
        assertThat(at(both, "data.b.status")).isEqualTo("OPEN");
        assertThat((List<?>) at(both, "data.campaigns")).extracting(c -> at(c, "code")).contains("CT-2023", "CT32-2022");
        assertThat((List<?>) at(both, "data.a.compliance.units")).filteredOn(u -> "18070".equals(at(u, "unit.code")))
                .singleElement().satisfies(u -> assertThat(at(u, "compliant")).isEqualTo(true));

        Map<String, Object> trail = admin("{ auditTrail(objectId: \"CT-2023\", first: 10) { nodes { action actor objectType } } }",
                Map.of());
        assertThat((List<?>) at(trail, "data.auditTrail.nodes")).extracting(n -> at(n, "action"))
                .containsExactlyInAnyOrder("DEFINE_CAMPAIGN", "OPEN_CAMPAIGN");
        assertThat((List<?>) at(trail, "data.auditTrail.nodes")).extracting(n -> at(n, "objectType"))
                .containsOnly("Campaign");
    }

    @Test
    void copyingDirective32StartsNextYearsDraft() {
        Map<String, Object> copy = admin("""
                mutation { copyCampaign(input: { fromCode: "CT32-2022", code: "CT32-2023", name: "Đợt thi đua năm 2023",
                    startsOn: "2023-04-01", endsOn: "2023-06-15" }) {
                  campaign { code status nameEn anniversaries { celebratedOn } plaqueWorks { name } taskAreas { code } }
                  userErrors { code field } } }""", Map.of());

        assertThat(at(copy, "data.copyCampaign.campaign.status")).isEqualTo("DRAFT");
        assertThat(at(copy, "data.copyCampaign.campaign.anniversaries.0.celebratedOn")).isEqualTo("2023-06-15");
        assertThat(at(copy, "data.copyCampaign.campaign.plaqueWorks")).isEqualTo(List.of());
        assertThat((List<?>) at(copy, "data.copyCampaign.campaign.taskAreas")).isNotEmpty();
        assertThat(at(admin("""
                mutation { copyCampaign(input: { fromCode: "CT32-2022", code: "CT32-2023", name: "X",
                    startsOn: "2023-04-01", endsOn: "2023-06-15" }) { campaign { code } userErrors { code field } } }""",
                Map.of()), "data.copyCampaign.userErrors.0.code")).isEqualTo("CAMPAIGN_CODE_TAKEN");
    }

    @Test
    void theSeededHistoryShowsTheMergerIntoXaDongMon() {
        Map<String, Object> response = admin("""
                { dongMon: unit(code: "18103", on: "2022-05-01") { name mergedFrom { unit { code name } on } mergedInto { on } }
                  thachDong: unit(code: "18106", on: "2019-05-01") { name mergedInto { unit { code name } on } } }""",
                Map.of());

        assertThat((List<?>) at(response, "data.dongMon.mergedFrom")).extracting(m -> at(m, "unit.name"), m -> at(m, "on"))
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("Xã Thạch Môn", "2020-01-01"),
                        org.assertj.core.groups.Tuple.tuple("Xã Thạch Đồng", "2020-01-01"));
        assertThat(at(response, "data.dongMon.mergedInto")).isEqualTo(List.of());
        assertThat(at(response, "data.thachDong.mergedInto.0.unit.name")).isEqualTo("Xã Đồng Môn");
        Map<String, Object> former = admin(REGISTER, register("CT32-2022", "18106", "Khánh thành cầu", "2022-05-01"));
        assertThat(at(former, "data.registerWork.userErrors.0.code")).isEqualTo("UNIT_MERGED");
        assertThat(at(former, "data.registerWork.userErrors.0.messageEn"))
                .isEqualTo("Xã Thạch Đồng merged into Xã Đồng Môn on 01/01/2020.");
    }

    @Test
    void unitsAreDefinedRenamedAndMergedWithRegistrationsOnBothSidesOfTheMerger() {
        Map<String, Object> defined = admin("""
                mutation { a: defineUnit(input: { code: "19001", name: "Phường Thử A", kind: WARD, parentCode: "436" }) { unit { code } userErrors { code } }
                  b: defineUnit(input: { code: "19002", name: "Phường Thử B", kind: WARD, parentCode: "436" }) { unit { code } userErrors { code } }
                  cell: defineUnit(input: { code: "19001-CB1", name: "Chi bộ khối phố 1", kind: PARTY_ORGANISATION, parentCode: "19001" }) {
                    unit { code kind parent { code } } userErrors { code } }
                  orphan: defineUnit(input: { code: "19003-DN", name: "Công ty Thử", kind: ENTERPRISE }) { unit { code } userErrors { code field } } }""",
                Map.of());
        assertThat(at(defined, "data.cell.unit.parent.code")).isEqualTo("19001");
        assertThat(at(defined, "data.orphan.userErrors.0.code")).isEqualTo("REQUIRED");
        assertThat(at(defined, "data.orphan.userErrors.0.field")).isEqualTo(List.of("input", "parentCode"));

        Map<String, Object> renamed = admin("""
                mutation { renameUnit(input: { code: "19002", name: "Phường Thử Bê" }) { unit { code name } userErrors { code } } }""",
                Map.of());
        assertThat(at(renamed, "data.renameUnit.unit.name")).isEqualTo("Phường Thử Bê");

        Map<String, Object> merged = admin(MERGE, Map.of("from", List.of("19002"), "into", "19001", "on", "2022-05-01"));
        assertThat(at(merged, "data.mergeUnits.unit.code")).isEqualTo("19001");
        assertThat(at(merged, "data.mergeUnits.unit.mergedFrom.0.unit.code")).isEqualTo("19002");
        assertThat(at(merged, "data.mergeUnits.unit.mergedFrom.0.unit.validUntil")).isEqualTo("2022-04-30");
        assertThat(at(merged, "data.mergeUnits.unit.mergedFrom.0.on")).isEqualTo("2022-05-01");

        Map<String, Object> before = admin(REGISTER, register("CT32-2022", "19002", "Khởi công nhà văn hóa", "2022-04-20"));
        assertThat(at(before, "data.registerWork.work.unit.code")).isEqualTo("19002");
        Map<String, Object> after = admin(REGISTER, register("CT32-2022", "19002", "Khánh thành nhà văn hóa", "2022-05-02"));
        assertThat(at(after, "data.registerWork.work")).isNull();
        assertThat(at(after, "data.registerWork.userErrors.0.code")).isEqualTo("UNIT_MERGED");
        assertThat(at(after, "data.registerWork.userErrors.0.messageEn"))
                .isEqualTo("Phường Thử Bê merged into Phường Thử A on 01/05/2022.");

        assertThat(at(admin(MERGE, Map.of("from", List.of("19001"), "into", "19001", "on", "2022-06-01")),
                "data.mergeUnits.userErrors.0.code")).isEqualTo("MERGE_INTO_ITSELF");

        Map<String, Object> trail = admin("{ auditTrail(objectId: \"19002@\", first: 10) { nodes { action before { field value } } } }",
                Map.of());
        assertThat((List<?>) at(trail, "data.auditTrail.nodes")).extracting(n -> at(n, "action"))
                .containsExactlyInAnyOrder("DEFINE_UNIT", "RENAME_UNIT", "MERGE_UNIT");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = Caller.class, names = {"ANONYMOUS", "VIEWER", "OFFICER_18070"})
    void onlyACityAdministratorMayAdminister(Caller caller) {
        String expected = caller == Caller.ANONYMOUS ? "UNAUTHORIZED" : "FORBIDDEN";
        List<Map<String, Object>> responses = List.of(
                as(caller, DEFINE, define(DEFINITION.formatted("ROLE-2023"), "YAML", false)),
                as(caller, OPEN, Map.of("code", "CT32-2022", "v", 1)),
                as(caller, """
                        mutation { copyCampaign(input: { fromCode: "CT32-2022", code: "ROLE-2023", name: "X",
                            startsOn: "2023-04-01", endsOn: "2023-06-15" }) { campaign { code } } }""", Map.of()),
                as(caller, """
                        mutation { defineUnit(input: { code: "18070-X", name: "Chi bộ X", kind: PARTY_ORGANISATION,
                            parentCode: "18070" }) { unit { code } } }""", Map.of()),
                as(caller, "mutation { renameUnit(input: { code: \"18070\", name: \"X\" }) { unit { code } } }", Map.of()),
                as(caller, MERGE, Map.of("from", List.of("18076"), "into", "18070", "on", "2022-05-01")));

        for (Map<String, Object> response : responses) {
            assertThat(GraphQlHttp.classifications(response)).containsExactly(expected);
            assertThat(at(response, "data")).isNull();
        }
        Map<String, Object> after = admin("{ campaign(code: \"ROLE-2023\") { code } unit(code: \"18070\") { name mergedFrom { on } } }",
                Map.of());
        assertThat(at(after, "data.campaign")).isNull();
        assertThat(at(after, "data.unit.name")).isEqualTo("Phường Trần Phú");
        assertThat(at(after, "data.unit.mergedFrom")).isEqualTo(List.of());
    }
}
