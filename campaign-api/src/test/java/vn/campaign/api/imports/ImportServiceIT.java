package vn.campaign.api.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

import vn.campaign.api.imports.mongo.ImportHistory;
import vn.campaign.api.support.EmbeddedStoreTestBase;
import vn.campaign.core.access.Actor;
import vn.campaign.core.access.Role;
import vn.campaign.core.application.CampaignPlatform;
import vn.campaign.core.audit.AuditAction;
import vn.campaign.core.audit.AuditEntry;
import vn.campaign.core.campaign.Directive32;
import vn.campaign.core.registration.Registration;
import vn.campaign.core.rule.RuleCode;
import vn.campaign.core.rule.Violation;
import vn.campaign.core.unit.UnitCode;
import vn.campaign.importer.report.Counts;

/**
 * The import service acting for its caller: only a caller the core lets import files may run one, and the
 * run and every stored row name that caller.
 */
class ImportServiceIT extends EmbeddedStoreTestBase {

    @Autowired
    private ImportService imports;

    @Autowired
    private ImportHistory history;

    @Autowired
    private CampaignPlatform platform;

    @TempDir
    Path directory;

    private String token;
    private Path file;

    @BeforeEach
    void writeFile() throws IOException {
        token = Spreadsheets.token();
        file = Files.write(directory.resolve("works.xlsx"), Spreadsheets.xlsx(Spreadsheets.works(token, 2)));
    }

    @Test
    void aCityAdministratorsRunIsRecordedUnderTheirNameAndSoIsEveryWorkItStores() {
        Actor admin = new Actor.User("canbo.thanhpho", Role.CITY_ADMIN, null);
        long runsBefore = history.count();

        ImportOutcome outcome = imports.run(new Upload("works.xlsx", file, "CT32-2022", false, admin));

        assertThat(outcome).isInstanceOf(ImportOutcome.Read.class);
        Import run = ((ImportOutcome.Read) outcome).run();
        assertThat(run.by()).isEqualTo("canbo.thanhpho");
        assertThat(history.findById(run.id()).orElseThrow().by()).isEqualTo("canbo.thanhpho");
        assertThat(history.count()).isEqualTo(runsBefore + 1);
        assertThat(((ImportOutcome.Read) outcome).report().files().get(0).counts().imported()).isEqualTo(2);
        List<Registration> stored = platform.registrations().findByCampaign(Directive32.CODE).stream()
                .filter(r -> r.name().contains(token)).toList();
        assertThat(stored).hasSize(2);
        for (Registration work : stored) {
            assertThat(platform.auditLog().findByObject(work.id().value())).extracting(AuditEntry::actor)
                    .containsExactly("canbo.thanhpho");
        }
        List<AuditEntry> trail = platform.auditLog().findByObject(run.id());
        assertThat(trail).hasSize(1);
        assertThat(trail.get(0).action()).isEqualTo(AuditAction.IMPORT);
        assertThat(trail.get(0).objectType()).isEqualTo("Import");
        assertThat(trail.get(0).actor()).isEqualTo("canbo.thanhpho");
        assertThat(trail.get(0).after()).containsEntry("fileName", "works.xlsx").containsEntry("imported", "2")
                .containsEntry("contentHash", run.contentHash()).containsEntry("status", "COMPLETED");
    }

    @Test
    void theSameFileCommittedThreeTimesAtOnceStoresEachRowOnceAndReportsTheRacingRowsUnchanged() throws Exception {
        Path big = Files.write(directory.resolve("many.xlsx"), Spreadsheets.xlsx(Spreadsheets.works(token, 300)));
        Actor admin = new Actor.User("canbo.thanhpho", Role.CITY_ADMIN, null);
        ExecutorService pool = Executors.newFixedThreadPool(3);
        List<Future<ImportOutcome>> runs = new ArrayList<>();
        try {
            for (int i = 0; i < 3; i++) {
                runs.add(pool.submit(() -> imports.run(new Upload("many.xlsx", big, "CT32-2022", false, admin))));
            }
            List<Counts> counts = new ArrayList<>();
            for (Future<ImportOutcome> run : runs) {
                counts.add(((ImportOutcome.Read) run.get(120, TimeUnit.SECONDS)).report().files().get(0).counts());
            }

            assertThat(counts).allSatisfy(c -> {
                assertThat(c.rejected()).as("rows refused as duplicates").isZero();
                assertThat(c.imported() + c.unchanged()).isEqualTo(300);
            });
            assertThat(counts.stream().mapToInt(Counts::imported).sum()).as("rows created over the three runs")
                    .isEqualTo(300);
            assertThat(platform.registrations().findByCampaign(Directive32.CODE))
                    .filteredOn(r -> r.name().contains(token)).hasSize(300);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void refusesAnyoneButTheCityBeforeReadingAnythingAndRecordsNothing() {
        long runsBefore = history.count();

        ImportOutcome anonymous = imports.run(new Upload("works.xlsx", file, "CT32-2022", false, Actor.anonymous()));
        ImportOutcome officer = imports.run(new Upload("works.xlsx", file, "CT32-2022", false,
                new Actor.User("canbo.bacha", Role.UNIT_OFFICER, new UnitCode("18076"))));
        ImportOutcome viewer = imports.run(new Upload("works.xlsx", file, "CT32-2022", true,
                new Actor.User("xem", Role.VIEWER, null)));

        assertThat(((ImportOutcome.Refused) anonymous).violations()).extracting(Violation::code)
                .containsExactly(RuleCode.UNAUTHORIZED);
        assertThat(((ImportOutcome.Refused) officer).violations()).extracting(Violation::code)
                .containsExactly(RuleCode.FORBIDDEN);
        assertThat(((ImportOutcome.Refused) viewer).violations()).extracting(Violation::code)
                .containsExactly(RuleCode.FORBIDDEN);
        assertThat(history.count()).isEqualTo(runsBefore);
        assertThat(platform.registrations().findByCampaign(Directive32.CODE))
                .noneMatch(r -> r.name().contains(token));
    }

    @Test
    void theServiceItselfMayRunADryRunWhichIsRecordedAsTheSystemsButLeavesNoAuditEntry() {
        ImportOutcome outcome = imports.run(new Upload("works.xlsx", file, "CT32-2022", true,
                Actor.system("nightly-import")));

        Import run = ((ImportOutcome.Read) outcome).run();
        assertThat(run.by()).isEqualTo("system:nightly-import");
        assertThat(run.dryRun()).isTrue();
        assertThat(platform.auditLog().findByObject(run.id())).as("a dry run changes nothing").isEmpty();
    }
}
