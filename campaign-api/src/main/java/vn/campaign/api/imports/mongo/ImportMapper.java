package vn.campaign.api.imports.mongo;

import vn.campaign.api.imports.Import;
import vn.campaign.api.imports.ImportCounts;
import vn.campaign.api.imports.ImportRunStatus;
import vn.campaign.api.platform.SortableInstant;
import vn.campaign.core.campaign.CampaignCode;
import vn.campaign.importer.source.FileType;

/** Maps runs of imports to and from their documents. */
public final class ImportMapper {

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
                run.format() == null ? null : run.format().name(), run.status().name(),
                SortableInstant.text(run.startedAt()),
                run.finishedAt() == null ? null : SortableInstant.text(run.finishedAt()),
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
                SortableInstant.parse(doc.startedAt()),
                doc.finishedAt() == null ? null : SortableInstant.parse(doc.finishedAt()),
                c == null ? null : new ImportCounts(c.read(), c.imported(), c.updated(), c.unchanged(),
                        c.conflicts() == null ? 0 : c.conflicts(), c.rejected(), c.skipped()),
                doc.by(), doc.instance());
    }
}
