package vn.campaign.api.limits;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.schema.DataFetcher;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;

/**
 * The request timeout against a clock that only the fields move: each field takes the time its name says,
 * so a request runs exactly as long as the test wants.
 */
class RequestTimeoutInstrumentationTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final AtomicLong now = new AtomicLong();
    private final List<String> fetched = new ArrayList<>();
    private final GraphQL graphQl = GraphQL.newGraphQL(new SchemaGenerator().makeExecutableSchema(
                    new SchemaParser().parse("type Query { fourSeconds: Int  sixSeconds: Int  sixSecondsAndANanosecond: "
                            + "Int  next: Int }"),
                    RuntimeWiring.newRuntimeWiring().type("Query", type -> type
                            .dataFetcher("fourSeconds", taking(Duration.ofSeconds(4), "fourSeconds"))
                            .dataFetcher("sixSeconds", taking(Duration.ofSeconds(6), "sixSeconds"))
                            .dataFetcher("sixSecondsAndANanosecond",
                                    taking(Duration.ofSeconds(6).plusNanos(1), "sixSecondsAndANanosecond"))
                            .dataFetcher("next", taking(Duration.ZERO, "next"))).build()))
            .instrumentation(new RequestTimeoutInstrumentation(TIMEOUT, now::get))
            .build();

    @Test
    void fetchesAFieldWhenTheRequestHasRunExactlyTheTimeout() {
        ExecutionResult result = graphQl.execute("{ fourSeconds sixSeconds next }");

        assertThat(result.getErrors()).isEmpty();
        assertThat(fetched).containsExactly("fourSeconds", "sixSeconds", "next");
        assertThat(now.get()).isEqualTo(TIMEOUT.toNanos());
    }

    @Test
    void stopsTheRequestOneNanosecondOverTheTimeoutWithoutFetchingMore() {
        ExecutionResult result = graphQl.execute("{ fourSeconds sixSecondsAndANanosecond next }");

        assertThat(fetched).containsExactly("fourSeconds", "sixSecondsAndANanosecond");
        assertThat(result.isDataPresent()).isFalse();
        assertThat(result.getErrors()).singleElement().satisfies(error -> {
            assertThat(error.getMessage()).isEqualTo("The request ran longer than 10s, the limit "
                    + "(campaign.graphql.limits.request-timeout), and was stopped. Ask for less.");
            assertThat(error.toSpecification().get("extensions")).isEqualTo(Map.of("classification", "BAD_REQUEST",
                    "limit", "campaign.graphql.limits.request-timeout", "max", "10s", "messageVi", "Yêu cầu chạy quá thời "
                    + "gian cho phép là 10s và đã bị dừng (campaign.graphql.limits.request-timeout)."));
        });
    }

    /** Regression: the soak found a registerWork stored although its answer said the request was stopped. */
    @Test
    void answersAMutationWhoseChangeRanOverTheTimeoutInsteadOfSayingItWasStopped() {
        GraphQL mutations = GraphQL.newGraphQL(new SchemaGenerator().makeExecutableSchema(new SchemaParser().parse(
                        "type Query { next: Int } type Mutation { registerTakingElevenSeconds: Payload }"
                                + " type Payload { id: Int version: Int }"),
                        RuntimeWiring.newRuntimeWiring()
                                .type("Query", type -> type.dataFetcher("next", taking(Duration.ZERO, "next")))
                                .type("Mutation", type -> type.dataFetcher("registerTakingElevenSeconds", env -> {
                                    fetched.add("registerTakingElevenSeconds");
                                    now.addAndGet(Duration.ofSeconds(11).toNanos());
                                    return Map.of("id", 7, "version", 0);
                                })).build()))
                .instrumentation(new RequestTimeoutInstrumentation(TIMEOUT, now::get))
                .build();

        ExecutionResult result = mutations.execute("mutation { registerTakingElevenSeconds { id version } }");

        assertThat(result.getErrors()).isEmpty();
        assertThat(fetched).containsExactly("registerTakingElevenSeconds");
        assertThat(result.<Map<String, Object>>getData()).isEqualTo(Map.of("registerTakingElevenSeconds",
                Map.of("id", 7, "version", 0)));
        assertThat(graphQl.execute("{ fourSeconds sixSecondsAndANanosecond next }").getErrors())
                .as("queries are still stopped").hasSize(1);
    }

    @Test
    void writesTheTimeoutAsThePropertiesDo() {
        assertThat(RequestTimeoutInstrumentation.text(Duration.ofSeconds(10))).isEqualTo("10s");
        assertThat(RequestTimeoutInstrumentation.text(Duration.ofMillis(250))).isEqualTo("250ms");
        assertThat(RequestTimeoutInstrumentation.text(Duration.ofNanos(1500))).isEqualTo("PT0.0000015S");
    }

    private DataFetcher<Integer> taking(Duration duration, String name) {
        return env -> {
            fetched.add(name);
            now.addAndGet(duration.toNanos());
            return 1;
        };
    }
}
