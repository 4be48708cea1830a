package vn.campaign.api.graphql;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;

import vn.campaign.core.campaign.Campaign;
import vn.campaign.core.registration.Event;
import vn.campaign.core.registration.Work;
import vn.campaign.core.unit.Unit;

/**
 * Wires the schema: the custom scalars, the schema-mapping inspection whose report is logged and kept
 * in {@link SchemaInspection}, and the cache of parsed documents ({@link ParsedDocuments}). The {@code Node} implementations are the domain classes of the same simple
 * name, which is how Spring's default type resolver finds their GraphQL type.
 */
@Configuration(proxyBeanMethods = false)
public class GraphQlConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(GraphQlConfiguration.class);

    /**
     * The scalars Date, DateTime, Money and Decimal.
     *
     * @return the configurer
     */
    @Bean
    RuntimeWiringConfigurer campaignScalars() {
        return wiring -> wiring.scalar(Scalars.DATE).scalar(Scalars.DATE_TIME).scalar(Scalars.MONEY)
                .scalar(Scalars.DECIMAL);
    }

    /** The most distinct documents the parsed-document cache keeps: far more than the clients send. */
    static final int PARSED_DOCUMENTS = 500;
    /** The most characters the parsed-document cache keeps over its documents' texts. */
    static final long PARSED_DOCUMENT_CHARACTERS = 2_000_000;

    /**
     * The documents already parsed and validated, by their text.
     *
     * @return the cache
     */
    @Bean
    ParsedDocuments parsedDocuments() {
        return new ParsedDocuments(PARSED_DOCUMENTS, PARSED_DOCUMENT_CHARACTERS);
    }

    /**
     * Has graphql-java take parsed and validated documents from the cache: a query sent again with other
     * variables is neither parsed nor validated again.
     *
     * @param parsedDocuments the cache
     * @return the customizer
     */
    @Bean
    GraphQlSourceBuilderCustomizer parsedDocumentCache(ParsedDocuments parsedDocuments) {
        return builder -> builder.configureGraphQl(graphQl -> graphQl.preparsedDocumentProvider(parsedDocuments));
    }

    /**
     * Where the inspection report is kept.
     *
     * @return the holder
     */
    @Bean
    SchemaInspection schemaInspection() {
        return new SchemaInspection();
    }

    /**
     * Runs the schema-mapping inspection, telling it which classes implement the interface {@code Node}.
     *
     * @param inspection where the report is kept
     * @return the customizer
     */
    @Bean
    GraphQlSourceBuilderCustomizer schemaMappingInspection(SchemaInspection inspection) {
        return builder -> builder.inspectSchemaMappings(
                initializer -> initializer.classMapping("Campaign", Campaign.class).classMapping("Unit", Unit.class)
                        .classMapping("Work", Work.class).classMapping("Event", Event.class),
                report -> {
                    inspection.accept(report);
                    if (inspection.isClean()) {
                        LOG.info("GraphQL schema: every field is mapped");
                    } else {
                        LOG.warn("GraphQL schema: {}", report);
                    }
                });
    }
}
