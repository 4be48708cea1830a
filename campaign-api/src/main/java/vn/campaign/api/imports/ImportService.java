package vn.campaign.api.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.campaign.core.access.AccessPolicy;
import vn.campaign.core.application.CampaignPlatform;
import vn.campaign.core.audit.AuditAction;
import vn.campaign.core.audit.AuditEntry;
import vn.campaign.core.campaign.Campaign;
import vn.campaign.core.campaign.CampaignCode;
import vn.campaign.core.rule.Violation;
import vn.campaign.importer.report.FileError;
import vn.campaign.importer.report.FileReport;
import vn.campaign.importer.report.ImportReport;
import vn.campaign.importer.run.ImportListener;
import vn.campaign.importer.run.ImportRunner;
import vn.campaign.importer.sheet.ReadOptions;
import vn.campaign.importer.source.FileSniffer;
import vn.campaign.importer.source.FileType;
import vn.campaign.importer.source.UnreadableFileException;

/**
 * Runs the import of one uploaded file and records it in the history.
 *
 * <p>Only a caller the core lets import files ({@code AccessPolicy.importFiles}: the city) may run one.
 * The importer library reads the file (its type told by its first bytes) and maps every row; the core's
 * registration service of the API's {@link CampaignPlatform}, acting for the caller, stores the valid rows
 * by natural key, so that importing a file again adds nothing. The run is recorded {@code RUNNING} before the file is read
 * (and so before any row is stored), then {@code COMPLETED}, or {@code FAILED} when the file cannot be read
 * — in which case nothing of it was stored. A failure of the store in the middle records it
 * {@code INTERRUPTED} and is thrown on. A committing run that completes also leaves an {@code IMPORT} entry
 * in the core's audit trail, next to the entries of the rows it stored.
 */
public final class ImportService {

    private static final Logger LOG = LoggerFactory.getLogger(ImportService.class);

    private final CampaignPlatform platform;
    private final ImportRuns history;
    private final ReadOptions options;
    private final Clock clock;

    /**
     * A service over the platform and the history.
     *
     * @param platform the platform whose registration service stores the rows
     * @param history  the history of imports
     * @param options  how files are read, including the largest file accepted
     * @param clock    the clock that stamps the runs
     */
    public ImportService(CampaignPlatform platform, ImportRuns history, ReadOptions options, Clock clock) {
        this.platform = Objects.requireNonNull(platform, "platform");
        this.history = Objects.requireNonNull(history, "history");
        this.options = Objects.requireNonNull(options, "options");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * The largest file this service reads.
     *
     * @return the size limit in bytes
     */
    public long maxFileBytes() {
        return options.limits().maxFileBytes();
    }

    /**
     * Imports an uploaded file.
     *
     * @param upload the file, its campaign and whether to store
     * @return the report and the run as recorded, or why nothing was read
     * @throws UncheckedIOException when the uploaded bytes cannot be read back for hashing
     */
    public ImportOutcome run(Upload upload) {
        Objects.requireNonNull(upload, "upload");
        List<Violation> refused = AccessPolicy.importFiles(upload.caller());
        if (!refused.isEmpty()) {
            return new ImportOutcome.Refused(refused);
        }
        ImportRunner runner = runner(upload);
        Optional<Campaign> campaign = CampaignCode.isWellFormed(upload.campaign())
                ? platform.campaigns().findByCode(new CampaignCode(upload.campaign())) : Optional.empty();
        if (campaign.isEmpty()) {
            // the importer's own answer to an unknown campaign: a failed file that names it
            FileReport unknown = runner.importFile(upload.content(), upload.fileName(), upload.campaign(),
                    ImportListener.NONE);
            return new ImportOutcome.CampaignUnknown(report(upload, unknown),
                    Objects.requireNonNull(unknown.error(), "an unknown campaign fails the file"));
        }
        Import run = Import.started(upload.fileName(), sha256(upload.content()), campaign.get().code(),
                upload.dryRun(), format(upload.content()), clock.instant(), upload.caller().subject(),
                history.instance());
        history.add(run);
        LOG.info("Import {}: {} for {}{} started", run.id(), run.fileName(), run.campaign().value(),
                run.dryRun() ? " (dry run)" : "");
        FileReport file;
        try {
            file = runner.importFile(upload.content(), upload.fileName(), upload.campaign(), ImportListener.NONE);
        } catch (RuntimeException e) {
            history.replace(run.interrupted(clock.instant()));
            LOG.error("Import {}: {} interrupted", run.id(), run.fileName(), e);
            throw e;
        }
        Import finished = run.finished(file, clock.instant());
        history.replace(finished);
        if (!finished.dryRun() && finished.status() == ImportRunStatus.COMPLETED) {
            platform.auditLog().append(auditEntry(finished));
        }
        LOG.info("Import {}: {} {} — {}", run.id(), run.fileName(), finished.status(), finished.counts());
        ImportReport report = report(upload, file);
        FileError error = file.error();
        return error == null ? new ImportOutcome.Read(report, finished)
                : new ImportOutcome.Unreadable(report, finished, error);
    }

    /**
     * The one place where an import obtains the core's registration service, through the importer's runner
     * ({@code platform.registrationService()}), acting for the caller: the core's access policy checks every
     * row, and its audit trail names the caller.
     */
    private ImportRunner runner(Upload upload) {
        ImportRunner runner = upload.dryRun() ? ImportRunner.dryRun(platform, options)
                : ImportRunner.writingTo(platform, options);
        return runner.as(upload.caller());
    }

    /** The audit trail's record of a committing run that completed; its rows have entries of their own. */
    private static AuditEntry auditEntry(Import run) {
        ImportCounts counts = Objects.requireNonNull(run.counts(), "a completed run has counts");
        Map<String, String> after = new LinkedHashMap<>();
        after.put("fileName", run.fileName());
        after.put("contentHash", run.contentHash());
        after.put("campaign", run.campaign().value());
        after.put("status", run.status().name());
        if (run.format() != null) {
            after.put("format", run.format().name());
        }
        after.put("read", Integer.toString(counts.read()));
        after.put("imported", Integer.toString(counts.imported()));
        after.put("updated", Integer.toString(counts.updated()));
        after.put("unchanged", Integer.toString(counts.unchanged()));
        after.put("conflicts", Integer.toString(counts.conflicts()));
        after.put("rejected", Integer.toString(counts.rejected()));
        after.put("skipped", Integer.toString(counts.skipped()));
        return new AuditEntry(Objects.requireNonNull(run.finishedAt(), "a completed run has an end"), run.by(),
                AuditAction.IMPORT, ImportGraphQlController.TYPE, run.id(), null, after);
    }

    private static ImportReport report(Upload upload, FileReport file) {
        return new ImportReport(upload.campaign(), upload.dryRun(), List.of(file));
    }

    private static @Nullable FileType format(Path content) {
        try {
            return FileSniffer.sniff(content);
        } catch (UnreadableFileException e) {
            return null;
        }
    }

    /**
     * The SHA-256 of a file's bytes.
     *
     * @param file the file
     * @return 64 lower-case hexadecimal digits
     * @throws UncheckedIOException when the file cannot be read
     */
    static String sha256(Path file) {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = Files.newInputStream(file)) {
            int read;
            while ((read = in.read(buffer)) >= 0) {
                digest.update(buffer, 0, read);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the upload could not be read back for hashing: " + e.getMessage(), e);
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
