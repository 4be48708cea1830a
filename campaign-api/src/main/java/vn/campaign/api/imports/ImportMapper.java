package vn.campaign.api.imports;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import vn.campaign.core.campaign.CampaignCode;
import vn.campaign.importer.source.FileType;

/** Maps runs of imports to and from their documents. */
public final class ImportMapper {

    /** Instants with all nine fraction digits, so that the text sorts like the instant. */
    private static final DateTimeFormatter INSTANT =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSSSS'Z'").withZone(ZoneOffset.UTC);

    private ImportMapper() {
    }

    /**
     * The document of a run.
     *
     * @param run the run
     * @return its document
     */
    public static ImportDocument toDocument(Import run) {
        ImportCounts c = run.counts();
        return new ImportDocument(run.id(), run.fileName(), run.contentHash(), run.campaign().value(), run.dryRun(),
                run.format() == null ? null : run.format().name(), run.status().name(), text(run.startedAt()),
                run.finishedAt() == null ? null : text(run.finishedAt()),
                c == null ? null : new ImportDocument.CountsDocument(c.read(), c.imported(), c.updated(), c.unchanged(),
                        c.rejected(), c.skipped(), c.conflicts()),
                run.by(), run.instance());
    }

    /**
     * The run a document holds.
     *
     * @param doc the document
     * @return the run
     */
    public static Import toDomain(ImportDocument doc) {
        ImportDocument.CountsDocument c = doc.counts();
        return new Import(doc.id(), doc.fileName(), doc.contentHash(), new CampaignCode(doc.campaign()), doc.dryRun(),
                doc.format() == null ? null : FileType.valueOf(doc.format()), ImportRunStatus.valueOf(doc.status()),
                instant(doc.startedAt()), doc.finishedAt() == null ? null : instant(doc.finishedAt()),
                c == null ? null : new ImportCounts(c.read(), c.imported(), c.updated(), c.unchanged(),
                        c.conflicts() == null ? 0 : c.conflicts(), c.rejected(), c.skipped()),
                doc.by(), doc.instance());
    }

    /**
     * The stored text of an instant.
     *
     * @param instant an instant
     * @return ISO-8601 in UTC with nine fraction digits
     */
    static String text(Instant instant) {
        return INSTANT.format(instant);
    }

    /**
     * The instant of a stored text.
     *
     * @param text the text
     * @return the instant
     */
    static Instant instant(String text) {
        return Instant.from(INSTANT.parse(text));
    }
}
