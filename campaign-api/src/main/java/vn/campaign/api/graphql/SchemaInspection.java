package vn.campaign.api.graphql;

import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

import org.jspecify.annotations.Nullable;
import org.springframework.graphql.execution.SchemaReport;

/**
 * The report of Spring for GraphQL's schema-mapping inspection, kept once the schema is built, so that a
 * test can require that no schema field, argument or registration is left unmapped.
 */
public final class SchemaInspection {

    private final AtomicReference<@Nullable SchemaReport> report = new AtomicReference<>();

    /** An empty holder. */
    public SchemaInspection() {
    }

    void accept(SchemaReport schemaReport) {
        report.set(Objects.requireNonNull(schemaReport, "schemaReport"));
    }

    /**
     * The report.
     *
     * @return the inspection report
     * @throws IllegalStateException when the schema has not been built yet
     */
    public SchemaReport report() {
        SchemaReport current = report.get();
        if (current == null) {
            throw new IllegalStateException("the GraphQL schema has not been inspected yet");
        }
        return current;
    }

    /**
     * Whether everything is mapped: no unmapped field, argument or registration, no skipped type and no
     * nullness mismatch.
     *
     * @return {@code true} for a clean report
     */
    public boolean isClean() {
        SchemaReport r = report();
        return r.unmappedFields().isEmpty() && r.unmappedArguments().isEmpty() && r.unmappedRegistrations().isEmpty()
                && r.skippedTypes().isEmpty() && r.fieldNullnessErrors().isEmpty()
                && r.argumentNullnessErrors().isEmpty();
    }
}
