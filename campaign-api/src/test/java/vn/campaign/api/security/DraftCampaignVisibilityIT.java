package vn.campaign.api.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.campaign.api.security.GraphQlHttp.at;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.context.WebApplicationContext;
import vn.campaign.api.exports.ExportController;
import vn.campaign.api.graphql.GlobalId;
import vn.campaign.api.graphql.InvalidRequestException;
import vn.campaign.api.live.SubscriptionController;
import vn.campaign.api.mongo.CampaignDocument;
import vn.campaign.api.support.EmbeddedStoreTestBase;
import vn.campaign.core.access.Actor;
import vn.campaign.core.access.Role;
import vn.campaign.core.application.CampaignPlatform;
import vn.campaign.core.campaign.Campaign;
import vn.campaign.core.campaign.CampaignDefinitions;
import vn.campaign.core.campaign.CampaignStatus;
import vn.campaign.core.unit.UnitCode;

/**
 * A campaign still being prepared ({@code DRAFT}) is for the city's administrators only: to every other caller
 * it does not exist, and each way of reaching it — the list, {@code campaign(code:)}, {@code node(id:)}, the
 * exports, registering for it, the subscriptions that take its code — answers exactly as for a code no campaign
 * has.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DraftCampaignVisibilityIT extends EmbeddedStoreTestBase {

    private static final String DRAFT = "DRAFT-VIS-2023";
    private static final String UNKNOWN = "NO-SUCH-2023";

    /** Every role, with its token. */
    enum Reader {
        ANONYMOUS(() -> null, Actor.anonymous()),
        VIEWER(TestTokens::viewer, new Actor.User("viewer.test", Role.VIEWER, null)),
        UNIT_OFFICER(() -> TestTokens.unitOfficer("18070"),
                new Actor.User("officer.18070", Role.UNIT_OFFICER, new UnitCode("18070"))),
        CITY_OFFICE(() -> TestTokens.user("office.test", "CITY_OFFICE", null),
                new Actor.User("office.test", Role.CITY_OFFICE, null)),
        CITY_LEADERSHIP(() -> TestTokens.user("leadership.test", "CITY_LEADERSHIP", null),
                new Actor.User("leadership.test", Role.CITY_LEADERSHIP, null)),
        CITY_ADMIN(TestTokens::cityAdmin, new Actor.User("admin.test", Role.CITY_ADMIN, null));

        private final Supplier<@Nullable String> token;
        private final Actor actor;

        Reader(Supplier<@Nullable String> token, Actor actor) {
            this.token = token;
            this.actor = actor;
        }

        boolean seesDrafts() {
            return this == CITY_ADMIN;
        }
    }

    @Autowired
    private WebApplicationContext context;

    @Autowired
    private CampaignPlatform platform;

    @Autowired
    private SubscriptionController subscriptions;

    private Campaign draft;

    @BeforeAll
    void storeADraft() {
        draft = CampaignDefinitions.parse("""
                code: DRAFT-VIS-2023
                name: "Đợt thi đua đang chuẩn bị"
                nameEn: "A campaign being prepared"
                directive: {number: "3-CT/Test", issuedOn: "2023-03-01", issuer: "Ban Thường vụ thử nghiệm", issuerEn: "Test board"}
                organiser: "436"
                period: {from: "2026-04-01", to: "2027-06-15"}
                taskAreas:
                  - {code: URBAN, name: "Đô thị", nameEn: "Urban"}
                """).orThrow().withStatus(CampaignStatus.DRAFT);
        platform.campaigns().save(draft);
    }

    @AfterAll
    void removeTheDraft() {
        mongoTemplate().remove(Query.query(Criteria.where("_id").is(DRAFT)), CampaignDocument.COLLECTION);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Reader.class)
    void theListAndTheLookupsShowADraftToTheAdministratorsOnly(Reader reader) {
        Map<String, Object> answer = graphQl(reader, """
                query($code: String!, $id: ID!) {
                  campaigns { code }
                  campaign(code: $code) { code status }
                  node(id: $id) { id ... on Campaign { code } }
                }""", Map.of("code", DRAFT, "id", GlobalId.of(draft)));

        assertThat(answer.get("errors")).isNull();
        List<Object> codes = ((List<?>) at(answer, "data.campaigns")).stream().map(c -> (Object) at(c, "code")).toList();
        if (reader.seesDrafts()) {
            assertThat(codes).contains(DRAFT, "CT32-2022");
            assertThat(at(answer, "data.campaign.status")).isEqualTo("DRAFT");
            assertThat(at(answer, "data.node.code")).isEqualTo(DRAFT);
        } else {
            assertThat(codes).contains("CT32-2022").doesNotContain(DRAFT);
            assertThat(at(answer, "data.campaign")).isNull();
            assertThat(at(answer, "data.node")).isNull();
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Reader.class)
    void anExportOfADraftIsRefusedAsForAnUnknownCodeExceptToTheAdministrators(Reader reader) {
        MockMvc mvc = SecuredEndpoint.mockMvc(context);
        MockHttpServletResponse ofDraft = SecuredEndpoint.perform(mvc,
                MockMvcRequestBuilders.get(ExportController.WORKS_PATH).param("campaign", DRAFT), reader.token.get());

        if (reader.seesDrafts()) {
            assertThat(ofDraft.getStatus()).isEqualTo(200);
            return;
        }
        MockHttpServletResponse ofNothing = SecuredEndpoint.perform(mvc,
                MockMvcRequestBuilders.get(ExportController.WORKS_PATH).param("campaign", UNKNOWN), reader.token.get());
        assertThat(ofDraft.getStatus()).isEqualTo(400).isEqualTo(ofNothing.getStatus());
        assertThat(text(ofDraft)).contains("PARAMETER_UNKNOWN").isEqualTo(text(ofNothing).replace(UNKNOWN, DRAFT));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Reader.class)
    void registeringForADraftIsCampaignUnknownToAllButTheAdministrators(Reader reader) {
        String register = """
                mutation($code: String!) { registerWork(input: { campaignCode: $code, unitCode: "18070",
                    name: "Khánh thành nhà văn hóa", kind: INAUGURATION, plannedOn: "2026-05-01", taskAreaCode: "URBAN" }) {
                  work { id } userErrors { code field } } }""";
        Map<String, Object> ofDraft = graphQl(reader, register, Map.of("code", DRAFT));
        Map<String, Object> ofNothing = graphQl(reader, register, Map.of("code", UNKNOWN));

        switch (reader) {
            case CITY_ADMIN -> assertThat(at(ofDraft, "data.registerWork.userErrors.0.code"))
                    .isEqualTo("CAMPAIGN_NOT_OPEN");
            case UNIT_OFFICER -> {
                assertThat(at(ofDraft, "data.registerWork.userErrors.0.code")).isEqualTo("CAMPAIGN_UNKNOWN");
                assertThat(at(ofDraft, "data.registerWork.userErrors")).isEqualTo(
                        at(ofNothing, "data.registerWork.userErrors"));
            }
            default -> assertThat(GraphQlHttp.classifications(ofDraft))
                    .isEqualTo(GraphQlHttp.classifications(ofNothing)).isNotEmpty();
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Reader.class)
    void aSubscriptionToADraftIsRefusedAsForAnUnknownCodeExceptToTheAdministrators(Reader reader) {
        if (reader.seesDrafts()) {
            assertThat(subscriptions.registrationChanged(DRAFT, null, reader.actor)).isNotNull();
            assertThat(subscriptions.complianceChanged(DRAFT, reader.actor)).isNotNull();
            return;
        }
        assertThatThrownBy(() -> subscriptions.registrationChanged(DRAFT, null, reader.actor))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessage("No campaign has the code \"" + DRAFT + "\".");
        assertThatThrownBy(() -> subscriptions.complianceChanged(DRAFT, reader.actor))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessage("No campaign has the code \"" + DRAFT + "\".");
    }

    private Map<String, Object> graphQl(Reader reader, String document, Map<String, ?> variables) {
        return GraphQlHttp.post(SecuredEndpoint.withToken(context, reader.token.get()).client(), document, variables);
    }

    private static String text(MockHttpServletResponse response) {
        try {
            return response.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }
}
