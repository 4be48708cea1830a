package vn.campaign.api.graphql;

import java.util.Optional;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.campaign.core.access.Actor;
import vn.campaign.core.commendation.CommendationService;

/** {@code node(id:)} for commendation proposals (as the caller may see them) and decisions (public). */
@Configuration(proxyBeanMethods = false)
public class CommendationNodes {

    /** A configuration. */
    public CommendationNodes() {
    }

    /**
     * Proposals by global id.
     *
     * @param service the commendation service
     * @return the resolver
     */
    @Bean
    NodeResolver commendationNodeResolver(CommendationService service) {
        return new NodeResolver() {
            @Override
            public String type() {
                return "Commendation";
            }

            @Override
            public Optional<?> resolve(String key, Actor actor) {
                return service.as(actor).find(key);
            }
        };
    }

    /**
     * Decisions by global id.
     *
     * @param service the commendation service
     * @return the resolver
     */
    @Bean
    NodeResolver decisionNodeResolver(CommendationService service) {
        return new NodeResolver() {
            @Override
            public String type() {
                return "Decision";
            }

            @Override
            public Optional<?> resolve(String key, Actor actor) {
                return service.findDecision(key);
            }
        };
    }
}
