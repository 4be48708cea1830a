package vn.campaign.api.limits;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.MediaTypes;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.test.web.servlet.client.MockMvcWebTestClient;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import graphql.introspection.IntrospectionQueryBuilder;
import vn.campaign.api.support.EmbeddedStoreTestBase;

/**
 * Every GraphQL request limit at its default value, through {@code /graphql}: a request at the limit is
 * answered without an error, one over it gets exactly one error naming the limit, its value and what the
 * request had, with HTTP 400 for a client that accepts {@code application/graphql-response+json} (and 200
 * for {@code application/json}), as GraphQL over HTTP asks of a request that cannot be executed.
 */
class GraphQlLimitsOverHttpIT extends EmbeddedStoreTestBase {

    @Autowired
    private WebApplicationContext context;

    @Autowired
    private GraphQlLimits limits;

    private WebTestClient http;

    @BeforeEach
    void connect() {
        // the whole schema's introspection answer passes the client's default 256 KiB buffer
        http = MockMvcWebTestClient.bindTo(MockMvcBuilders.webAppContextSetup(context).build())
                .baseUrl("/graphql").codecs(codecs -> codecs.defaultCodecs().maxInMemorySize(4 * 1024 * 1024))
                .build();
    }

    @Test
    void runsWithTheDefaultsDocumentedInApplicationYamlAndTheLimitsRecord() {
        assertThat(limits).isEqualTo(GraphQlLimits.defaults());
    }

    @Test
    void acceptsAnOperationFifteenLevelsDeepAndRefusesSixteen() {
        accepted(Documents.ofDepth(15));
        refused(Documents.ofDepth(16), Limit.MAX_DEPTH, 15, "The operation is 16 levels deep; the limit is 15 "
                + "(campaign.graphql.limits.max-depth). Select less deeply nested fields.");
    }

    @Test
    void acceptsTheIntrospectionQueryOfGraphiQl() {
        String graphiQlIntrospection = IntrospectionQueryBuilder.build(IntrospectionQueryBuilder.Options
                .defaultOptions().descriptions(true).specifiedByUrl(true).directiveIsRepeatable(true)
                .schemaDescription(true).inputValueDeprecation(true).isOneOf(true).typeRefFragmentDepth(9));

        accepted(graphiQlIntrospection);
    }

    @Test
    void acceptsComplexity10000AndRefuses10001CountingConnectionsByTheirPageSize() {
        accepted(Documents.ofComplexity10000(false));
        refused(Documents.ofComplexity10000(true), Limit.MAX_COMPLEXITY, 10_000, "The operation's complexity is "
                + "10001; the limit is 10000 (campaign.graphql.limits.max-complexity). Every field costs 1 plus its "
                + "selection, and the nodes or edges of a connection cost first times that: ask for smaller pages "
                + "or fewer fields.");
    }

    @Test
    void refusesNestedConnectionsOfFullPagesWithoutOverflowingTheCount() {
        refused("{ units(first: 100) { nodes { works(first: 100) { nodes { unit { works(first: 100) { nodes "
                + "{ name } } } } } } } }", Limit.MAX_COMPLEXITY, 10_000, "The operation's complexity is at least "
                + "214726; the limit is 10000 (campaign.graphql.limits.max-complexity). Every field costs 1 plus "
                + "its selection, and the nodes or edges of a connection cost first times that: ask for smaller "
                + "pages or fewer fields.");
    }

    @Test
    void acceptsTwentyAliasesAndRefusesTwentyOne() {
        accepted(Documents.withAliases(20, "code"));
        refused(Documents.withAliases(21, "code"), Limit.MAX_ALIASES, 20, "The operation has 21 aliased fields; the "
                + "limit is 20 (campaign.graphql.limits.max-aliases). Use variables and several requests.");
    }

    @Test
    void countsAliasesOfTypename() {
        accepted(Documents.withAliases(20, "__typename"));
        refused(Documents.withAliases(21, "__typename"), Limit.MAX_ALIASES, 20, "The operation has 21 aliased "
                + "fields; the limit is 20 (campaign.graphql.limits.max-aliases). Use variables and several "
                + "requests.");
    }

    @Test
    void acceptsTenRootFieldsAndRefusesEleven() {
        accepted(Documents.withRootFields(10));
        refused(Documents.withRootFields(11), Limit.MAX_ROOT_FIELDS, 10, "The operation selects 11 root fields; "
                + "the limit is 10 (campaign.graphql.limits.max-root-fields). Split it into several requests.");
    }

    @Test
    void acceptsTwentyDirectivesAndRefusesTwentyOne() {
        accepted(Documents.withDirectives(20));
        refused(Documents.withDirectives(21), Limit.MAX_DIRECTIVES, 20, "The operation uses 21 directives; the "
                + "limit is 20 (campaign.graphql.limits.max-directives).");
    }

    @Test
    void returnsTwentyErrorsAndCutsTwentyOneToNineteenAndANoteOfTheTwoLeftOut() {
        List<Map<String, Object>> twenty = errors(Documents.withUnknownFields(20));
        assertThat(twenty).hasSize(20).allSatisfy(error -> assertThat(error.get("message")).asString()
                .contains("is undefined"));

        List<Map<String, Object>> cut = errors(Documents.withUnknownFields(21));
        assertThat(cut).hasSize(20);
        assertThat(cut.subList(0, 19)).allSatisfy(error -> assertThat(error.get("message")).asString()
                .contains("is undefined"));
        assertThat(cut.get(19)).isEqualTo(Map.of("message", "2 more errors were left out; a response carries at "
                + "most 20 errors (campaign.graphql.limits.max-errors).", "extensions", Map.of("classification",
                "BAD_REQUEST", "limit", "campaign.graphql.limits.max-errors", "max", 20, "messageVi", "Có quá nhiều lỗi; "
                + "một phản hồi mang tối đa 20 lỗi, các lỗi còn lại đã được lược bỏ (campaign.graphql.limits.max-errors).")));
    }

    @Test
    void acceptsADocumentOf20000CharactersAndRefuses20001() {
        accepted(Documents.ofCharacters(20_000));
        refused(Documents.ofCharacters(20_001), Limit.MAX_DOCUMENT_CHARACTERS, 20_000, "The document has 20001 "
                + "characters; the limit is 20000 (campaign.graphql.limits.max-document-characters). Pass large "
                + "values as variables.");
    }

    @Test
    void acceptsADocumentOf5000TokensAndRefuses5001() {
        accepted(Documents.ofTokens(5000));
        refused(Documents.ofTokens(5001), Limit.MAX_DOCUMENT_TOKENS, 5000, "The document has more than 5000 "
                + "tokens; the limit is 5000 (campaign.graphql.limits.max-document-tokens). Pass large values as "
                + "variables.");
    }

    @Test
    void refusesFragmentsThatMultiplyRootFieldsBeforeValidatingThem() {
        refused(Documents.fragmentBomb(40, true), Limit.MAX_ROOT_FIELDS, 10, "The operation selects 1099511627776 "
                + "root fields; the limit is 10 (campaign.graphql.limits.max-root-fields). Split it into several "
                + "requests.");
    }

    @Test
    void refusesFragmentsThatMultiplyFieldsAsTooComplexBeforeValidatingThem() {
        refused(Documents.fragmentBomb(40, false), Limit.MAX_COMPLEXITY, 10_000, "The operation selects "
                + "1099511627777 fields once its fragments are expanded, each costing at least 1; the limit is 10000 "
                + "(campaign.graphql.limits.max-complexity). Select fewer fields.");
    }

    @Test
    void answersALimitWithHttp200ToAClientThatAcceptsOnlyApplicationJson() {
        http.post().contentType(MediaType.APPLICATION_JSON).accept(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("query", Documents.withRootFields(11))).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.data").doesNotExist()
                .jsonPath("$.errors.length()").isEqualTo(1)
                .jsonPath("$.errors[0].extensions.limit").isEqualTo(Limit.MAX_ROOT_FIELDS.property());
    }

    private void accepted(String document) {
        http.post().contentType(MediaType.APPLICATION_JSON).accept(MediaTypes.APPLICATION_GRAPHQL_RESPONSE)
                .bodyValue(Map.of("query", document)).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.errors").doesNotExist()
                .jsonPath("$.data").exists();
    }

    private void refused(String document, Limit limit, int max, String message) {
        http.post().contentType(MediaType.APPLICATION_JSON).accept(MediaTypes.APPLICATION_GRAPHQL_RESPONSE)
                .bodyValue(Map.of("query", document)).exchange()
                .expectStatus().isBadRequest()
                .expectBody()
                .jsonPath("$.data").doesNotExist()
                .jsonPath("$.errors.length()").isEqualTo(1)
                .jsonPath("$.errors[0].message").isEqualTo(message)
                .jsonPath("$.errors[0].extensions.classification").isEqualTo("BAD_REQUEST")
                .jsonPath("$.errors[0].extensions.limit").isEqualTo(limit.property())
                .jsonPath("$.errors[0].extensions.max").isEqualTo(max);
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> errors(String document) {
        Map<String, Object> body = http.post().contentType(MediaType.APPLICATION_JSON)
                .accept(MediaTypes.APPLICATION_GRAPHQL_RESPONSE).bodyValue(Map.of("query", document)).exchange()
                .expectBody(Map.class).returnResult().getResponseBody();
        assertThat(body).isNotNull().containsKey("errors");
        return (List<Map<String, Object>>) body.get("errors");
    }
}
