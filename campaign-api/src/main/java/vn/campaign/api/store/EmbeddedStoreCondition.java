package vn.campaign.api.store;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * Matches when no external MongoDB is configured: neither {@code spring.mongodb.uri} nor
 * {@code spring.mongodb.host} has a value. {@link External} is its negation.
 */
class EmbeddedStoreCondition extends SpringBootCondition {

    /** Properties any of which, when set, names an external MongoDB. */
    static final String[] EXTERNAL_PROPERTIES = {"spring.mongodb.uri", "spring.mongodb.host"};

    @Override
    public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
        String external = externalProperty(context.getEnvironment());
        return external == null
                ? ConditionOutcome.match("no external MongoDB configured")
                : ConditionOutcome.noMatch(external + " is set");
    }

    static @Nullable String externalProperty(Environment environment) {
        for (String name : EXTERNAL_PROPERTIES) {
            if (StringUtils.hasText(environment.getProperty(name))) {
                return name;
            }
        }
        return null;
    }

    /**
     * Matches when an external MongoDB is configured.
     */
    static class External extends SpringBootCondition {

        @Override
        public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
            String external = externalProperty(context.getEnvironment());
            return external != null
                    ? ConditionOutcome.match(external + " is set")
                    : ConditionOutcome.noMatch("no external MongoDB configured");
        }
    }
}
