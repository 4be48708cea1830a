package vn.campaign.api.mongo;

import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.mapping.FieldType;
import org.springframework.data.mongodb.core.mapping.MongoId;

/**
 * A progress report as stored in the {@code progressReports} collection. Reports are only ever added.
 *
 * @param id         a random UUID
 * @param campaign   the campaign's code
 * @param target     the target's code
 * @param unit       the reporting unit's code
 * @param reportedOn the day the figure stands for (ISO-8601)
 * @param value      the figure as exact decimal text
 * @param note       an optional note
 * @param recordedAt when it was recorded: ISO-8601 in UTC with nine fraction digits, so that the text sorts
 *                   like the instant
 */
@Document(ProgressReportDocument.COLLECTION)
public record ProgressReportDocument(@MongoId(FieldType.STRING) String id, String campaign, String target,
        String unit, String reportedOn, String value, @Nullable String note, String recordedAt) {

    /** The collection's name. */
    public static final String COLLECTION = "progressReports";

    /** Validates the document. */
    public ProgressReportDocument {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(campaign, "campaign");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(reportedOn, "reportedOn");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(recordedAt, "recordedAt");
    }
}
