package vn.campaign.importer.run;

import java.util.LinkedHashMap;
import java.util.Map;
import vn.campaign.importer.report.ColumnChoice;
import vn.campaign.importer.report.EncodingChoice;
import vn.campaign.importer.report.SheetReport;
import vn.campaign.importer.report.UnmappedColumn;
import vn.campaign.importer.sheet.HeaderRows;
import vn.campaign.importer.sheet.SheetLayout;
import vn.campaign.importer.sheet.SheetSummary;
import vn.campaign.importer.sheet.SkipReason;

/** Turns what the reader found in a sheet into the report's terms. */
final class SheetReports {

    private SheetReports() {
    }

    static SheetReport of(SheetSummary summary) {
        SheetLayout layout = summary.layout();
        HeaderRows header = layout.header();
        Map<String, Integer> skipped = new LinkedHashMap<>();
        for (Map.Entry<SkipReason, Integer> entry : summary.skippedRows().entrySet()) {
            skipped.put(entry.getKey().name(), entry.getValue());
        }
        return new SheetReport(layout.sheet(), layout.index(), layout.hidden(), layout.kind().name(),
                layout.kindEvidence(), header == null ? null : header.firstRow(), header == null ? null : header.lastRow(),
                layout.mapping().columns().stream()
                        .map(c -> new ColumnChoice(c.field().name(), c.letter(), c.header(), c.source().name()))
                        .toList(),
                layout.unmappedColumns().stream().map(c -> new UnmappedColumn(c.letter(), c.text(), c.hidden())).toList(),
                summary.encodings().stream().map(e -> new EncodingChoice(e.scope(), e.encoding().name(), e.cells(),
                        e.firstCell(), e.evidence())).toList(),
                summary.charset(), summary.charsetEvidence(), summary.dataRows(), skipped, summary.formulaCells(),
                summary.lastRow(), layout.notes());
    }
}
