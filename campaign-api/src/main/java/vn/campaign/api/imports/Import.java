package vn.campaign.api.imports;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import vn.campaign.core.campaign.CampaignCode;
import vn.campaign.importer.report.FileReport;
import vn.campaign.importer.source.FileType;

/**
 * One run of an import: which file, for which campaign, when, by whom, and how it ended. The GraphQL type
 * {@code Import} (found by this class's simple name).
 *
 * <p>A run starts {@link ImportRunStatus#RUNNING} ({@link #started}); it becomes
 * {@link ImportRunStatus#COMPLETED} or {@link ImportRunStatus#FAILED} with the counts of the report
 * ({@link #finished}), or {@link ImportRunStatus#INTERRUPTED} when it stops before its end
 * ({@link #interrupted}).
 *
 * @param id          a random UUID
 * @param fileName    the name the file was uploaded under
 * @param contentHash the SHA-256 of the file's bytes, 64 lower-case hexadecimal digits
 * @param campaign    the campaign the rows were registered for
 * @param dryRun      whether the rows were only checked, storing nothing
 * @param format      the file's type told by its first bytes, or {@code null} when they are no spreadsheet's
 * @param status      where the run stands
 * @param startedAt   when it started
 * @param finishedAt  when it ended; {@code null} while running, and for a run whose process died
 * @param counts      what became of the rows; {@code null} until the run completes or fails
 * @param by          who ran it: the caller's subject ({@code Actor.subject()})
 * @param instance    the id of the process that ran it ({@link ImportInstance})
 */
public record Import(String id, String fileName, String contentHash, CampaignCode campaign, boolean dryRun,
        @Nullable FileType format, ImportRunStatus status, Instant startedAt, @Nullable Instant finishedAt,
        @Nullable ImportCounts counts, String by, String instance) {

    /** The longest file name kept; longer names are cut (browsers and file systems rarely allow more). */
    public static final int MAX_FILE_NAME = 255;

    private static final Pattern UUID_TEXT =
            Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final Pattern SHA_256_HEX = Pattern.compile("[0-9a-f]{64}");

    /**
     * Validates the run.
     *
     * @throws IllegalArgumentException when a value is malformed or the status does not fit the end time
     *                                  and counts
     */
    public Import {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(contentHash, "contentHash");
        Objects.requireNonNull(campaign, "campaign");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(instance, "instance");
        if (!isUuid(id)) {
            throw new IllegalArgumentException("an import id must be a lower-case UUID, was '" + id + "'");
        }
        if (fileName.isBlank() || fileName.length() > MAX_FILE_NAME) {
            throw new IllegalArgumentException("fileName must be 1 to " + MAX_FILE_NAME + " characters and not blank, was '"
                    + fileName + "'");
        }
        if (!SHA_256_HEX.matcher(contentHash).matches()) {
            throw new IllegalArgumentException("contentHash must be 64 lower-case hexadecimal digits, was '"
                    + contentHash + "'");
        }
        if (finishedAt != null && finishedAt.isBefore(startedAt)) {
            throw new IllegalArgumentException("an import cannot finish (" + finishedAt + ") before it started ("
                    + startedAt + ")");
        }
        switch (status) {
            case RUNNING -> {
                if (finishedAt != null || counts != null) {
                    throw new IllegalArgumentException("a RUNNING import has no end time and no counts yet");
                }
            }
            case COMPLETED, FAILED -> {
                if (finishedAt == null || counts == null) {
                    throw new IllegalArgumentException("a " + status + " import needs its end time and counts");
                }
            }
            case INTERRUPTED -> {
                if (counts != null) {
                    throw new IllegalArgumentException("an INTERRUPTED import has no counts: its report was never made");
                }
            }
        }
        if (status == ImportRunStatus.FAILED && counts != null && counts.read() > 0) {
            throw new IllegalArgumentException("a FAILED import stored nothing, but " + counts.read()
                    + " rows are counted as read");
        }
        if (by.isBlank()) {
            throw new IllegalArgumentException("by must name who ran the import, was blank");
        }
    }

    /**
     * A run that starts now.
     *
     * @param fileName    the name the file was uploaded under; cut to {@value #MAX_FILE_NAME} characters
     * @param contentHash the SHA-256 of its bytes in hexadecimal
     * @param campaign    the campaign
     * @param dryRun      whether the rows are only checked
     * @param format      the file's type, if its first bytes tell one
     * @param startedAt   the time
     * @param by          who runs it
     * @param instance    the process running it
     * @return a {@code RUNNING} run with a new id
     */
    public static Import started(String fileName, String contentHash, CampaignCode campaign, boolean dryRun,
            @Nullable FileType format, Instant startedAt, String by, ImportInstance instance) {
        Objects.requireNonNull(fileName, "fileName");
        String name = fileName.length() > MAX_FILE_NAME ? fileName.substring(0, MAX_FILE_NAME) : fileName;
        return new Import(UUID.randomUUID().toString(), name, contentHash, campaign, dryRun, format,
                ImportRunStatus.RUNNING, startedAt, null, null, by, instance.id());
    }

    /**
     * This run ended with a report: {@code FAILED} when the file could not be read, otherwise
     * {@code COMPLETED}, with the report's counts and format.
     *
     * @param report     the report of the file
     * @param finishedAt the time
     * @return the finished run
     */
    public Import finished(FileReport report, Instant finishedAt) {
        Objects.requireNonNull(report, "report");
        ImportRunStatus end = report.error() == null ? ImportRunStatus.COMPLETED : ImportRunStatus.FAILED;
        FileType told = report.format() == null ? format : FileType.valueOf(report.format());
        return new Import(id, fileName, contentHash, campaign, dryRun, told, end, startedAt, finishedAt,
                ImportCounts.of(report.counts()), by, instance);
    }

    /**
     * This run stopped before its end.
     *
     * @param stoppedAt when, if known; {@code null} for a run whose process died
     * @return the interrupted run
     */
    public Import interrupted(@Nullable Instant stoppedAt) {
        return new Import(id, fileName, contentHash, campaign, dryRun, format, ImportRunStatus.INTERRUPTED, startedAt,
                stoppedAt, null, by, instance);
    }

    /**
     * This run as a process sees it: a run lives inside the request of the process that started it, and the
     * service runs one process per store, so a {@code RUNNING} run of another process cannot be going on
     * and is shown {@code INTERRUPTED}.
     *
     * @param current the process asking
     * @return this run, or this run interrupted
     */
    public Import asSeenFrom(ImportInstance current) {
        return status == ImportRunStatus.RUNNING && !instance.equals(current.id()) ? interrupted(null) : this;
    }

    /**
     * Tells whether a text is a lower-case UUID.
     *
     * @param text a text
     * @return {@code true} for a UUID such as {@code 0b9c…-…}
     */
    public static boolean isUuid(String text) {
        return UUID_TEXT.matcher(text).matches();
    }
}
