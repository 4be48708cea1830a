package vn.campaign.importer.run;

import vn.campaign.importer.report.FileReport;

/**
 * Follows an import as it goes, for a progress display. Every method does nothing by default; calls
 * come from the thread that runs the import.
 */
public interface ImportListener {

    /** A listener that ignores everything. */
    ImportListener NONE = new ImportListener() {
    };

    /**
     * A file is about to be read.
     *
     * @param file the file name
     */
    default void fileStarted(String file) {
    }

    /**
     * More rows of the file were read (called every few hundred rows and at the end of reading).
     *
     * @param file     the file name
     * @param dataRows the data rows read so far
     */
    default void rowsRead(String file, int dataRows) {
    }

    /**
     * More rows of the file were written (called every few hundred rows and at the end).
     *
     * @param file  the file name
     * @param done  the rows written or rejected so far
     * @param total the rows to write
     */
    default void rowsStored(String file, int done, int total) {
    }

    /**
     * A file is finished.
     *
     * @param report what became of it
     */
    default void fileFinished(FileReport report) {
    }
}
