package vn.campaign.importer.report;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import vn.campaign.importer.issue.Issue;

/**
 * The report of one file.
 *
 * @param file           the file name, as given
 * @param format         {@code XLSX}, {@code XLS} or {@code CSV}, told by the file's first bytes;
 *                       {@code null} when not even that could be told
 * @param error          why nothing of the file was stored, or {@code null} when it was read
 * @param counts         what became of its rows
 * @param sheets         what was found in each sheet
 * @param works          the works stored, in row order
 * @param events         the events stored, in row order
 * @param issues         every issue, in row order
 * @param durationMillis how long reading and storing took
 */
public record FileReport(String file, @Nullable String format, @Nullable FileError error, Counts counts,
        List<SheetReport> sheets, List<WorkLine> works, List<EventLine> events, List<Issue> issues,
        long durationMillis) {

    /**
     * Checks the values and copies the lists.
     *
     * @param file the file name, as given
     * @param format {@code XLSX}, {@code XLS} or {@code CSV}, told by the file's first bytes; {@code null} when not even that could be told
     * @param error why nothing of the file was stored, or {@code null} when it was read
     * @param counts what became of its rows
     * @param sheets what was found in each sheet
     * @param works the works stored, in row order
     * @param events the events stored, in row order
     * @param issues every issue, in row order
     * @param durationMillis how long reading and storing took
     */
    public FileReport {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(counts, "counts");
        sheets = List.copyOf(sheets);
        works = List.copyOf(works);
        events = List.copyOf(events);
        issues = List.copyOf(issues);
        if (error != null && counts.stored() > 0) {
            throw new IllegalArgumentException("a file that failed stores nothing, but " + counts.stored()
                    + " rows are counted as stored");
        }
        if (durationMillis < 0) {
            throw new IllegalArgumentException("durationMillis must not be negative, was " + durationMillis);
        }
    }

    /**
     * The report of a file of which nothing was stored.
     *
     * @param file           the file name
     * @param format         the format, if known
     * @param error          why
     * @param sheets         the sheets read before reading stopped
     * @param durationMillis how long it took
     * @return the report
     */
    public static FileReport failed(String file, @Nullable String format, FileError error, List<SheetReport> sheets,
            long durationMillis) {
        return new FileReport(file, format, error, Counts.none(), sheets, List.of(), List.of(), List.of(),
                durationMillis);
    }

    /**
     * How the import of this file went.
     *
     * @return FILE_FAILED with an error, ROWS_REJECTED when rows were rejected or in conflict (not stored),
     *         otherwise COMPLETE
     */
    public ImportStatus status() {
        if (error != null) {
            return ImportStatus.FILE_FAILED;
        }
        return counts.rejected() + counts.conflicts() > 0 ? ImportStatus.ROWS_REJECTED : ImportStatus.COMPLETE;
    }
}
