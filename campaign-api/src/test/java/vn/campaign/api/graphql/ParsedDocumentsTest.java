package vn.campaign.api.graphql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.execution.instrumentation.ChainedInstrumentation;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.language.Document;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import vn.campaign.api.limits.GraphQlLimits;
import vn.campaign.api.limits.OperationLimitsInstrumentation;

/**
 * The cache of parsed documents on a small schema, with the API's own pre-validation limits: a document is
 * parsed once however often it comes with new variables, another text is never answered with the kept one's
 * parse, and nothing that failed — a syntax or validation error, a limit — is kept.
 */
class ParsedDocumentsTest {

    private static final GraphQlLimits TWO_ROOT_FIELDS = new GraphQlLimits(15, 10_000, 20, 2, 20, 20, 20_000, 5_000,
            Duration.ofSeconds(10), DataSize.ofMegabytes(1));

    private final AtomicInteger parses = new AtomicInteger();
    private final ParsedDocuments cache = new ParsedDocuments(2, 10_000);
    private final GraphQL graphQl = GraphQL.newGraphQL(new SchemaGenerator().makeExecutableSchema(
                    new SchemaParser().parse("type Query { echo(text: String!): String  twice(text: String!): String"
                            + "  one: Int }"),
                    RuntimeWiring.newRuntimeWiring().type("Query", type -> type
                            .dataFetcher("echo", env -> env.getArgument("text"))
                            .dataFetcher("twice", env -> env.<String>getArgument("text").repeat(2))
                            .dataFetcher("one", env -> 1)).build()))
            .instrumentation(new ChainedInstrumentation(new CountingParses(),
                    new OperationLimitsInstrumentation(TWO_ROOT_FIELDS)))
            .preparsedDocumentProvider(cache)
            .build();

    private ExecutionResult run(String document, Map<String, Object> variables) {
        return graphQl.execute(ExecutionInput.newExecutionInput(document).variables(variables).build());
    }

    @Test
    void parsesADocumentOnceAndAnswersEachRequestWithItsOwnVariables() {
        String echo = "query($t: String!) { echo(text: $t) }";

        ExecutionResult first = run(echo, Map.of("t", "một"));
        ExecutionResult second = run(echo, Map.of("t", "hai"));

        assertThat(first.<Map<String, Object>>getData()).isEqualTo(Map.of("echo", "một"));
        assertThat(second.<Map<String, Object>>getData()).isEqualTo(Map.of("echo", "hai"));
        assertThat(parses).hasValue(1);
        assertThat(cache.size()).isEqualTo(1);
    }

    @Test
    void neverAnswersAnotherTextWithTheKeptDocument() {
        run("query($t: String!) { echo(text: $t) }", Map.of("t", "a"));

        ExecutionResult other = run("query($t: String!) { twice(text: $t) }", Map.of("t", "a"));
        ExecutionResult spacedOtherwise = run("query($t: String!) {  echo(text: $t) }", Map.of("t", "b"));

        assertThat(other.<Map<String, Object>>getData()).isEqualTo(Map.of("twice", "aa"));
        assertThat(spacedOtherwise.<Map<String, Object>>getData()).isEqualTo(Map.of("echo", "b"));
        assertThat(parses).hasValue(3);
    }

    @Test
    void keepsNoDocumentWithASyntaxOrValidationErrorSoEachRequestGetsItsOwnErrors() {
        for (int i = 0; i < 2; i++) {
            assertThat(run("{ echo(text: \"x\") ", Map.of()).getErrors()).singleElement()
                    .satisfies(e -> assertThat(e.getErrorType().toString()).isEqualTo("InvalidSyntax"));
            assertThat(run("{ colour }", Map.of()).getErrors()).singleElement()
                    .satisfies(e -> assertThat(e.getErrorType().toString()).isEqualTo("ValidationError"));
        }

        assertThat(parses).hasValue(4);
        assertThat(cache.size()).isZero();
    }

    @Test
    void refusesADocumentOverALimitEveryTimeItComes() {
        String threeRootFields = "{ one a: one b: one }";

        for (int i = 0; i < 2; i++) {
            ExecutionResult refused = run(threeRootFields, Map.of());
            assertThat(refused.isDataPresent()).isFalse();
            assertThat(refused.getErrors()).singleElement()
                    .satisfies(e -> assertThat(e.getMessage()).contains("selects 3 root fields"));
        }

        assertThat(parses).hasValue(2);
        assertThat(cache.size()).isZero();
    }

    @Test
    void dropsTheLeastRecentlyUsedDocumentBeyondItsBound() {
        run("{ one }", Map.of());
        run("{ a: one }", Map.of());
        run("{ one }", Map.of()); // used again: "{ a: one }" is now the least recently used
        run("{ b: one }", Map.of());

        run("{ one }", Map.of());
        assertThat(parses).hasValue(3);
        run("{ a: one }", Map.of());
        assertThat(parses).hasValue(4);
        assertThat(cache.size()).isEqualTo(2);
    }

    @Test
    void keepsNoTextLongerThanItsCharacterBound() {
        ParsedDocuments small = new ParsedDocuments(10, 8);
        GraphQL withSmall = graphQl.transform(builder -> builder.preparsedDocumentProvider(small));

        withSmall.execute("{ one }");
        withSmall.execute("{ a: one }");

        assertThat(small.size()).isEqualTo(1);
        assertThatIllegalArgumentException().isThrownBy(() -> new ParsedDocuments(0, 8));
    }

    /** Counts the documents graphql-java parses: none for a document the cache answers. */
    private final class CountingParses extends SimplePerformantInstrumentation {
        @Override
        public InstrumentationContext<Document> beginParse(InstrumentationExecutionParameters parameters,
                InstrumentationState state) {
            parses.incrementAndGet();
            return super.beginParse(parameters, state);
        }
    }
}
