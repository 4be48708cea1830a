package vn.campaign.api.plaque;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.campaign.api.security.GraphQlHttp.at;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.web.context.WebApplicationContext;
import vn.campaign.api.graphql.GlobalId;
import vn.campaign.api.mongo.CampaignDocument;
import vn.campaign.api.mongo.RegistrationDocument;
import vn.campaign.api.plaque.mongo.PlaqueLinkDocument;
import vn.campaign.api.security.Caller;
import vn.campaign.api.security.GraphQlHttp;
import vn.campaign.api.security.SecuredEndpoint;
import vn.campaign.api.support.EmbeddedStoreTestBase;
import vn.campaign.core.application.CampaignPlatform;
import vn.campaign.core.campaign.CampaignDefinitions;
import vn.campaign.api.support.StoreCleanup;

/**
 * The plaque register over GraphQL: the city administrator links a plaque work of a campaign's list to one of its
 * approved works, which then carries its plaque; the rules answer user errors; only the city administrator links
 * and unlinks, and the linked work is shown to whoever may see it. On a campaign of its own, in the shared store.
 */
class PlaqueRegisterIT extends EmbeddedStoreTestBase {

    private static final String CODE = "QH-PLAQUE-TEST";
    private static final String MEMORIAL = "nang-cap-khu-luu-niem";
    private static final String MUSEUM = "nha-trung-bay-hien-vat";
    private static final String DEFINITION = """
            code: QH-PLAQUE-TEST
            name: "Đợt thi đua thử nghiệm gắn biển"
            nameEn: "A campaign to test plaques"
            directive: {number: "13-CT/Test", issuedOn: "2022-03-01", issuer: "Ban Thường vụ thử nghiệm", issuerEn: "Test board"}
            organiser: "436"
            period: {from: "2022-04-01", to: "2022-06-15"}
            anniversaries:
              - {name: "65 năm Ngày Bác Hồ về thăm Hà Tĩnh", nameEn: "65 years since Uncle Hồ visited Hà Tĩnh", since: "1957-06-15", celebratedOn: "2022-06-15"}
            taskAreas:
              - {code: URBAN, name: "Đô thị", nameEn: "Urban"}
            plaqueWorks:
              - {name: "Nâng cấp khu lưu niệm", nameEn: "Upgrade of the memorial site"}
              - {name: "Nhà trưng bày hiện vật", nameEn: "Exhibition house"}
            """;
    private static final String LINK = """
            mutation($campaign: String!, $key: String!, $work: ID!, $v: Int!) {
              linkPlaqueWork(input: { campaignCode: $campaign, plaqueWork: $key, workId: $work, expectedVersion: $v }) {
                plaqueWork { key version work { id plaqueAwarded } } userErrors { code field message }
              }
            }""";
    private static final String UNLINK = """
            mutation($key: String!, $v: Int!) {
              unlinkPlaqueWork(input: { campaignCode: "QH-PLAQUE-TEST", plaqueWork: $key, expectedVersion: $v }) {
                plaqueWork { key version work { id } } userErrors { code field message }
              }
            }""";
    private static final String LIST = """
            query { campaign(code: "QH-PLAQUE-TEST") { plaqueWorks { key name version work { id name } } } }""";
    private static final String WORK = """
            query($id: ID!) { node(id: $id) { ... on Work { plaqueAwarded plaqueText version
              plaqueWork { key name } } } }""";

    @Autowired
    private WebApplicationContext context;

    @Autowired
    private CampaignPlatform platform;

    private final List<String> otherCampaignWorks = new java.util.ArrayList<>();

    @BeforeEach
    void seed() {
        platform.campaigns().save(CampaignDefinitions.parse(DEFINITION).orThrow());
    }

    @AfterEach
    void removeTheCampaign() {
        mongoTemplate().remove(Query.query(Criteria.where("campaign").is(CODE)), PlaqueLinkDocument.COLLECTION);
        StoreCleanup.removeRegistrations(mongoTemplate(), CODE);
        mongoTemplate().remove(Query.query(Criteria.where("_id").is(CODE)), CampaignDocument.COLLECTION);
        otherCampaignWorks.forEach(id -> mongoTemplate().remove(Query.query(Criteria.where("_id")
                .is(GlobalId.registration(id, "Work").orElseThrow().value())), RegistrationDocument.COLLECTION));
    }

    @Test
    void theCityLinksAPlaqueWorkAndTheWorkCarriesItsPlaque() {
        String work = approvedWork("Khánh thành khu lưu niệm");
        Map<String, Object> list = as(Caller.ANONYMOUS, LIST, Map.of());
        assertThat(at(list, "data.campaign.plaqueWorks")).asList().hasSize(2);
        assertThat(at(list, "data.campaign.plaqueWorks.0.key")).isEqualTo(MEMORIAL);
        assertThat(at(list, "data.campaign.plaqueWorks.0.version")).isEqualTo(0);
        assertThat(at(list, "data.campaign.plaqueWorks.0.work")).isNull();

        Map<String, Object> linked = admin(LINK, link(MEMORIAL, work, 0));

        assertThat(at(linked, "data.linkPlaqueWork.userErrors")).isEqualTo(List.of());
        assertThat(at(linked, "data.linkPlaqueWork.plaqueWork.version")).isEqualTo(1);
        assertThat(at(linked, "data.linkPlaqueWork.plaqueWork.work.id")).isEqualTo(work);
        assertThat(at(linked, "data.linkPlaqueWork.plaqueWork.work.plaqueAwarded")).isEqualTo(true);
        Map<String, Object> seen = as(Caller.ANONYMOUS, WORK, Map.of("id", work));
        assertThat(at(seen, "data.node.plaqueWork.key")).isEqualTo(MEMORIAL);
        assertThat(at(seen, "data.node.plaqueWork.name")).isEqualTo("Nâng cấp khu lưu niệm");
        assertThat(at(seen, "data.node.plaqueText"))
                .isEqualTo("Công trình chào mừng kỷ niệm 65 năm Ngày Bác Hồ về thăm Hà Tĩnh");
        assertThat(at(as(Caller.ANONYMOUS, LIST, Map.of()), "data.campaign.plaqueWorks.0.work.name")).asString()
                .startsWith("Khánh thành khu lưu niệm ");

        Map<String, Object> trail = admin("""
                query($id: ID!) { auditTrail(objectId: $id, first: 10) { nodes { action actor objectType } } }""",
                Map.of("id", CODE + "/" + MEMORIAL));
        assertThat(at(trail, "data.auditTrail.nodes.0.action")).isEqualTo("LINK_PLAQUE_WORK");
        assertThat(at(trail, "data.auditTrail.nodes.0.objectType")).isEqualTo("PlaqueWork");
        Map<String, Object> workTrail = admin("""
                query($id: ID!) { auditTrail(objectId: $id, first: 10) { nodes { action } } }""", Map.of("id", work));
        assertThat(((List<?>) at(workTrail, "data.auditTrail.nodes")).stream().map(e -> at(e, "action")))
                .contains("AWARD_PLAQUE");
    }

    @Test
    void unlinkingFreesThePlaqueWorkAndTheWorkKeepsItsPlaque() {
        String first = approvedWork("Khánh thành khu lưu niệm");
        String second = approvedWork("Khánh thành nhà trưng bày");
        admin(LINK, link(MEMORIAL, first, 0));

        Map<String, Object> unlinked = admin(UNLINK, Map.of("key", MEMORIAL, "v", 1));

        assertThat(at(unlinked, "data.unlinkPlaqueWork.userErrors")).isEqualTo(List.of());
        assertThat(at(unlinked, "data.unlinkPlaqueWork.plaqueWork.version")).isEqualTo(2);
        assertThat(at(unlinked, "data.unlinkPlaqueWork.plaqueWork.work")).isNull();
        Map<String, Object> kept = as(Caller.ANONYMOUS, WORK, Map.of("id", first));
        assertThat(at(kept, "data.node.plaqueAwarded")).isEqualTo(true);
        assertThat(at(kept, "data.node.plaqueWork")).isNull();
        Map<String, Object> relinked = admin(LINK, link(MEMORIAL, second, 2));
        assertThat(at(relinked, "data.linkPlaqueWork.plaqueWork.work.id")).isEqualTo(second);
        assertThat(at(admin(UNLINK, Map.of("key", MUSEUM, "v", 0)), "data.unlinkPlaqueWork.userErrors.0.code"))
                .isEqualTo("PLAQUE_WORK_NOT_LINKED");
    }

    @Test
    void answersEachBrokenRuleAsAUserErrorOnItsField() {
        String approved = approvedWork("Khánh thành khu lưu niệm");
        String waiting = registeredWork("Khánh thành chợ");
        String otherCampaign = ct32Work();

        assertError(admin(LINK, link("khong-co", approved, 0)), "PLAQUE_WORK_UNKNOWN", "plaqueWork");
        assertError(admin(LINK, link(MEMORIAL, "V29yazpub3QtYS13b3Jr", 0)), "NOT_FOUND", "workId");
        assertError(admin(LINK, link(MEMORIAL, waiting, 0)), "PLAQUE_WORK_NOT_APPROVED", "workId");
        assertError(admin(LINK, link(MEMORIAL, otherCampaign, 0)), "WORK_OF_OTHER_CAMPAIGN", "workId");
        assertError(admin(LINK, link(MEMORIAL, approved, 4)), "PLAQUE_LINK_CONFLICT", "expectedVersion");
        admin(LINK, link(MEMORIAL, approved, 0));
        assertError(admin(LINK, link(MUSEUM, approved, 0)), "WORK_ALREADY_LINKED", "workId");
        assertError(admin(LINK, link(MEMORIAL, approvedWork("Khánh thành nhà trưng bày"), 1)),
                "PLAQUE_WORK_ALREADY_LINKED", "plaqueWork");
        Map<String, Object> unknownCampaign = admin(LINK, Map.of("campaign", "KHONG-CO", "key", MEMORIAL,
                "work", approved, "v", 0));
        assertError(unknownCampaign, "CAMPAIGN_UNKNOWN", "campaignCode");
        assertThat(at(as(Caller.ANONYMOUS, WORK, Map.of("id", waiting)), "data.node")).isNull();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = Caller.class, names = {"ANONYMOUS", "VIEWER", "OFFICER_18070"})
    void onlyTheCityAdministratorLinksAndUnlinks(Caller caller) {
        String expected = caller == Caller.ANONYMOUS ? "UNAUTHORIZED" : "FORBIDDEN";
        String work = approvedWork("Khánh thành khu lưu niệm");

        assertThat(GraphQlHttp.classifications(as(caller, LINK, link(MEMORIAL, work, 0)))).containsExactly(expected);
        admin(LINK, link(MEMORIAL, work, 0));
        assertThat(GraphQlHttp.classifications(as(caller, UNLINK, Map.of("key", MEMORIAL, "v", 1))))
                .containsExactly(expected);
        assertThat(at(as(caller, LIST, Map.of()), "data.campaign.plaqueWorks.0.work.id"))
                .as("the link stands, and an approved work is public").isEqualTo(work);
    }

    private static void assertError(Map<String, Object> response, String code, String field) {
        String mutation = response.containsKey("data") && at(response, "data.linkPlaqueWork") != null
                ? "linkPlaqueWork" : "unlinkPlaqueWork";
        assertThat(at(response, "data." + mutation + ".userErrors.0.code")).as("code in %s", response).isEqualTo(code);
        assertThat(at(response, "data." + mutation + ".userErrors.0.field")).isEqualTo(List.of("input", field));
        assertThat(at(response, "data." + mutation + ".plaqueWork")).isNull();
    }

    private static Map<String, Object> link(String key, String work, int version) {
        return Map.of("campaign", CODE, "key", key, "work", work, "v", version);
    }

    private String approvedWork(String name) {
        String id = registeredWork(name);
        Map<String, Object> approved = admin("""
                mutation($id: ID!) { approveWork(input: { id: $id, expectedVersion: 0 }) { userErrors { code } } }""",
                Map.of("id", id));
        assertThat(at(approved, "data.approveWork.userErrors")).isEqualTo(List.of());
        return id;
    }

    private String registeredWork(String name) {
        return register(CODE, name + " " + UUID.randomUUID().toString().substring(0, 8));
    }

    private String ct32Work() {
        String id = register("CT32-2022", "Khánh thành cầu thử gắn biển " + UUID.randomUUID().toString().substring(0, 8));
        admin("mutation($id: ID!) { approveWork(input: { id: $id, expectedVersion: 0 }) { userErrors { code } } }",
                Map.of("id", id));
        otherCampaignWorks.add(id);
        return id;
    }

    private String register(String campaign, String name) {
        Map<String, Object> registered = admin("""
                mutation($campaign: String!, $name: String!) {
                  registerWork(input: { campaignCode: $campaign, unitCode: "18070", name: $name, kind: INAUGURATION,
                      plannedOn: "2022-05-19", taskAreaCode: "URBAN", investment: "100000000" }) {
                    work { id } userErrors { code message }
                  }
                }""", Map.of("campaign", campaign, "name", name));
        String id = (String) at(registered, "data.registerWork.work.id");
        assertThat(id).as("registered: %s", registered).isNotNull();
        return id;
    }

    private Map<String, Object> as(Caller caller, String document, Map<String, ?> variables) {
        return GraphQlHttp.post(SecuredEndpoint.as(context, caller).client(), document, variables);
    }

    private Map<String, Object> admin(String document, Map<String, ?> variables) {
        Map<String, Object> response = as(Caller.CITY_ADMIN, document, variables);
        assertThat(response.get("errors")).as("errors of %s", document).isNull();
        return response;
    }
}
