package vn.campaign.api.limits;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import graphql.ExecutionInput;
import graphql.GraphQL;
import graphql.analysis.MaxQueryComplexityInstrumentation;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;

/** The complexity of fields, with the pages of connections weighted by {@code first}. */
class ConnectionComplexityTest {

    private static final GraphQLSchema SCHEMA = new SchemaGenerator().makeExecutableSchema(new SchemaParser().parse("""
                    type Query { works(first: Int!): WorkConnection!  list(first: Int!): [Work!]! }
                    type WorkConnection { totalCount: Int!  nodes: [Work!]!  edges: [WorkEdge!]! }
                    type WorkEdge { cursor: String!  node: Work! }
                    type Work { name: String!  unit: Unit! }
                    type Unit { name: String! }
                    """),
            RuntimeWiring.newRuntimeWiring()
                    .type("Query", type -> type
                            .dataFetcher("works", env -> Map.of("totalCount", 0, "nodes", List.of(), "edges", List.of()))
                            .dataFetcher("list", env -> List.of()))
                    .build());

    @Test
    void weighsTheNodesOfAConnectionByFirstAndItsOtherFieldsOnce() {
        assertThat(complexity("{ works(first: 100) { totalCount nodes { name unit { name } } } }", Map.of()))
                .isEqualTo(1 + 1 + 100 * (1 + 1 + 2));
    }

    @Test
    void weighsTheEdgesOfAConnectionByFirst() {
        assertThat(complexity("{ works(first: 10) { edges { cursor node { name } } } }", Map.of()))
                .isEqualTo(1 + 10 * (1 + 1 + 2));
    }

    @Test
    void readsFirstFromAVariable() {
        assertThat(complexity("query($n: Int!) { works(first: $n) { nodes { name } } }", Map.of("n", 7)))
                .isEqualTo(1 + 7 * 2);
    }

    @Test
    void weighsANegativePageAsEmpty() {
        assertThat(complexity("{ works(first: -5) { nodes { name } } }", Map.of())).isEqualTo(1);
    }

    @Test
    void doesNotWeighAPlainListByAnArgumentNamedFirst() {
        assertThat(complexity("{ list(first: 100) { name } }", Map.of())).isEqualTo(2);
    }

    @Test
    void capsTheCostOfEachFieldSoThatSumsOfAllowedFieldCountsFitInAnInt() {
        ConnectionComplexity calculator = new ConnectionComplexity(5000);

        assertThat(calculator.ceiling()).isEqualTo(429_410);
        assertThat(complexity("{ works(first: 2000000000) { nodes { name unit { name } } } }", Map.of()))
                .isEqualTo(429_410);
        assertThat((long) new ConnectionComplexity(ConnectionComplexity.LARGEST_LIMIT).ceiling()
                * ConnectionComplexity.LARGEST_LIMIT).isLessThanOrEqualTo(Integer.MAX_VALUE);
    }

    /** The complexity graphql-java computes with the calculator, for a limit of 5,000. */
    private static int complexity(String document, Map<String, Object> variables) {
        AtomicInteger seen = new AtomicInteger(-1);
        MaxQueryComplexityInstrumentation recorder = new MaxQueryComplexityInstrumentation(0,
                new ConnectionComplexity(5000), info -> {
                    seen.set(info.getComplexity());
                    return false;
                });
        GraphQL graphQl = GraphQL.newGraphQL(SCHEMA).instrumentation(recorder).build();
        assertThat(graphQl.execute(ExecutionInput.newExecutionInput(document).variables(variables).build())
                .getErrors()).isEmpty();
        return seen.get();
    }
}
