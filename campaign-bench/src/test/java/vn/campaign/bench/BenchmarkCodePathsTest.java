package vn.campaign.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.campaign.bench.compliance.NationalScale;
import vn.campaign.bench.graphql.DevelopmentToken;
import vn.campaign.bench.graphql.GraphQlBench;
import vn.campaign.bench.graphql.Latencies;
import vn.campaign.bench.graphql.OverviewScale;
import vn.campaign.bench.imports.BareReads;
import vn.campaign.bench.imports.ImportProbe;
import vn.campaign.bench.imports.LegacyFiles;
import vn.campaign.core.compliance.ComplianceEvaluator;
import vn.campaign.core.compliance.ComplianceReport;

/**
 * The benchmark's code paths on tiny sizes: no timing is asserted, only that each measurement reads, checks
 * and counts what it should. The code path that starts a store is {@link CountingStoreIT}.
 */
class BenchmarkCodePathsTest {

    @TempDir
    Path directory;

    @Test
    void dryRunImportsEveryGeneratedRowOfEachFormat() {
        for (Path file : List.of(LegacyFiles.xlsx(directory.resolve("w.xlsx"), 40),
                LegacyFiles.xls(directory.resolve("w.xls"), 40), LegacyFiles.csv(directory.resolve("w.csv"), 40))) {
            Map<String, Object> dryRun = ImportProbe.measure("import", file);

            assertThat(dryRun).as(file.toString()).containsEntry("rows", 40).containsEntry("imported", 40)
                    .containsEntry("rejected", 0);
            assertThat(ImportProbe.measure("sheet", file)).as(file.toString()).containsEntry("rows", 40L);
        }
    }

    @Test
    void bareReadersSeeTheTitleHeaderAndEveryRow() {
        BareReads.Read xlsx = BareReads.read(LegacyFiles.xlsx(directory.resolve("b.xlsx"), 25));
        BareReads.Read csv = BareReads.read(LegacyFiles.csv(directory.resolve("b.csv"), 25));
        BareReads.Read xls = BareReads.read(LegacyFiles.xls(directory.resolve("b.xls"), 25));

        assertThat(xlsx.rows()).isEqualTo(2 + 1 + 25);
        assertThat(csv.rows()).as("Commons CSV skips the blank line").isEqualTo(2 + 1 + 25);
        assertThat(xls.rows()).isEqualTo(2 + 1 + 25);
        assertThat(xlsx.cells()).isGreaterThan(25 * 6);
    }

    @Test
    void refusesAnXlsSheetLongerThanTheFormatHolds() {
        assertThatThrownBy(() -> LegacyFiles.xls(directory.resolve("big.xls"), 65_001))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("65,000");
    }

    @Test
    void bareCountFindsTheSameCompliantUnitsAsTheEvaluator() {
        NationalScale data = NationalScale.of(50, 6);

        ComplianceReport report = ComplianceEvaluator.evaluate(data.campaign(), data.units(), data.registrations());

        assertThat(report.requiredUnits()).isEqualTo(50);
        assertThat(report.compliantUnits()).isEqualTo(45).isEqualTo(data.bareCount());
        assertThat(data.registrations()).hasSize(300);
    }

    @Test
    void developmentTokenCarriesRoleUnitAndExpiry() {
        String token = DevelopmentToken.sign("a-secret-of-at-least-thirty-two-bytes!!", "CITY_ADMIN", "436");

        String[] parts = token.split("\\.");
        assertThat(parts).hasSize(3);
        String claims = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
        assertThat(claims).contains("\"role\":\"CITY_ADMIN\"", "\"unit\":\"436\"", "\"exp\":");
    }

    @Test
    void aCommittedImportIsJudgedByItsRatesToTheReplyAndUntilSettledAndItsRatioToTheDriversInsertMany() {
        GraphQlBench.ImportCommit commit = new GraphQlBench.ImportCommit(10_000, 10_000, 4_000, 1_000,
                Map.of("insert registrations", 10), 2_000, 900, Map.of("insert registrations", 2_000.0), 5_000);

        assertThat(commit.rowsPerSecond()).isEqualTo(2_500);
        assertThat(commit.ratio()).isEqualTo(4);
        assertThat(commit.settledRowsPerSecond()).as("until settled, a second after the reply").isEqualTo(2_000);
    }

    @Test
    void theOverviewsGrowthIsTheExponentOfItsTimeInTheRegistrations() {
        OverviewScale.Result flat = new OverviewScale.Result(10_000, List.of(
                new OverviewScale.Step(100_000, 1, 1, new Latencies(10, 1, 200, 250, 5), 1_000, 10_015),
                new OverviewScale.Step(1_000_000, 1, 1, new Latencies(10, 1, 200, 260, 5), 10_000, 10_015)));

        assertThat(flat.overviewExponent()).isCloseTo(0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(flat.naiveExponent()).as("ten times the time for ten times the registrations: linear")
                .isCloseTo(1, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void quantilesUseTheNearestRank() {
        double[] samples = {5, 1, 4, 2, 3};

        assertThat(Timing.median(samples)).isEqualTo(3);
        assertThat(Timing.quantile(samples, 0.99)).isEqualTo(5);
        assertThat(Timing.quantile(samples, 0)).isEqualTo(1);
    }

    @Test
    void markdownTableEscapesPipesAndRefusesRaggedRows() {
        Markdown doc = new Markdown();
        doc.table(List.of("a", "b"), List.of(List.of("x|y", "z")));

        assertThat(doc.text()).isEqualTo("| a | b |\n| --- | --- |\n| x\\|y | z |\n");
        assertThatThrownBy(() -> doc.table(List.of("a"), List.of(List.of("1", "2"))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void childResultLineIsReadAsKeyValuePairs() {
        assertThat(ChildJvm.parse("rows=10 millis=1.5")).containsExactly(Map.entry("rows", "10"),
                Map.entry("millis", "1.5"));
    }
}
