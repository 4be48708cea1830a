package vn.campaign.api.support;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Enables a test class only when the {@code SPRING_MONGODB_URI} environment variable names a MongoDB.
 *
 * <p>An extension rather than {@code @EnabledIfEnvironmentVariable}, because JUnit does not inherit that
 * annotation from a base class, while it does inherit {@code @ExtendWith}.
 */
public final class ExternalMongoCondition implements ExecutionCondition {

    /** The environment variable Spring Boot reads as {@code spring.mongodb.uri}. */
    public static final String VARIABLE = "SPRING_MONGODB_URI";

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        String uri = System.getenv(VARIABLE);
        return uri == null || uri.isBlank()
                ? ConditionEvaluationResult.disabled(VARIABLE + " is not set")
                : ConditionEvaluationResult.enabled(VARIABLE + " is set");
    }
}
