package vn.campaign.api.imports;

import java.util.List;
import java.util.Objects;

import vn.campaign.core.rule.Violation;
import vn.campaign.importer.report.FileError;
import vn.campaign.importer.report.ImportReport;

/**
 * What became of an upload: read (and its rows stored or reported), unreadable, for an unknown campaign, or
 * refused to the caller.
 */
public sealed interface ImportOutcome {

    /**
     * The file was read: its valid rows were stored (or checked, for a dry run) and the others reported.
     *
     * @param report the report
     * @param run    the run as recorded, {@code COMPLETED}
     */
    record Read(ImportReport report, Import run) implements ImportOutcome {
        /** Validates the outcome. */
        public Read {
            Objects.requireNonNull(report, "report");
            Objects.requireNonNull(run, "run");
        }
    }

    /**
     * The file could not be read; nothing of it was stored.
     *
     * @param report the report, whose file carries the error
     * @param run    the run as recorded, {@code FAILED}
     * @param error  why, naming file, sheet, row and column where they apply
     */
    record Unreadable(ImportReport report, Import run, FileError error) implements ImportOutcome {
        /** Validates the outcome. */
        public Unreadable {
            Objects.requireNonNull(report, "report");
            Objects.requireNonNull(run, "run");
            Objects.requireNonNull(error, "error");
        }
    }

    /**
     * The campaign named is unknown: nothing was read, stored or recorded.
     *
     * @param report the report, whose file carries the error {@code CAMPAIGN_UNKNOWN}
     * @param error  the error
     */
    record CampaignUnknown(ImportReport report, FileError error) implements ImportOutcome {
        /** Validates the outcome. */
        public CampaignUnknown {
            Objects.requireNonNull(report, "report");
            Objects.requireNonNull(error, "error");
        }
    }

    /**
     * The caller may not import files (the core's {@code AccessPolicy.importFiles}): nothing was read,
     * stored or recorded.
     *
     * @param violations the core's {@code UNAUTHORIZED} or {@code FORBIDDEN} violation
     */
    record Refused(List<Violation> violations) implements ImportOutcome {
        /** Validates the outcome and copies the list. */
        public Refused {
            violations = List.copyOf(violations);
            if (violations.isEmpty()) {
                throw new IllegalArgumentException("a refusal names at least one violation");
            }
        }
    }
}
