package vn.campaign.api.imports.mongo;

import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.mapping.FieldType;
import org.springframework.data.mongodb.core.mapping.MongoId;

/**
 * A run of an import as stored in the {@code imports} collection: one document per run, inserted when it
 * starts and replaced whole when it ends.
 *
 * @param id          the run's id (a UUID)
 * @param fileName    the name the file was uploaded under
 * @param contentHash the SHA-256 of its bytes, hexadecimal
 * @param campaign    the campaign's code
 * @param dryRun      whether the rows were only checked
 * @param format      {@code XLSX}, {@code XLS} or {@code CSV}, or absent
 * @param status      the name of the run's status
 * @param startedAt   when it started: ISO-8601 in UTC with nine fraction digits, so that the text sorts like
 *                    the instant
 * @param finishedAt  when it ended, in the same form, or absent
 * @param counts      what became of the rows, or absent
 * @param by          who ran it
 * @param instance    the id of the process that ran it
 */
@Document(ImportDocument.COLLECTION)
public record ImportDocument(@MongoId(FieldType.STRING) String id, String fileName, String contentHash,
        String campaign, boolean dryRun, @Nullable String format, String status, String startedAt,
        @Nullable String finishedAt, @Nullable CountsDocument counts, String by, String instance) {

    /** The collection's name. */
    public static final String COLLECTION = "imports";

    /** Validates the document. */
    public ImportDocument {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(contentHash, "contentHash");
        Objects.requireNonNull(campaign, "campaign");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(instance, "instance");
    }

    /**
     * The counts of a finished run, embedded in its document.
     *
     * @param read      data rows read
     * @param imported  rows stored as new
     * @param updated   rows that changed a stored registration
     * @param unchanged rows already stored so
     * @param rejected  rows not stored
     * @param skipped   rows that hold no registration
     * @param conflicts rows of an exported file in conflict with a later change, not stored; {@code null}
     *                  (none) in documents written before conflicts were counted
     */
    public record CountsDocument(int read, int imported, int updated, int unchanged, int rejected, int skipped,
            @Nullable Integer conflicts) {

        /**
         * The counts of a run without conflicts.
         *
         * @param read      data rows read
         * @param imported  rows stored as new
         * @param updated   rows that changed a stored registration
         * @param unchanged rows already stored so
         * @param rejected  rows not stored
         * @param skipped   rows that hold no registration
         */
        public CountsDocument(int read, int imported, int updated, int unchanged, int rejected, int skipped) {
            this(read, imported, updated, unchanged, rejected, skipped, 0);
        }
    }
}
