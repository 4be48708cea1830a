package vn.campaign.importer.layouts;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.campaign.core.application.CampaignPlatform;
import vn.campaign.core.rule.Severity;
import vn.campaign.core.unit.HaTinhCity;
import vn.campaign.core.unit.Unit;
import vn.campaign.importer.report.Counts;
import vn.campaign.importer.report.FileReport;
import vn.campaign.importer.run.ImportListener;
import vn.campaign.importer.run.ImportRunner;

/**
 * The seeded corpus of {@link LayoutGenerator}: every file extracts exactly the registrations a person reads
 * off it, with no rejected row, and its counts add up.
 */
class GeneratedLayoutsTest {

    /** How many files the corpus holds. */
    static final int FILES = 300;

    private static final Map<String, String> UNIT_NAMES = HaTinhCity.units().stream()
            .collect(Collectors.toMap(u -> u.code().value(), Unit::name, (a, b) -> b));

    @TempDir
    Path dir;

    @Test
    void everyGeneratedWorkbookAndCsvFileExtractsExactlyWithoutPhantomRejections() {
        List<String> failures = new ArrayList<>();
        int registrations = 0;
        // one dry run for the corpus: names carry their seed, so no file's registration meets another's
        ImportRunner runner = ImportRunner.dryRun(CampaignPlatform.inMemory(Clock.systemUTC()));
        java.util.Set<String> quirks = new java.util.TreeSet<>();
        for (int seed = 0; seed < FILES; seed++) {
            LayoutGenerator.Generated generated = LayoutGenerator.generate(seed, dir);
            quirks.addAll(List.of(generated.description().split(", ")));
            FileReport report = runner.importFile(
                    generated.file(), String.valueOf(generated.file().getFileName()), "CT32-2022", ImportListener.NONE);
            List<String> works = report.works().stream().map(w -> UNIT_NAMES.get(w.unitCode()) + " | " + w.name()
                    + " | " + w.kind() + " | " + w.plannedOn() + " | " + w.investmentVnd()).toList();
            List<String> events = report.events().stream().map(e -> UNIT_NAMES.get(e.unitCode()) + " | " + e.name()
                    + " | " + e.kind() + " | " + e.startsOn() + " | " + e.endsOn()).toList();
            int expected = generated.works().size() + generated.events().size();
            Counts counts = report.counts();
            registrations += expected;
            boolean exact = report.error() == null && works.equals(generated.works()) && events.equals(generated.events())
                    && counts.read() == expected && counts.imported() == expected && counts.rejected() == 0
                    && counts.imported() + counts.unchanged() + counts.updated() + counts.rejected() == counts.read()
                    && report.issues().stream().noneMatch(i -> i.severity() == Severity.ERROR);
            if (!exact) {
                failures.add(generated.file().getFileName() + " (" + generated.description() + "):\n  expected "
                        + generated.works() + generated.events() + "\n  got " + works + events + "\n  " + counts
                        + (report.error() == null ? "" : "\n  " + report.error().message()) + "\n  "
                        + report.issues().stream().filter(i -> i.severity() == Severity.ERROR)
                                .map(i -> i.row() + " " + i.code() + " " + i.message().en()).toList());
            }
        }

        assertThat(failures).as("files that did not extract exactly").isEmpty();
        assertThat(quirks).as("the quirks the corpus combines").containsAll(List.of("XLSX", "XLS", "CSV", "works",
                "events", "COLUMN", "GROUPS", "TITLE", "SHEET_NAME", "FILE_NAME", "UNICODE", "TCVN3", "VNI", "depth 1",
                "depth 2", "depth 3", "depth 4", "numbering row", "hidden row", "pivot sheet", "title"));
        assertThat(registrations).as("registrations in the corpus").isGreaterThan(FILES);
    }
}
