package vn.campaign.importer.run;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import vn.campaign.core.access.Actor;
import vn.campaign.core.application.CampaignPlatform;
import vn.campaign.core.application.RegistrationService;
import vn.campaign.core.campaign.Campaign;
import vn.campaign.core.campaign.CampaignCode;
import vn.campaign.core.campaign.Campaigns;
import vn.campaign.core.registration.Registrations;
import vn.campaign.core.rule.RegistrationRules;
import vn.campaign.core.rule.RuleCode;
import vn.campaign.core.unit.Units;
import vn.campaign.importer.mapping.RowMapper;
import vn.campaign.importer.report.FileError;
import vn.campaign.importer.report.FileReport;
import vn.campaign.importer.report.ImportReport;
import vn.campaign.importer.sheet.ReadOptions;
import vn.campaign.importer.sheet.UnitNames;

/**
 * Imports spreadsheet files of works and events into a campaign.
 *
 * <p>For each file: read every sheet and map every data row (unit resolved, values parsed); if the file
 * cannot be read at all, nothing of it is stored and the report says where reading stopped. Otherwise
 * every row that mapped is written through the core's
 * {@code RegistrationService.registerOrUpdateWork/Event}: a new natural key (campaign + unit + folded
 * name) is imported, a known one with other details updated, a known one with the same details left
 * unchanged; the core's rule violations become issues of the row with the core's codes. A row of a file
 * the platform exported, which carries its registration's system id and version, goes instead to
 * {@code RegistrationService.updateIfChanged} for the registration that id names: unchanged, updated, or a
 * conflict when that registration changed after the export. Every data row ends up counted as imported,
 * updated, unchanged, in conflict or rejected, and every other row as skipped with its reason.
 *
 * <pre>{@code
 * // the API, for an upload:
 * ImportReport report = ImportRunner.writingTo(platform).importStream("cong-trinh.xlsx", upload, "CT32-2022");
 * // the command line with --dry-run:
 * ImportReport checked = ImportRunner.dryRun(CampaignPlatform.inMemory(clock))
 *         .importFiles(List.of(Path.of("cong-trinh.xlsx")), "CT32-2022", ImportListener.NONE);
 * }</pre>
 *
 * <p>Thread-safe: files may be imported concurrently by one runner; a dry-run runner keeps the writes of
 * all its calls, so that a later file sees the rows of an earlier one as a real import would.
 */
public final class ImportRunner {

    /**
     * The campaign the rows register for when the caller names none (the command line without
     * {@code --campaign}, an upload without its {@code campaign} field): Directive 32's.
     */
    public static final String DEFAULT_CAMPAIGN = "CT32-2022";

    private final Campaigns campaigns;
    private final Units units;
    private final Registrations registrations;
    private final RegistrationService service;
    private final ReadOptions options;
    private final boolean dryRun;

    private ImportRunner(Campaigns campaigns, Units units, Registrations registrations, RegistrationService service,
            ReadOptions options, boolean dryRun) {
        this.campaigns = Objects.requireNonNull(campaigns, "campaigns");
        this.units = Objects.requireNonNull(units, "units");
        this.registrations = Objects.requireNonNull(registrations, "registrations");
        this.service = Objects.requireNonNull(service, "service");
        this.options = Objects.requireNonNull(options, "options");
        this.dryRun = dryRun;
    }

    /**
     * A runner that stores the rows in a platform.
     *
     * @param platform the platform whose registration service stores the rows
     * @return the runner, with the default read options
     */
    public static ImportRunner writingTo(CampaignPlatform platform) {
        return writingTo(platform, ReadOptions.defaults());
    }

    /**
     * A runner that stores the rows in a platform.
     *
     * @param platform the platform whose registration service stores the rows
     * @param options  limits and column overrides for reading
     * @return the runner
     */
    public static ImportRunner writingTo(CampaignPlatform platform, ReadOptions options) {
        Objects.requireNonNull(platform, "platform");
        return new ImportRunner(platform.campaigns(), platform.units(), platform.registrations(),
                platform.registrationService(), options, false);
    }

    /**
     * A runner that checks the rows against the core's rules over a platform's campaigns, units and
     * registrations, and stores nothing in it: the report says what a real import would have done.
     *
     * @param platform the platform to check against, for instance {@code CampaignPlatform.inMemory(clock)}
     * @return the runner, with the default read options
     */
    public static ImportRunner dryRun(CampaignPlatform platform) {
        return dryRun(platform, ReadOptions.defaults());
    }

    /**
     * A runner that checks the rows against the core's rules over a platform's campaigns, units and
     * registrations, and stores nothing in it.
     *
     * <p>The rows go through a registration service with the core's standard rules, written to an overlay
     * over the platform's registrations: reads see the platform's registrations and the rows already
     * checked, writes stay in the overlay, which is indexed by id and natural key so that each row costs a
     * few hash lookups however large the file.
     *
     * @param platform the platform to check against
     * @param options  limits and column overrides for reading
     * @return the runner
     */
    public static ImportRunner dryRun(CampaignPlatform platform, ReadOptions options) {
        Objects.requireNonNull(platform, "platform");
        DryRunRegistrations overlay = new DryRunRegistrations(platform.registrations());
        RegistrationService service = new RegistrationService(platform.campaigns(), platform.units(), overlay,
                RegistrationRules.standard());
        return new ImportRunner(platform.campaigns(), platform.units(), overlay, service, options, true);
    }

    /**
     * The same runner writing on behalf of a caller: every row is first checked against the core's access
     * policy, and a row the caller may not register is rejected with the core's code (UNAUTHORIZED,
     * FORBIDDEN). A runner made by {@link #writingTo} or {@link #dryRun} acts for the trusted program.
     *
     * @param caller who imports
     * @return the runner acting for them; a dry run keeps its overlay
     */
    public ImportRunner as(Actor caller) {
        Objects.requireNonNull(caller, "caller");
        return new ImportRunner(campaigns, units, registrations, service.as(caller), options, dryRun);
    }

    /**
     * Whether this runner stores nothing.
     *
     * @return {@code true} for a dry run
     */
    public boolean isDryRun() {
        return dryRun;
    }

    /**
     * Imports files one after the other.
     *
     * @param files        the files
     * @param campaignCode the campaign the rows register for
     * @param listener     follows the progress
     * @return the report, one entry per file in the order given
     */
    public ImportReport importFiles(List<Path> files, String campaignCode, ImportListener listener) {
        Objects.requireNonNull(files, "files");
        List<FileReport> reports = new ArrayList<>();
        for (Path file : files) {
            reports.add(importFile(file, String.valueOf(file.getFileName()), campaignCode, listener));
        }
        return new ImportReport(campaignCode, dryRun, reports);
    }

    /**
     * Imports one uploaded file.
     *
     * @param fileName     the name it was uploaded under, used in the report and messages
     * @param content      its bytes; read to the end (at most one byte beyond the size limit) but not closed
     * @param campaignCode the campaign the rows register for
     * @return the report of that one file
     */
    public ImportReport importStream(String fileName, InputStream content, String campaignCode) {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(content, "content");
        Path temporary = null;
        try {
            temporary = Files.createTempFile("campaign-import-", ".upload");
            try (OutputStream out = Files.newOutputStream(temporary)) {
                copy(content, out, options.limits().maxFileBytes() + 1);
            }
            return new ImportReport(campaignCode, dryRun,
                    List.of(importFile(temporary, fileName, campaignCode, ImportListener.NONE)));
        } catch (IOException e) {
            FileReport failed = FileReport.failed(fileName, null,
                    FileError.of("IO_ERROR", fileName + ": the upload could not be stored for reading: " + e.getMessage()),
                    List.of(), 0);
            return new ImportReport(campaignCode, dryRun, List.of(failed));
        } finally {
            if (temporary != null) {
                try {
                    Files.deleteIfExists(temporary);
                } catch (IOException e) {
                    temporary.toFile().deleteOnExit();
                }
            }
        }
    }

    /**
     * Imports one uploaded file given as bytes.
     *
     * @param fileName     the name it was uploaded under
     * @param content      its bytes
     * @param campaignCode the campaign the rows register for
     * @return the report of that one file
     */
    public ImportReport importBytes(String fileName, byte[] content, String campaignCode) {
        Objects.requireNonNull(content, "content");
        return importStream(fileName, new java.io.ByteArrayInputStream(content), campaignCode);
    }

    /**
     * Imports one file.
     *
     * @param file         the file
     * @param displayName  the name used in the report and messages
     * @param campaignCode the campaign the rows register for
     * @param listener     follows the progress
     * @return the report of the file
     */
    public FileReport importFile(Path file, String displayName, String campaignCode, ImportListener listener) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(campaignCode, "campaignCode");
        Objects.requireNonNull(listener, "listener");
        Optional<Campaign> campaign = CampaignCode.isWellFormed(campaignCode)
                ? campaigns.findByCode(new CampaignCode(campaignCode)) : Optional.empty();
        if (campaign.isEmpty()) {
            FileReport failed = FileReport.failed(displayName, null, FileError.of(RuleCode.CAMPAIGN_UNKNOWN.name(),
                    displayName + ": " + RuleCode.CAMPAIGN_UNKNOWN.message(campaignCode).en()), List.of(), 0);
            listener.fileFinished(failed);
            return failed;
        }
        RowMapper mapper = RowMapper.forCampaign(campaign.get(), units);
        ReadOptions read = options.withUnitNames(UnitNames.of(units.findValidDuring(campaign.get().period())));
        vn.campaign.core.time.Period period = campaign.get().period();
        Integer year = period.startsOn().getYear() == period.endsOn().getYear() ? period.startsOn().getYear() : null;
        return new FileImport(displayName, mapper, service, registrations, listener, year).run(file, read);
    }

    private static void copy(InputStream in, OutputStream out, long max) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long copied = 0;
        int read;
        while (copied < max && (read = in.read(buffer, 0, (int) Math.min(buffer.length, max - copied))) >= 0) {
            out.write(buffer, 0, read);
            copied += read;
        }
    }
}
