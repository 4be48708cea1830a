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
 * Wires the schema: the custom scalars, and the schema-mapping inspection whose report is logged and kept
 * in {@link SchemaInspection}. The {@code Node} implementations are the domain classes of the same simple
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
