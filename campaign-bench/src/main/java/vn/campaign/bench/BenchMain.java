package vn.campaign.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

import vn.campaign.bench.compliance.ComplianceBenchmark;
import vn.campaign.bench.compliance.ComplianceProbe;
import vn.campaign.bench.exports.ExportBench;
import vn.campaign.bench.graphql.GraphQlBench;
import vn.campaign.bench.graphql.OverviewScale;
import vn.campaign.bench.graphql.Latencies;
import vn.campaign.bench.imports.ImportProbe;
import vn.campaign.bench.imports.LegacyFiles;
import vn.campaign.bench.soak.SoakBench;
import vn.campaign.bench.soak.SoakSection;
import vn.campaign.bench.startup.StartupBench;

/**
 * The benchmark command. Run from the repository root after packaging:
 * {@code java -jar campaign-bench/target/campaign-bench.jar [--quick]
 * [--only import,compliance,graphql,export,overview,startup,soak] [--duration 10m] [--clients 50] [--out docs/benchmarks.md]
 * [--api-jar campaign-api/target/campaign-api-<version>.jar]}. It prints every figure as it is measured and
 * rewrites the Markdown report at the end; {@code --only soak} replaces only the soak's section of the report, and
 * a run without the soak keeps the section it finds.
 */
public final class BenchMain {

    private static final Set<String> PARTS = Set.of("import", "compliance", "graphql", "export", "overview", "startup",
            "soak");

    private final boolean quick;
    private final Path work;
    private final Markdown doc = new Markdown();
    private final Targets targets = new Targets();

    private BenchMain(boolean quick, Path work) {
        this.quick = quick;
        this.work = work;
    }

    /**
     * Runs the benchmarks.
     *
     * @param args {@code --quick} for small sizes, {@code --only} a comma-separated list of parts,
     *             {@code --duration} and {@code --clients} of the soak, {@code --out} the report file,
     *             {@code --api-jar} the service's executable jar
     * @throws IOException when a file cannot be written
     */
    public static void main(String[] args) throws IOException {
        boolean quick = false;
        Set<String> only = new TreeSet<>(PARTS);
        Path out = Path.of("docs", "benchmarks.md");
        Path apiJar = null;
        Duration soakDuration = null;
        Integer soakClients = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--quick" -> quick = true;
                case "--duration" -> soakDuration = duration(args[++i]);
                case "--clients" -> soakClients = Integer.parseInt(args[++i]);
                case "--only" -> only = new TreeSet<>(List.of(args[++i].split(",")));
                case "--out" -> out = Path.of(args[++i]);
                case "--api-jar" -> apiJar = Path.of(args[++i]);
                default -> throw new IllegalArgumentException("unknown argument " + args[i]
                        + "; use --quick, --only import,compliance,graphql,export,overview,startup,soak, --duration 10m,"
                        + " --clients 50, --out FILE, --api-jar FILE");
            }
        }
        if (!PARTS.containsAll(only)) {
            throw new IllegalArgumentException("--only takes " + PARTS + ", got " + only);
        }
        Path work = Files.createTempDirectory("campaign-bench");
        BenchMain bench = new BenchMain(quick, work);
        Duration duration = soakDuration != null ? soakDuration : quick ? Duration.ofMinutes(1) : Duration.ofMinutes(10);
        int clients = soakClients != null ? soakClients : quick ? 10 : 50;
        String existing = Files.exists(out) ? Files.readString(out, StandardCharsets.UTF_8) : "";
        if (only.equals(Set.of("soak"))) {
            String section = bench.soak(apiJar == null ? findApiJar() : apiJar, duration, clients);
            write(out, ReportSections.replace(existing, SoakSection.NAME, section));
            deleteTree(work);
            return;
        }
        long start = System.nanoTime();
        bench.header(only);
        if (only.contains("import")) {
            bench.imports();
        }
        if (only.contains("graphql")) {
            bench.graphQl(apiJar == null ? findApiJar() : apiJar);
        }
        if (only.contains("overview")) {
            bench.overview(apiJar == null ? findApiJar() : apiJar);
        }
        if (only.contains("compliance")) {
            bench.compliance();
        }
        if (only.contains("export")) {
            bench.export(apiJar == null ? findApiJar() : apiJar);
        }
        if (only.contains("startup")) {
            bench.startup(apiJar == null ? findApiJar() : apiJar);
        }
        if (only.contains("soak")) {
            bench.doc.line();
            bench.doc.line(bench.soak(apiJar == null ? findApiJar() : apiJar, duration, clients).stripTrailing());
        } else {
            ReportSections.find(existing, SoakSection.NAME).ifPresent(kept -> {
                bench.doc.line();
                bench.doc.line(kept.stripTrailing());
            });
        }
        bench.footer((System.nanoTime() - start) / 1e9);
        write(out, bench.doc.text());
        deleteTree(work);
    }

    private static void write(Path out, String text) throws IOException {
        if (out.getParent() != null) {
            Files.createDirectories(out.getParent());
        }
        Files.writeString(out, text, StandardCharsets.UTF_8);
        System.out.println("Wrote " + out.toAbsolutePath().normalize());
    }

    /**
     * Reads a duration such as {@code 10m}, {@code 90s} or {@code 600} (seconds).
     *
     * @param text the argument
     * @return the duration
     */
    static Duration duration(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        try {
            if (t.endsWith("m")) {
                return Duration.ofMinutes(Long.parseLong(t.substring(0, t.length() - 1)));
            }
            return Duration.ofSeconds(Long.parseLong(t.endsWith("s") ? t.substring(0, t.length() - 1) : t));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--duration takes minutes (10m) or seconds (90s, 90), got " + text, e);
        }
    }

    // ---------------------------------------------------------------- soak

    /**
     * Runs the soak and returns its section; its misses are judged in the section itself, since
     * {@code --only soak} replaces the section alone.
     */
    private String soak(Path apiJar, Duration duration, int clients) {
        Machine machine = Machine.current();
        System.out.println("Soak: " + clients + " clients for " + duration + " on " + apiJar + " (load average "
                + machine.loadAverage() + ")");
        Duration every = Duration.ofSeconds(Math.max(1, Math.min(20, duration.toSeconds() / 30)));
        SoakBench.Result r = new SoakBench(new SoakBench.Settings(apiJar, work.resolve("soak"), duration, clients,
                "512m", 10, every)).run();
        SoakSection section = SoakSection.of(r, machine, Machine.current().loadAverage(), quick);
        System.out.println(section.text());
        System.out.println("Soak targets missed: " + (section.missed().isEmpty() ? "none" : section.missed()));
        return section.text();
    }

    private void header(Set<String> only) {
        Machine machine = Machine.current();
        doc.line("# Benchmarks");
        doc.line();
        doc.line("What the platform costs and how that cost grows, each figure next to its baseline measured in the"
                + " same run on the same machine, with their ratio. This file is written by the benchmark command;"
                + " do not edit it by hand. Run from a clean clone, at the repository root:");
        doc.line();
        doc.line("```sh");
        doc.line("./mvnw -q -B -pl campaign-bench,campaign-api -am package -DskipTests");
        doc.line("java -jar campaign-bench/target/campaign-bench.jar            # full run, rewrites docs/benchmarks.md");
        doc.line("java -jar campaign-bench/target/campaign-bench.jar --quick --out /some/other/file.md   # small sizes");
        doc.line("java -jar campaign-bench/target/campaign-bench.jar --only soak --duration 10m --clients 50   # replaces only section 6");
        doc.line("```");
        doc.line();
        doc.line("A full run includes the start-up (section 5) and the soak (section 6: 10 minutes, 50 clients;"
                + " `--quick`: 1 minute, 10 clients). `--only import,compliance,graphql,export,overview,startup,soak` runs some"
                + " parts only and rewrites the file with them; a run without the soak keeps the soak section it finds"
                + " in the file, and `--only soak` replaces that section alone and leaves the rest of the file as the"
                + " last run wrote it, so the soak section carries its own date and load average and judges its own"
                + " targets. No benchmark runs during `./mvnw verify`; the module's tests only run the code paths on"
                + " tiny sizes (the soak for 10 seconds with 3 clients).");
        doc.line();
        doc.line("## Run");
        doc.line();
        doc.table(List.of("", ""), List.of(
                List.of("date", ZonedDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm xxx"))),
                List.of("kind of run", quick ? "quick (small sizes: not the published figures)" : "full"),
                List.of("parts", String.join(", ", only)),
                List.of("processors (nproc)", Integer.toString(machine.cores())),
                List.of("memory", machine.memory()),
                List.of("CPU", machine.cpu()),
                List.of("JVM", machine.jvm()),
                List.of("OS", machine.os()),
                List.of("load average at start", machine.loadAverage() + " (other builds may share the machine:"
                        + " compare the ratios, each measured within this run)")));
        System.out.println(doc.text());
    }

    // ---------------------------------------------------------------- import

    /** Files of at most this many rows take a few tenths of a second: their time is a median of passes. */
    private static final int SMALL_FILE_ROWS = 10_000;
    private static final int SMALL_FILE_PASSES = 5;
    /** Files of up to this many rows take seconds: their time is a median of fewer passes. */
    private static final int MEDIUM_FILE_ROWS = 100_000;
    private static final int MEDIUM_FILE_PASSES = 3;
    /** The rows of the file each import probe warms up on (a different file of the same format). */
    private static final int WARM_UP_ROWS = 10_000;
    /** A growth exponent up to which compliance counts as linear whatever its baseline does. */
    private static final double LINEAR_EXPONENT = 1.15;
    /** How far above the bare count's growth exponent the evaluation's may be, for noise. */
    private static final double EXPONENT_NOISE = 0.15;

    private record ImportCase(String label, Path file, Path warmUp, int rows, String heap, String bareReader) {
    }

    private void imports() {
        Path files = work.resolve("files");
        create(files);
        System.out.println("Generating the legacy-layout files…");
        int warmRows = quick ? 1_000 : WARM_UP_ROWS;
        Path warmXlsx = LegacyFiles.xlsx(files.resolve("warm-up.xlsx"), warmRows);
        Path warmXls = LegacyFiles.xls(files.resolve("warm-up.xls"), warmRows);
        Path warmCsv = LegacyFiles.csv(files.resolve("warm-up.csv"), warmRows);
        List<ImportCase> cases = new ArrayList<>();
        int[] xlsxSizes = quick ? new int[] {1_000, 10_000} : new int[] {1_000, 10_000, 100_000};
        for (int rows : xlsxSizes) {
            cases.add(new ImportCase(String.format(Locale.ROOT, "%,d rows .xlsx", rows),
                    LegacyFiles.xlsx(files.resolve("works-" + rows + ".xlsx"), rows), warmXlsx, rows,
                    rows >= 100_000 ? "256m" : "1g", "POI XSSFReader + XSSFSheetXMLHandler (SAX)"));
        }
        int xlsRows = quick ? 5_000 : 65_000;
        cases.add(new ImportCase(String.format(Locale.ROOT, "%,d rows .xls", xlsRows),
                LegacyFiles.xls(files.resolve("works-" + xlsRows + ".xls"), xlsRows), warmXls, xlsRows, "1g",
                "POI HSSF event API (HSSFEventFactory)"));
        int csvRows = quick ? 20_000 : 1_000_000;
        cases.add(new ImportCase(String.format(Locale.ROOT, "%,d rows .csv", csvRows),
                LegacyFiles.csv(files.resolve("works-" + csvRows + ".csv"), csvRows), warmCsv, csvRows,
                csvRows >= 1_000_000 ? "4g" : "1g", "Commons CSV CSVParser"));

        doc.line();
        doc.line("## 1. Import of legacy spreadsheets");
        doc.line();
        doc.line("Files in the legacy layout (two title lines, a blank line, the header `STT, Đơn vị, Tên công trình,"
                + " Loại, Thời gian dự kiến, Kinh phí (đồng), Gắn biển`, one work a row over the 15 wards and"
                + " communes by name, Vietnamese text in Unicode Times New Roman, real date and number cells),"
                + " generated by `LegacyFiles`. Each file is read three ways, each in a fresh child JVM with the"
                + " heap limit shown. Each is timed twice: **cold**, as the first thing its JVM does (what a clerk"
                + " running the command once waits for, class loading and compilation included), then **warm**,"
                + " after " + ImportProbe.WARM_UP_PASSES + String.format(Locale.ROOT, " passes over another %,d-row"
                + " file of the same format", quick ? 1_000 : WARM_UP_ROWS) + " — the median of " + SMALL_FILE_PASSES
                + String.format(Locale.ROOT, " timed passes for files of up to %,d rows, of %d for files of up to"
                + " %,d rows", SMALL_FILE_ROWS, MEDIUM_FILE_PASSES, MEDIUM_FILE_ROWS) + ", one pass for larger ones"
                + " (plain timed runs, not JMH: these are one-shot measurements of up to minutes). The warm"
                + " figures measure the code rather than the JVM's start-up, and the target is judged on them:");
        doc.line();
        doc.line("- **bare** — the format's bare reader touching every cell's value and keeping nothing (the"
                + " baseline): " + "POI's streaming SAX reader for .xlsx, POI's HSSF event API for .xls, Commons CSV"
                + " for .csv;");
        doc.line("- **sheet** — the importer's `SpreadsheetReader`: the same reader plus header detection,"
                + " legacy-encoding decisions per cell and column mapping, rows handed to a listener that counts;");
        doc.line("- **dry run** — `ImportRunner.dryRun(CampaignPlatform.inMemory(…))`: reading, parsing values,"
                + " unit-name matching, every core rule (duplicates included) and the full report, storing nothing.");
        doc.line();
        doc.line("Peak heap is the most the heap held at once during the warm timed passes, garbage not yet"
                + " collected included (the heap in use as each collection began, from the collector's"
                + " notifications): it is bounded by the limit rather than by what is live.");
        doc.line();
        List<List<String>> rows = new ArrayList<>();
        List<List<String>> coldRows = new ArrayList<>();
        for (ImportCase c : cases) {
            System.out.println("Import: " + c.label() + " (-Xmx" + c.heap() + ")");
            Map<String, String> bare = probe(c, "bare");
            Map<String, String> sheet = probe(c, "sheet");
            Map<String, String> dry = probe(c, "import");
            double bareMs = number(bare, "millis");
            double sheetMs = number(sheet, "millis");
            double dryMs = number(dry, "millis");
            double ratio = dryMs / bareMs;
            double perRowMicros = (dryMs - sheetMs) * 1000 / c.rows();
            long imported = (long) number(dry, "imported");
            targets.judge("import", "rows the dry run imported, " + c.label(), String.format(Locale.ROOT, "%,d",
                    imported), String.format(Locale.ROOT, "all %,d", c.rows()), imported == c.rows(),
                    "rows were reported instead of imported: see the dry run's report");
            targets.judge("import", "dry run ÷ bare read, " + c.label(), ratio(ratio), "≤ 1.5×", ratio <= 1.5,
                    String.format(Locale.ROOT, "the importer's own reading (decoding, legacy-encoding decisions, row"
                    + " objects, mapping) already takes %s of the bare read (%s ms against %s ms); value parsing,"
                    + " unit matching, the rules and the report add %s more (what limits each format: \"Reading the"
                    + " figures\" below; the profile: docs/performance.md)", ratio(sheetMs / bareMs), ms(sheetMs),
                    ms(bareMs), ratio((dryMs - sheetMs) / bareMs)));
            targets.judge("import", "cost a row past reading (dry run − sheet) ÷ rows, " + c.label(),
                    String.format(Locale.ROOT, "%.1f µs", perRowMicros), "≤ 5 µs", perRowMicros <= 5,
                    "value parsing, unit matching, the core's rules and duplicate check (the registration service's"
                    + " batch, one write path with the commit) and the report line with its warnings; the profile by"
                    + " stage: docs/performance.md"
                    + (c.rows() >= 100_000 ? "; at this size the collector's copying and marking of the checked"
                    + " rows, which wait in memory until the file is read, weighs more than that work" : ""));
            rows.add(List.of(c.label(), mib(c.file()), c.bareReader(), ms(bareMs), ms(sheetMs), ms(dryMs),
                    String.format(Locale.ROOT, "%,.0f", c.rows() / (dryMs / 1000)),
                    ratio(sheetMs / bareMs), "**" + ratio(ratio) + "**",
                    String.format(Locale.ROOT, "%.1f", perRowMicros),
                    bare.get("peakHeapMiB") + " / " + sheet.get("peakHeapMiB") + " / " + dry.get("peakHeapMiB"),
                    c.heap(), met(ratio <= 1.5), met(perRowMicros <= 5)));
            System.out.println("  " + rows.get(rows.size() - 1));
            double bareCold = number(bare, "coldMillis");
            double dryCold = number(dry, "coldMillis");
            coldRows.add(List.of(c.label(), ms(bareCold), ms(number(sheet, "coldMillis")), ms(dryCold),
                    String.format(Locale.ROOT, "%,.0f", c.rows() / (dryCold / 1000)), ratio(dryCold / bareCold)));
        }
        doc.line("### Warm");
        doc.line();
        doc.table(List.of("file", "size (MiB)", "bare reader", "bare (ms)", "sheet (ms)", "dry run (ms)",
                "dry run rows/s", "sheet ÷ bare", "dry run ÷ bare", "µs a row past reading",
                "peak heap MiB bare / sheet / dry run", "-Xmx", "target ≤ 1.5×", "target ≤ 5 µs a row"), rows);
        doc.line();
        doc.line("µs a row past reading is (dry run − sheet) ÷ rows: what value parsing, unit matching, the rules with"
                + " the duplicate check and the report line cost each row once the sheet is read.");
        doc.line();
        doc.line("### Cold (first pass in a fresh JVM)");
        doc.line();
        doc.table(List.of("file", "bare (ms)", "sheet (ms)", "dry run (ms)", "dry run rows/s", "dry run ÷ bare"),
                coldRows);
        doc.line();
        doc.line("The 100,000-row `.xlsx` dry run ran under `-Xmx256m` "
                + (quick ? "(not measured in a quick run)." : "(the row above; a failure would have stopped the run)."));
    }

    /** How many timed passes a file gets: more for shorter files, whose single times vary more. */
    private static int passes(int rows) {
        if (rows <= SMALL_FILE_ROWS) {
            return SMALL_FILE_PASSES;
        }
        return rows <= MEDIUM_FILE_ROWS ? MEDIUM_FILE_PASSES : 1;
    }

    private Map<String, String> probe(ImportCase c, String mode) {
        return ChildJvm.run(c.heap(), work.resolve("import-" + mode + "-" + c.file().getFileName() + ".log"),
                ImportProbe.class, mode, c.file().toString(), c.warmUp().toString(),
                Integer.toString(passes(c.rows())));
    }

    // ---------------------------------------------------------------- compliance

    private void compliance() {
        doc.line();
        doc.line("## 3. Compliance at national scale");
        doc.line();
        doc.line("`ComplianceEvaluator.evaluate(campaign, units, registrations)` of Directive 32's two obligations"
                + " (one work and one event for every ward and commune) over generated wards and communes, in memory"
                + " (`NationalScale`: works and events in turn, half approved, 40 % registered, 10 % rejected; one"
                + " unit in ten has works only). Baseline: the bare count — one pass over the same registrations"
                + " counting approved and pending works and events per unit in a `HashMap`, no report. Each size in"
                + " its own child JVM, on a heap of fixed size touched before the probe starts (`-Xms` = `-Xmx`,"
                + " `-XX:+AlwaysPreTouch`: on a growing heap the full collections that weigh the data shrink it, and"
                + " the timed evaluations, which allocate where the bare count does not, paid for growing it back);"
                + " plain timed loops: warm-up evaluations over at least 2,000,000 registrations"
                + " in all (and at least 3), then the median of at least 5 evaluations (more for small sizes, so"
                + " that each size is timed over about 400,000 registrations)."
                + " Allocation is the bytes one evaluation allocates (`ThreadMXBean.getThreadAllocatedBytes`); data"
                + " is the heap the units and registrations keep.");
        doc.line();
        int[] growth = quick ? new int[] {1_000, 10_000} : new int[] {1_000, 10_000, 100_000};
        int perUnit = 20;
        List<List<String>> rows = new ArrayList<>();
        double firstPerUnit = 0;
        double[] evaluateMs = new double[growth.length];
        double[] bareMs = new double[growth.length];
        Map<String, String> largest = Map.of();
        for (int i = 0; i < growth.length; i++) {
            int units = growth[i];
            Map<String, String> r = complianceProbe(units, perUnit, units >= 100_000 ? "6g" : "2g");
            evaluateMs[i] = number(r, "evaluateMillis");
            bareMs[i] = number(r, "bareMillis");
            largest = r;
            double perUnitMs = evaluateMs[i] / units;
            if (firstPerUnit == 0) {
                firstPerUnit = perUnitMs;
            }
            rows.add(complianceRow(r, String.format(Locale.ROOT, "%.2f", perUnitMs * 1000),
                    ratio(perUnitMs / firstPerUnit)));
        }
        doc.line("### Growth (" + perUnit + " registrations per unit)");
        doc.line();
        doc.table(List.of("units", "registrations", "evaluate (ms, median)", "bare count (ms)", "evaluate ÷ bare",
                "µs per unit", "per-unit cost vs. the smallest", "allocated per evaluation (MiB)", "data (MiB)",
                "peak heap (MiB)", "-Xmx (MiB)"), rows);
        doc.line();
        int last = growth.length - 1;
        double sizes = Math.log((double) growth[last] / growth[0]);
        double evaluateExponent = Math.log(evaluateMs[last] / evaluateMs[0]) / sizes;
        double bareExponent = Math.log(bareMs[last] / bareMs[0]) / sizes;
        boolean linear = evaluateExponent <= Math.max(LINEAR_EXPONENT, bareExponent + EXPONENT_NOISE);
        doc.line(String.format(Locale.ROOT, "Growth exponent from %,d to %,d units (time ∝ units^k, k ="
                + " ln(time ratio) ÷ ln(size ratio)): evaluate **k = %.2f**, bare count k = %.2f. Linear means k"
                + " near 1, as for the bare count, which is one pass over the registrations; both rise above 1 as"
                + " the data outgrow the processor's caches (%s MiB at the largest size), while an evaluation"
                + " that compared units with each other would approach k = 2. Judged linear when k ≤ %.2f or k ≤"
                + " the bare count's + %.2f: %s.", growth[0], growth[last], evaluateExponent, bareExponent,
                rows.get(last).get(8), LINEAR_EXPONENT, EXPONENT_NOISE, linear ? "**linear**"
                        : "**more than linear**"));
        targets.judge("compliance", String.format(Locale.ROOT, "growth exponent of the evaluation, %,d to %,d"
                + " units", growth[0], growth[last]), String.format(Locale.ROOT, "k = %.2f (bare count %.2f)",
                evaluateExponent, bareExponent), String.format(Locale.ROOT, "≤ %.2f or ≤ the bare count's + %.2f",
                LINEAR_EXPONENT, EXPONENT_NOISE), linear, String.format(Locale.ROOT, "no step compares units or"
                + " registrations with each other (`ComplianceEvaluator`: one pass over the tallies, one over the"
                + " units, a sort of the units); one evaluation of %,d units allocates %s MiB (a tally a"
                + " registration, a result a unit and obligation) next to %s MiB of live data, which the bare count"
                + " does not, and the median of its runs was %s ms against %s ms for the fastest: the collections"
                + " and memory traffic that allocation costs grow faster than the units", growth[last],
                largest.get("allocatedMiB"), largest.get("dataMiB"), ms(number(largest, "evaluateMillis")),
                ms(number(largest, "evaluateMinMillis"))));
        int nationalUnits = 10_000;
        int nationalPerUnit = quick ? 20 : 100;
        Map<String, String> national = complianceProbe(nationalUnits, nationalPerUnit, "4g");
        doc.line();
        doc.line(String.format(Locale.ROOT, "### National: %,d units, %,d registrations", nationalUnits,
                nationalUnits * nationalPerUnit));
        doc.line();
        doc.table(List.of("units", "registrations", "evaluate (ms, median)", "bare count (ms)", "evaluate ÷ bare",
                "µs per unit", "building the data (ms)", "allocated per evaluation (MiB)", "data (MiB)",
                "peak heap (MiB)", "-Xmx (MiB)"),
                List.of(complianceRow(national, String.format(Locale.ROOT, "%.2f",
                        number(national, "evaluateMillis") / nationalUnits * 1000), ms(number(national, "buildMillis")))));
        jmh();
    }

    private Map<String, String> complianceProbe(int units, int perUnit, String heap) {
        System.out.println("Compliance: " + units + " units × " + perUnit);
        Map<String, String> r = ChildJvm.runOnFixedHeap(heap, work.resolve("compliance-" + units + "-" + perUnit + ".log"),
                ComplianceProbe.class, Integer.toString(units), Integer.toString(perUnit),
                Integer.toString(Math.max(3, 2_000_000 / (units * perUnit))),
                Integer.toString(Math.max(5, 400_000 / (units * perUnit)) | 1));
        System.out.println("  " + r);
        return r;
    }

    private static List<String> complianceRow(Map<String, String> r, String perUnit, String extra) {
        double evaluate = number(r, "evaluateMillis");
        double bare = number(r, "bareMillis");
        return List.of(String.format(Locale.ROOT, "%,d", (long) number(r, "units")),
                String.format(Locale.ROOT, "%,d", (long) number(r, "registrations")), ms(evaluate), ms(bare),
                "**" + ratio(evaluate / bare) + "**", perUnit, extra, r.get("allocatedMiB"), r.get("dataMiB"),
                r.get("peakHeapMiB"), r.get("maxHeapMiB"));
    }

    private void jmh() {
        System.out.println("Compliance: JMH");
        Options options = new OptionsBuilder().include(ComplianceBenchmark.class.getName())
                .forks(1).warmupIterations(quick ? 1 : 3).warmupTime(TimeValue.seconds(1))
                .measurementIterations(quick ? 2 : 5).measurementTime(TimeValue.seconds(1))
                .jvmArgs("-Xmx2g").shouldFailOnError(true).build();
        Collection<RunResult> results;
        try {
            results = new Runner(options).run();
        } catch (RunnerException e) {
            throw new IllegalStateException("JMH failed: " + e.getMessage(), e);
        }
        List<List<String>> rows = new ArrayList<>();
        for (String units : List.of("1000", "10000")) {
            RunResult evaluate = find(results, "evaluate", units);
            RunResult bare = find(results, "bareCount", units);
            double e = evaluate.getPrimaryResult().getScore();
            double b = bare.getPrimaryResult().getScore();
            rows.add(List.of(String.format(Locale.ROOT, "%,d", Integer.parseInt(units)),
                    String.format(Locale.ROOT, "%.3f ± %.3f", e, evaluate.getPrimaryResult().getScoreError()),
                    String.format(Locale.ROOT, "%.3f ± %.3f", b, bare.getPrimaryResult().getScoreError()),
                    "**" + ratio(e / b) + "**"));
        }
        doc.line();
        doc.line("### JMH cross-check (20 registrations per unit)");
        doc.line();
        doc.line("`ComplianceBenchmark` run by JMH 1.37 (average time, 1 fork, " + (quick ? "1" : "3")
                + " × 1 s warm-up, " + (quick ? "2" : "5") + " × 1 s measurement, 99.9 % error):");
        doc.line();
        doc.table(List.of("units", "evaluate (ms/op)", "bare count (ms/op)", "evaluate ÷ bare"), rows);
    }

    private static RunResult find(Collection<RunResult> results, String method, String units) {
        return results.stream()
                .filter(r -> r.getParams().getBenchmark().endsWith("." + method))
                .filter(r -> units.equals(r.getParams().getParam("units")))
                .findFirst().orElseThrow(() -> new IllegalStateException("no JMH result for " + method + " " + units));
    }

    // ---------------------------------------------------------------- GraphQL

    private void graphQl(Path apiJar) {
        System.out.println("GraphQL: starting " + apiJar);
        int seed = quick ? 200 : 2_000;
        int requests = quick ? 50 : 400;
        int threads = 4;
        GraphQlBench.Result r = new GraphQlBench(new GraphQlBench.Settings(apiJar, work.resolve("graphql"), seed,
                requests, threads)).run();
        doc.line();
        doc.line("## 2. GraphQL");
        doc.line();
        doc.line(String.format(Locale.ROOT, "The packaged service (`campaign-api` executable jar, `-Xmx512m`) in a"
                + " child JVM, on the embedded store: mongo-java-server 1.47 with its H2 backend on a temporary"
                + " file, committing after every write command as the service's own embedded store does. The"
                + " benchmark hosts that store itself (the service reaches it through `spring.mongodb.uri` on the"
                + " loopback interface, as it reaches its in-process embedded store) so that it can record every"
                + " command the store receives. The service started in %.1f s. Seeded through GraphQL with %,d"
                + " `registerWork` and %,d `registerEvent` requests over the 15 wards and communes (%.1f s; %,d"
                + " registrations in the store), then each operation: %,d warm-up requests, then %,d measured"
                + " requests from %d client threads (`java.net.http.HttpClient`, bounded count). Baseline: the"
                + " same data read (or the same document written) directly with the MongoDB driver 5.6 against the"
                + " same store, from the same number of threads, in the same run. `registerWork` runs as a"
                + " CITY_ADMIN user with a development token the benchmark signs with the secret it gives the"
                + " service.", r.startMillis() / 1000, seed, seed, r.seedMillis() / 1000, r.seeded(), requests,
                requests, threads));
        doc.line();
        List<List<String>> rows = new ArrayList<>();
        for (GraphQlBench.Operation op : r.operations()) {
            Latencies g = op.graphQl();
            Latencies d = op.direct();
            rows.add(List.of(op.name(), ms(g.p50Millis()), ms(g.p99Millis()),
                    String.format(Locale.ROOT, "%,.0f", g.perSecond()), ms(d.p50Millis()), ms(d.p99Millis()),
                    String.format(Locale.ROOT, "%,.0f", d.perSecond()),
                    "**" + ratio(g.p50Millis() / d.p50Millis()) + "**", ratio(d.perSecond() / g.perSecond()),
                    Integer.toString(op.commands().size())));
            System.out.println("  " + rows.get(rows.size() - 1));
        }
        doc.table(List.of("operation", "GraphQL p50 (ms)", "p99 (ms)", "req/s", "driver p50 (ms)", "p99 (ms)",
                "ops/s", "p50 GraphQL ÷ driver", "throughput driver ÷ GraphQL", "store commands per request"), rows);
        for (GraphQlBench.Operation op : r.operations()) {
            if (op.name().startsWith("campaign overview")) {
                double ratio = op.graphQl().p50Millis() / op.direct().p50Millis();
                targets.judge("GraphQL", String.format(Locale.ROOT, "%s p50 ÷ the driver reading the same documents,"
                        + " %,d registrations", op.name(), r.seeded()), ratio(ratio), "≤ 2×", ratio <= 2,
                        String.format(Locale.ROOT, "the store work is %d command(s) (`%s`, the units' summaries);"
                        + " the rest is HTTP, GraphQL parsing and validation, the evaluation and the serialisation of"
                        + " one entry per unit", op.commands().size(), String.join("`, `", op.commands())));
            }
        }
        doc.line();
        doc.line("What the direct reads are: (a) the campaign document, all units, and the units' summaries of the"
                + " campaign (what the service reads for a compliance evaluation: it keeps the campaign and the units"
                + " in memory and reads the summaries on each request); (b) the first 100"
                + " works in the list's index order, their count, their units and those units' parents by `$in`,"
                + " and the campaign (for task areas); (c) the campaign, all units, and one `$group` aggregation of"
                + " the campaign's registrations by type, unit, status, task area, funding source and plaque flags"
                + " with counts and investment sums — the dashboard's figures but the weeks, which need each status"
                + " change's day and the embedded store's partial aggregation language has no date truncation;"
                + " (d) `insertOne` of a copy of a seeded work document.");
        doc.line();
        for (GraphQlBench.Operation op : r.operations()) {
            doc.line("- " + op.name() + ": `" + String.join("`, `", op.commands()) + "`");
        }
        boolean equal = r.commandsFor10().equals(r.commandsFor100());
        targets.judge("commands", "store commands of works(first: 10) and works(first: 100)",
                r.commandsFor10().size() + " and " + r.commandsFor100().size(), "equal", equal,
                "a field is not batched: " + r.commandsFor10() + " against " + r.commandsFor100());
        doc.line();
        doc.line("### Store commands by page size");
        doc.line();
        doc.table(List.of("query", "commands", "which"), List.of(
                List.of("works(first: 10) with unit, parent, task area, campaign",
                        Integer.toString(r.commandsFor10().size()), "`" + String.join("`, `", r.commandsFor10()) + "`"),
                List.of("works(first: 100) with unit, parent, task area, campaign",
                        Integer.toString(r.commandsFor100().size()), "`" + String.join("`, `", r.commandsFor100()) + "`")));
        doc.line();
        doc.line(equal ? "Equal: the number of round trips does not grow with the page size."
                : "**Not equal**: a field is not batched.");
        judgeWrites(r);
        judgeOverview(r);
    }

    /**
     * Judges the overview at a city's size: its p50 through GraphQL ≤ 2× the driver reading the documents the
     * service reads for it (the campaign, the units and the units' summaries).
     */
    private void judgeOverview(GraphQlBench.Result r) {
        for (GraphQlBench.Operation op : r.operations()) {
            if (!op.name().equals(GraphQlBench.OVERVIEW_NAME)) {
                continue;
            }
            double ratio = op.graphQl().p50Millis() / op.direct().p50Millis();
            doc.line();
            doc.line(String.format(Locale.ROOT, "Overview with compliance at %,d registrations: p50 %s ms through"
                    + " GraphQL, %s ms for the driver reading the campaign, the units and the units' summaries —"
                    + " %s (target ≤ 2×): %s.", r.seeded(), ms(op.graphQl().p50Millis()), ms(op.direct().p50Millis()),
                    ratio(ratio), met(ratio <= 2)));
        }
    }

    // ---------------------------------------------------------------- overview at national scale

    private void overview(Path apiJar) {
        int units = quick ? 1_000 : 10_000;
        int first = quick ? 10_000 : 100_000;
        int last = quick ? 100_000 : 1_000_000;
        System.out.println("Overview at scale: starting " + apiJar);
        OverviewScale.Result r = new OverviewScale(new OverviewScale.Settings(apiJar, work.resolve("overview"), units,
                first, last, quick ? 5 : 10)).run();
        doc.line();
        doc.line(String.format(Locale.ROOT, "### Overview at national scale: %,d units, %,d → %,d registrations", units,
                first, last));
        doc.line();
        doc.line("The packaged service (`-Xmx1g`) on the embedded store, mongo-java-server, hosted by the benchmark"
                + " as in the GraphQL part but with its memory backend: writing a million documents into its H2 file"
                + " takes about a quarter of an hour, in memory a few minutes. Loaded as documented for a bulk load: the"
                + " registrations written with the driver's unordered `insertMany` (copies of a work and an event"
                + " the service registered, spread over the units: works and events in turn, half approved, 40 %"
                + " registered, 10 % rejected, five task areas, 30 planned days), then `java -jar campaign-api.jar"
                + " rebuild --uri …` recomputes every unit summary; then the service is started and the campaign"
                + " overview with its compliance report (the GraphQL part's query, one entry per unit) is asked one"
                + " request at a time. Next to it, the naive evaluation's store work alone: the driver reading every"
                + " registration document of the campaign, which every overview did before the summaries.");
        doc.line();
        List<List<String>> rows = new ArrayList<>();
        for (OverviewScale.Step s : r.steps()) {
            rows.add(List.of(String.format(Locale.ROOT, "%,d", s.registrations()),
                    String.format(Locale.ROOT, "%.1f", s.loadMillis() / 1000),
                    String.format(Locale.ROOT, "%.1f", s.rebuildMillis() / 1000), ms(s.overview().p50Millis()),
                    ms(s.overview().p99Millis()), ms(s.naiveMillis()), String.format(Locale.ROOT, "%,d", s.units())));
        }
        doc.table(List.of("registrations", "insertMany of the step (s)", "rebuild (s)", "overview p50 (ms)",
                "p99 (ms)", "naive: driver reads every registration (ms)", "units in the report"), rows);
        OverviewScale.Step top = r.steps().get(r.steps().size() - 1);
        double p50 = top.overview().p50Millis();
        doc.line();
        doc.table(List.of("what", "measured", "target", "verdict"), List.of(
                List.of(String.format(Locale.ROOT, "overview p50 at %,d units × %,d registrations", units, last),
                        ms(p50) + " ms", "≤ 1 s", met(p50 <= 1_000)),
                List.of("growth exponent of the overview p50, " + String.format(Locale.ROOT, "%,d → %,d", first, last),
                        String.format(Locale.ROOT, "%.2f", r.overviewExponent()), "nearly flat (≤ 0.2)",
                        met(r.overviewExponent() <= 0.2)),
                List.of("growth exponent of the naive evaluation's read", String.format(Locale.ROOT, "%.2f",
                        r.naiveExponent()), "(reference: 1 is linear)", "—")));
        String limit = "what is left grows with the units — one summary document per unit read from the embedded"
                + " store and mapped, one report entry per unit evaluated and serialised (see docs/performance.md)";
        targets.judge("overview", String.format(Locale.ROOT, "overview p50 at %,d units × %,d registrations", units,
                last), ms(p50) + " ms", "≤ 1,000 ms", p50 <= 1_000, limit);
        targets.judge("overview", String.format(Locale.ROOT, "growth exponent of the overview p50, %,d → %,d (naive"
                + " evaluation's read: %.2f)", first, last, r.naiveExponent()), String.format(Locale.ROOT, "%.2f",
                r.overviewExponent()), "≤ 0.2", r.overviewExponent() <= 0.2, GROWTH_LIMIT);
    }

    /** What makes the overview grow with the registrations while the units stay the same. */
    static final String GROWTH_LIMIT = "the units are the same at both sizes; what grows is each unit's summary,"
            + " which carries the id and version of every registration it counts (10 a unit, then 100), so that"
            + " it stays exact under concurrent writers and after a crash; the overview leaves that list in the"
            + " store, but the embedded store decodes a document whole before it projects it, so the bytes an"
            + " overview decodes (from the file, once the summaries outgrow the 16 MB page cache) grow with the"
            + " registrations (see docs/performance.md)";

    /**
     * Judges the write targets of the GraphQL run: registerWork ≤ 2× the driver's insertOne (p50), a committed
     * import ≥ 2,000 rows/s and ≤ 2× the driver's insertMany. Each miss names what limits it, with the store
     * commands that show it. (Start-up is judged in its own part, on the service's own embedded store.)
     */
    private void judgeWrites(GraphQlBench.Result r) {
        doc.line();
        doc.line("### Writes");
        doc.line();
        doc.line("What each side of a ratio includes. **registerWork**: an HTTP POST from the client threads with a JSON"
                + " body and a bearer token (signature and claims checked), the GraphQL document parsed and validated"
                + " (once: the service keeps parsed documents), the limits, the argument binding, the rules, the audit"
                + " entry, and the one store command sent before the reply — the insert of the work with its audit entry"
                + " inside, committed to the H2 file; the answer serialised to JSON. After the reply the service's"
                + " settlement thread takes every change stored since its last pass and, in a few commands for all of"
                + " them, moves their audit entries to the trail, adjusts each unit's summary once and pulls the"
                + " entries from the works; a read of the trail or of the summaries waits for it. **driver insertOne**:"
                + " one `insert` of a copy of a seeded work document on an open connection, committed — no HTTP, JSON,"
                + " token, GraphQL or rules. **driver, registerWork's commands one by one**: the driver sending, for each"
                + " request, every command a `registerWork` causes (the work with its audit entry inside, the entry's"
                + " insert into the trail, the id added to its unit's member list, the unit summary replaced, the"
                + " entry's pull from the work), none shared with another request — the store's work when each change"
                + " is settled on its own before its reply. **store time**: what the store itself spent on the commands"
                + " of the measured requests and of their settlement, commits included (mean per request, measured"
                + " inside the store). **until settled**: from the first measured request until the trail held the"
                + " entry of the last. The import: one multipart upload of the CSV file, read, mapped, checked and"
                + " written in batches, and the report as JSON, timed to the reply and until settled; against one"
                + " unordered `insertMany` of as many work documents.");
        doc.line();
        List<List<String>> rows = new ArrayList<>();
        GraphQlBench.DriverBaseline floor = r.registerWorkCommands();
        for (GraphQlBench.Operation op : r.operations()) {
            if (!op.name().equals("registerWork")) {
                continue;
            }
            double ratio = op.graphQl().p50Millis() / op.direct().p50Millis();
            rows.add(List.of("registerWork p50 ÷ driver insertOne p50", ratio(ratio), "≤ 2×", met(ratio <= 2)));
            double overFloor = op.graphQl().p50Millis() / floor.latencies().p50Millis();
            rows.add(List.of("registerWork p50 ÷ driver sending registerWork's commands one by one p50",
                    ratio(overFloor), "(reference)", ""));
            rows.add(List.of("registerWork requests a second until settled ÷ driver insertOne a second",
                    String.format(Locale.ROOT, "%,.0f ÷ %,.0f", op.settledPerSecond(), op.direct().perSecond()),
                    "(reference)", ""));
            doc.line(String.format(Locale.ROOT, "registerWork p50 %s ms (store time %s ms a request, its settlement's"
                    + " share included; one request alone sends %d commands: `%s`, the first before the reply);"
                    + " %,.0f requests a second until settled; driver insertOne p50 %s ms (store time %s ms); the"
                    + " driver sending registerWork's commands one by one p50 %s ms (store time %s ms).",
                    ms(op.graphQl().p50Millis()), ms(op.graphQlStoreMillis()), op.commands().size(),
                    String.join("`, `", op.commands()), op.settledPerSecond(), ms(op.direct().p50Millis()),
                    ms(op.directStoreMillis()), ms(floor.latencies().p50Millis()), ms(floor.storeMillis())));
            doc.line();
            int processors = Runtime.getRuntime().availableProcessors();
            targets.judge("GraphQL", "registerWork p50 ÷ driver insertOne p50", ratio(ratio), "≤ 2×", ratio <= 2,
                    String.format(Locale.ROOT, "one committed command before the reply, as for insertOne, and the"
                    + " store's time a request is %s ms, settlement included (%s ms an insertOne), but the %d processors"
                    + " serve %,.0f requests a second until settled, at most %s ms of processor time each, against"
                    + " %,.0f insertOnes a second (%s ms). Under a closed loop a request's p50 follows that cost:"
                    + " after its reply each registerWork makes the store write four more documents (its entry into"
                    + " the trail, its unit's member list and summary, the entry's pull), most of the store's time,"
                    + " and the service's own work around the insert (HTTP, the token, GraphQL, the rules, JSON)"
                    + " shares the same processors (see docs/performance.md)",
                    ms(op.graphQlStoreMillis()), ms(op.directStoreMillis()), processors, op.settledPerSecond(),
                    ms(processors * 1000.0 / op.settledPerSecond()), op.direct().perSecond(),
                    ms(processors * 1000.0 / op.direct().perSecond())));
        }
        GraphQlBench.ImportCommit commit = r.importCommit();
        String commands = commit.commands().entrySet().stream().map(e -> e.getValue() + "× " + e.getKey()
                + String.format(Locale.ROOT, " (%s ms)", ms(commit.storeMillisByCommand().getOrDefault(e.getKey(), 0.0))))
                .collect(java.util.stream.Collectors.joining(", "));
        double settledRatio = commit.settledMillis() / commit.insertManyMillis();
        rows.add(List.of(String.format(Locale.ROOT, "committed import of %,d rows over HTTP, rows/s to the reply",
                commit.rows()), String.format(Locale.ROOT, "%,.0f", commit.rowsPerSecond()), "≥ 2,000",
                met(commit.rowsPerSecond() >= 2_000)));
        rows.add(List.of("committed import to the reply ÷ driver insertMany", ratio(commit.ratio()), "≤ 2×",
                met(commit.ratio() <= 2)));
        rows.add(List.of(String.format(Locale.ROOT, "committed import of %,d rows over HTTP, rows/s until settled",
                commit.rows()), String.format(Locale.ROOT, "%,.0f", commit.settledRowsPerSecond()), "≥ 2,000",
                met(commit.settledRowsPerSecond() >= 2_000)));
        rows.add(List.of("committed import until settled ÷ driver insertMany", ratio(settledRatio), "≤ 2×",
                met(settledRatio <= 2)));
        doc.table(List.of("what", "measured", "target", "verdict"), rows);
        doc.line();
        doc.line(String.format(Locale.ROOT, "The import took %s ms to the reply and %s ms until settled, the store"
                + " spending %s ms on its commands and its settlement's; `insertMany` (unordered) of as many work"
                + " documents %s ms, of which the store %s ms. Store commands of the import and its settlement, with"
                + " the store's time on each kind: %s.", ms(commit.millis()), ms(commit.settledMillis()),
                ms(commit.storeMillis()), ms(commit.insertManyMillis()), ms(commit.insertManyStoreMillis()), commands));
        String importLimit = String.format(Locale.ROOT, "the store spent %s ms on the import's and its settlement's"
                + " batched writes (%s), which run side by side on the same collections, against %s ms on the"
                + " insertMany; each row is written three times (the registration with its audit entry, the entry into"
                + " the trail, the entry's pull) where insertMany writes it once, and each batch's natural-key read"
                + " scans the registrations, the embedded store having no index but the unique ones (see"
                + " docs/performance.md)", ms(commit.storeMillis()), commands,
                ms(commit.insertManyStoreMillis()));
        targets.judge("commands", String.format(Locale.ROOT, "committed import of %,d rows over HTTP, to the reply",
                commit.rows()), String.format(Locale.ROOT, "%,.0f rows/s", commit.rowsPerSecond()), "≥ 2,000 rows/s",
                commit.rowsPerSecond() >= 2_000, importLimit);
        targets.judge("commands", "committed import to the reply ÷ driver insertMany of as many documents",
                ratio(commit.ratio()), "≤ 2×", commit.ratio() <= 2, importLimit);
        targets.judge("commands", String.format(Locale.ROOT, "committed import of %,d rows over HTTP, until settled",
                commit.rows()), String.format(Locale.ROOT, "%,.0f rows/s", commit.settledRowsPerSecond()),
                "≥ 2,000 rows/s", commit.settledRowsPerSecond() >= 2_000, importLimit);
        targets.judge("commands", "committed import until settled ÷ driver insertMany of as many documents",
                ratio(settledRatio), "≤ 2×", settledRatio <= 2, importLimit);
    }

    private static String met(boolean met) {
        return met ? "met" : "**missed**";
    }

    // ---------------------------------------------------------------- export

    private void export(Path apiJar) {
        int works = quick ? 5_000 : 100_000;
        String heap = "256m";
        System.out.println("Export: seeding " + works + " works, then downloading works.xlsx from " + apiJar);
        doc.line();
        doc.line("## 4. Export of registrations to .xlsx");
        doc.line();
        ExportBench.Result r;
        try {
            r = new ExportBench(new ExportBench.Settings(apiJar, work.resolve("export"), works, heap)).run();
        } catch (RuntimeException e) {
            targets.judge("export", String.format(Locale.ROOT, "works.xlsx of %,d works under -Xmx%s", works, heap),
                    "failed", "every work exported", false, "the export failed: " + e.getMessage());
            doc.line("**Target missed**: the export failed: " + e.getMessage());
            return;
        }
        doc.line(String.format(Locale.ROOT, "The packaged service in a child JVM with `-Xmx%s`, on the embedded store"
                + " the benchmark hosts (as in part 2), holding %,d works: one registered through GraphQL and copies"
                + " of its stored document inserted with the driver. A city administrator downloads"
                + " `GET /api/exports/works.xlsx?campaign=CT32-2022` (every work, one row each); the service's peak"
                + " heap is the most its collector found in use when a collection began during the download"
                + " (`-Xlog:gc`). Baseline: POI's SXSSF writing the same number of rows of the same cell types and"
                + " formats, with nothing else, in a child JVM with the same heap limit.", heap, r.seeded()));
        doc.line();
        doc.table(List.of("", "time (ms)", "peak heap (MiB)", "file (bytes)", "rows"), List.of(
                List.of("service: works.xlsx over HTTP", String.format(Locale.ROOT, "%,.0f", r.exportMillis()),
                        r.servicePeakMiB() + " of " + r.serviceHeapMiB(), String.format(Locale.ROOT, "%,d",
                                r.exportBytes()), String.format(Locale.ROOT, "%,d", r.exportRows())),
                List.of("POI SXSSF, the same cells", String.format(Locale.ROOT, "%,.0f", r.bareMillis()),
                        Long.toString(r.barePeakMiB()), String.format(Locale.ROOT, "%,d", r.bareBytes()),
                        String.format(Locale.ROOT, "%,d", r.seeded())),
                List.of("service ÷ SXSSF", "**" + ratio(r.exportMillis() / r.bareMillis()) + "**", "", "", "")));
        System.out.println(String.format(Locale.ROOT, "  export %,.0f ms (peak %d MiB), bare %,.0f ms (peak %d MiB),"
                + " %,d of %,d rows", r.exportMillis(), r.servicePeakMiB(), r.bareMillis(), r.barePeakMiB(),
                r.exportRows(), r.seeded()));
        doc.line();
        boolean whole = r.exportRows() == r.seeded();
        targets.judge("export", String.format(Locale.ROOT, "works.xlsx of %,d works under -Xmx%s", r.seeded(), heap),
                String.format(Locale.ROOT, "%,d rows", r.exportRows()), "every work exported", whole,
                "the file does not hold every work: see the service's log");
        doc.line(whole ? String.format(Locale.ROOT, "Target met: all %,d works exported under `-Xmx%s`.", r.seeded(),
                heap) : "**Target missed**: the file does not hold every work.");
    }

    // ---------------------------------------------------------------- start-up

    /** The start-up target: health UP this soon after launch. */
    private static final double START_UP_TARGET_MILLIS = 5_000;

    private void startup(Path apiJar) {
        int starts = quick ? 1 : 3;
        System.out.println("Start-up: " + starts + " starts of " + apiJar + ", plain and with class data sharing");
        StartupBench.Result r = new StartupBench(new StartupBench.Settings(apiJar, work.resolve("startup"), starts,
                "512m")).run();
        doc.line();
        doc.line("## 5. Start-up");
        doc.line();
        doc.line(String.format(Locale.ROOT, "The packaged service started as the README runs it (`-Xmx512m`), on its"
                + " own embedded store (H2 file) in a fresh directory each time — so every start opens a new store,"
                + " creates its indexes and seeds the campaign and the units — timed from launch until"
                + " `GET /actuator/health` answers UP; %s of each kind, taken in turn, the median reported."
                + " **Plain jar**: `java -jar campaign-api-….jar`. **Class data sharing (CDS)**: the jar extracted by"
                + " `java -Djarmode=tools -jar campaign-api-….jar extract` (%s ms), started with"
                + " `-XX:SharedArchiveFile` on an archive of %.0f MiB made by one training run"
                + " (`-XX:ArchiveClassesAtExit` with `-Dspring.context.exit=onRefresh`: %s ms), as README \"Faster"
                + " start\" makes it.", starts == 1 ? "one start" : starts + " starts", ms(r.extractMillis()), r.archiveBytes() / (1024.0 * 1024),
                ms(r.trainingMillis())));
        doc.line();
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("plain jar", ms(r.plainMedian()), join(r.plainMillis()), met(r.plainMedian()
                <= START_UP_TARGET_MILLIS)));
        rows.add(List.of("class data sharing", ms(r.cdsMedian()), join(r.cdsMillis()), met(r.cdsMedian()
                <= START_UP_TARGET_MILLIS && r.archiveUsed())));
        rows.add(List.of("plain ÷ CDS", ratio(r.plainMedian() / r.cdsMedian()), "", ""));
        doc.table(List.of("start", "launch to health UP (ms, median)", "each start (ms)", "target ≤ 5 s"), rows);
        doc.line();
        if (!r.archiveUsed()) {
            doc.line("**The archive was not mapped** by every start with it (`-Xlog:cds`): those starts ran without"
                    + " it.");
            doc.line();
        }
        doc.line("What each start spent, by the service's own report (`-Dcampaign.startup.report=12`: Spring's"
                + " start-up steps by their own time, a step less the steps inside it; one more start of each kind,"
                + " untimed):");
        doc.line();
        List<List<String>> steps = new ArrayList<>();
        for (int i = 0; i < Math.max(r.plainSteps().size(), r.cdsSteps().size()); i++) {
            steps.add(List.of(i < r.plainSteps().size() ? r.plainSteps().get(i) : "",
                    i < r.cdsSteps().size() ? r.cdsSteps().get(i) : ""));
        }
        doc.table(List.of("plain jar", "class data sharing"), steps);
        String limit = "class loading and the Spring context on a machine of " + Machine.current().cores()
                + " processors, the load average at " + Machine.current().loadAverage() + " as the part ended; the"
                + " longest steps: " + String.join("; ", r.cdsSteps().subList(0, Math.min(4, r.cdsSteps().size())));
        targets.judge("start-up", "launch to health UP, plain jar (median)", ms(r.plainMedian()) + " ms", "≤ 5,000 ms",
                r.plainMedian() <= START_UP_TARGET_MILLIS, "class loading (every start reads and verifies the"
                + " classes again; the CDS start below skips that) and the Spring context; the longest steps: "
                + String.join("; ", r.plainSteps().subList(0, Math.min(4, r.plainSteps().size()))));
        targets.judge("start-up", "launch to health UP, class data sharing (median)", ms(r.cdsMedian()) + " ms",
                "≤ 5,000 ms", r.cdsMedian() <= START_UP_TARGET_MILLIS && r.archiveUsed(),
                r.archiveUsed() ? limit : "the archive was not mapped: " + limit);
    }

    private static String join(List<Double> millis) {
        return String.join(", ", millis.stream().map(BenchMain::ms).toList());
    }

    private static Path findApiJar() {
        Path target = Path.of("campaign-api", "target");
        try (Stream<Path> files = Files.list(target)) {
            return files.filter(p -> p.getFileName().toString().matches("campaign-api-.*\\.jar"))
                    .filter(p -> !p.getFileName().toString().endsWith("-plain.jar")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no campaign-api jar in " + target.toAbsolutePath()
                            + "; run ./mvnw -q -pl campaign-bench,campaign-api -am package -DskipTests first"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + target.toAbsolutePath()
                    + "; run the command from the repository root after packaging campaign-api", e);
        }
    }

    // ---------------------------------------------------------------- end

    private void footer(double seconds) {
        doc.line();
        targets.write(doc);
        if (doc.text().contains(ReportSections.begin(SoakSection.NAME))) {
            doc.line();
            doc.line("The soak judges its own targets at the end of section 6, which `--only soak` replaces alone.");
        }
        doc.line();
        try (InputStream notes = BenchMain.class.getResourceAsStream("notes.md")) {
            doc.line(new String(Objects.requireNonNull(notes, "notes.md").readAllBytes(), StandardCharsets.UTF_8)
                    .stripTrailing());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        doc.line();
        doc.line(String.format(Locale.ROOT, "_The whole run took %.0f s._", seconds));
        System.out.println("Missed targets: " + (targets.misses().isEmpty() ? "none" : targets.misses()));
    }

    private static void create(Path directory) {
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteTree(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            System.err.println("Could not delete " + root + ": " + e.getMessage());
        }
    }

    private static double number(Map<String, String> figures, String key) {
        String value = figures.get(key);
        if (value == null) {
            throw new IllegalStateException("no " + key + " in " + figures);
        }
        return Double.parseDouble(value);
    }

    private static String mib(Path file) {
        try {
            return String.format(Locale.ROOT, "%.2f", Files.size(file) / (1024.0 * 1024));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String ms(double millis) {
        return millis >= 100 ? String.format(Locale.ROOT, "%,.0f", millis) : String.format(Locale.ROOT, "%.2f", millis);
    }

    private static String ratio(double ratio) {
        return String.format(Locale.ROOT, "%.2f×", ratio);
    }
}
