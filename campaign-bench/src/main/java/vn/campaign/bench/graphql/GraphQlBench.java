package vn.campaign.bench.graphql;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

import org.jspecify.annotations.Nullable;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntConsumer;

import org.bson.Document;
import org.bson.conversions.Bson;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Accumulators;
import com.mongodb.client.model.Aggregates;
import com.mongodb.client.model.EstimatedDocumentCountOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.InsertManyOptions;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;

import vn.campaign.bench.imports.LegacyFiles;
import vn.campaign.core.unit.HaTinhCity;
import vn.campaign.core.text.VietnameseText;
import vn.campaign.importer.report.Counts;
import vn.campaign.importer.report.ImportReport;
import vn.campaign.importer.report.ReportJson;

/**
 * Starts the packaged service in a child JVM on a {@link CountingStore}, seeds it through GraphQL with works
 * and events over the 15 wards and communes, then measures three operations over HTTP from a few client
 * threads — the campaign overview with compliance, a page of 100 works with unit and task area, and
 * {@code registerWork} — each next to the same reads or write made directly with the MongoDB driver on the
 * same store, and counts the commands one request sends to the store.
 */
public final class GraphQlBench {

    /** The campaign overview with its compliance report. */
    static final String OVERVIEW = """
            { campaign(code: "CT32-2022") { code name startsOn endsOn organiser { code name }
                taskAreas { code name } obligations { code name }
                compliance { requiredUnits compliantUnits units { unit { code name } compliant } } } }""";

    /** The name of the overview operation in the results. */
    public static final String OVERVIEW_NAME = "campaign overview with compliance";

    /** A page of works with their unit and task area. */
    static final String WORKS = """
            query($n: Int!) { works(first: $n) { totalCount
                nodes { id name kind plannedOn status unit { code name parent { code } } taskArea { code name } campaign { code } }
                pageInfo { endCursor hasNextPage } } }""";

    /** The dashboard's statistics of the campaign, every figure, for the caller (here the city). */
    static final String STATISTICS = """
            { campaign(code: "CT32-2022") { statistics {
                works { total byStatus { status count } } events { total byStatus { status count } }
                byUnit { unit { code } works { total byStatus { status count } } events { total } }
                byTaskArea { taskArea { code } works { total } events { total } }
                byWeek { weekStarting registered approved completed }
                investment { total byFundingSource { fundingSource amount } } plaques { requested awarded } } } }""";

    static final String REGISTER_WORK = """
            mutation($input: RegisterWorkInput!) { registerWork(input: $input) { work { id version }
                userErrors { code field message } } }""";

    static final String REGISTER_EVENT = """
            mutation($input: RegisterEventInput!) { registerEvent(input: $input) { event { id }
                userErrors { code field message } } }""";

    /** The system property whose value is added to the service's JVM options. */
    public static final String SERVICE_OPTIONS = "campaign.bench.service-options";

    /**
     * The system property that sets the rows of the committed import (five times the seed unless set): a quick run
     * can import the full run's 10,000 rows.
     */
    public static final String IMPORT_ROWS = "campaign.bench.import-rows";

    private static final List<String> AREAS = List.of("URBAN", "CULTURE", "ECONOMY", "EDUCATION", "HEALTH");
    private static final List<String> EVENT_KINDS = List.of("TRADITIONAL_FESTIVAL", "CULTURAL", "SPORTS");

    /**
     * The settings of a run.
     *
     * @param apiJar   the service's executable jar
     * @param work     a directory for the store, the logs and the process file
     * @param seed     works, and as many events, to register before measuring
     * @param requests measured requests of each operation (as many warm-up requests go first)
     * @param threads  client threads
     */
    public record Settings(Path apiJar, Path work, int seed, int requests, int threads) {
    }

    /**
     * One operation measured both ways.
     *
     * @param name     what was measured
     * @param graphQl  over HTTP through the service
     * @param direct   with the MongoDB driver
     * @param commands store commands of one GraphQL request
     * @param graphQlStoreMillis the store's own time per GraphQL request (its commands, commits included), a
     *                           mean over the measured requests
     * @param directStoreMillis  the store's own time per direct operation, likewise
     * @param settledPerSecond   for a write, measured requests per second of wall time from the first request
     *                           until the service had settled them all (their audit entries in the trail, moved
     *                           after the replies); {@code NaN} for a read
     */
    public record Operation(String name, Latencies graphQl, Latencies direct, List<String> commands,
            double graphQlStoreMillis, double directStoreMillis, double settledPerSecond) {
    }

    /**
     * What the run measured.
     *
     * @param seedMillis       time to register the seed through GraphQL
     * @param seeded           registrations in the store after seeding
     * @param operations       the operations
     * @param commandsFor10    store commands of a 10-work page
     * @param commandsFor100   store commands of a 100-work page
     * @param startMillis      time from launching the service to its process file
     * @param importCommit     the committed import of a generated file over HTTP, next to the driver's
     *                         {@code insertMany} of as many documents
     * @param registerWorkCommands the driver sending the store commands {@code registerWork} sends, with the same
     *                         documents: the store's floor under {@code registerWork}
     */
    public record Result(double seedMillis, long seeded, List<Operation> operations, List<String> commandsFor10,
            List<String> commandsFor100, double startMillis, ImportCommit importCommit,
            DriverBaseline registerWorkCommands) {
    }

    /**
     * Latencies of a baseline sent with the driver, and the store's own time in it.
     *
     * @param latencies   from the client threads
     * @param storeMillis the store's own time per operation (its commands, commits included), a mean
     */
    public record DriverBaseline(Latencies latencies, double storeMillis) {
    }

    /**
     * A committed import measured against the driver.
     *
     * @param rows             data rows in the file (works)
     * @param stored           rows the report counts as imported, updated or unchanged
     * @param millis           from sending the upload to reading the report
     * @param insertManyMillis the driver's unordered {@code insertMany} of as many work documents
     * @param commands         the store commands the import sent, by name and collection, with their counts
     * @param storeMillis      the store's own time on the import's commands, commits included
     * @param insertManyStoreMillis the store's own time on the {@code insertMany}
     * @param storeMillisByCommand  the store's own time on the import's commands, by command and collection
     * @param settledMillis    from sending the upload until the service had settled every row it stored (their
     *                         audit entries in the trail, moved after the reply)
     */
    public record ImportCommit(int rows, int stored, double millis, double insertManyMillis,
            Map<String, Integer> commands, double storeMillis, double insertManyStoreMillis,
            Map<String, Double> storeMillisByCommand, double settledMillis) {

        /**
         * Rows committed per second until they were settled.
         *
         * @return the rate
         */
        public double settledRowsPerSecond() {
            return rows / (settledMillis / 1000);
        }

        /**
         * Rows committed per second.
         *
         * @return the rate
         */
        public double rowsPerSecond() {
            return rows / (millis / 1000);
        }

        /**
         * How many times longer than the driver's {@code insertMany} the import took.
         *
         * @return the ratio
         */
        public double ratio() {
            return millis / insertManyMillis;
        }
    }

    private final Settings settings;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String secret = "bench-" + UUID.randomUUID() + "-" + UUID.randomUUID();
    private final String token = DevelopmentToken.sign(secret, "CITY_ADMIN", "436");
    private URI endpoint = URI.create("http://127.0.0.1/graphql");

    /**
     * Prepares a run.
     *
     * @param settings the settings
     */
    public GraphQlBench(Settings settings) {
        this.settings = settings;
    }

    /**
     * Runs everything and stops the service and the store.
     *
     * @return the figures
     */
    public Result run() {
        try {
            Files.createDirectories(settings.work());
            try (CountingStore store = new CountingStore(settings.work().resolve("store.mv"))) {
                long launched = System.nanoTime();
                try (ServiceProcess service = ServiceProcess.start(settings.apiJar(), store.connectionString(), secret,
                        settings.work(), "512m", serviceOptions())) {
                    double startMillis = (System.nanoTime() - launched) / 1e6;
                    endpoint = URI.create("http://127.0.0.1:" + service.port() + "/graphql");
                    try (MongoClient mongo = MongoClients.create(store.connectionString())) {
                        return measure(store, mongo.getDatabase("campaign"), startMillis);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Further JVM options for the service, from the system property {@value #SERVICE_OPTIONS} (split at
     * white space): how a profile of the service is taken during a run, such as
     * {@code -Dcampaign.bench.service-options=-XX:StartFlightRecording=filename=service.jfr,settings=profile}.
     */
    private static String[] serviceOptions() {
        String options = System.getProperty(SERVICE_OPTIONS, "").strip();
        return options.isEmpty() ? new String[0] : options.split("\\s+");
    }

    private Result measure(CountingStore store, MongoDatabase db, double startMillis) {
        List<String> wards = HaTinhCity.wardsAndCommunes().stream().map(u -> u.code().value()).toList();
        long seedStart = System.nanoTime();
        load(settings.seed(), settings.threads(), i -> {
            String unit = wards.get(i % wards.size());
            Document work = graphQl(REGISTER_WORK, Map.of("input", workInput(unit, "Công trình " + i, i)));
            requireNoUserErrors(work, "registerWork");
            Document event = graphQl(REGISTER_EVENT, Map.of("input", Map.of("campaignCode", "CT32-2022",
                    "unitCode", unit, "name", "Sự kiện " + i, "kind", EVENT_KINDS.get(i % 3),
                    "startsOn", LocalDate.of(2022, 4, 10).plusDays(i % 60).toString(),
                    "taskAreaCode", AREAS.get(i % AREAS.size()))));
            requireNoUserErrors(event, "registerEvent");
        });
        double seedMillis = (System.nanoTime() - seedStart) / 1e6;
        MongoCollection<Document> registrations = db.getCollection("registrations");
        MongoCollection<Document> units = db.getCollection("units");
        MongoCollection<Document> campaigns = db.getCollection("campaigns");
        long seeded = registrations.countDocuments();

        List<Operation> operations = new ArrayList<>();
        MongoCollection<Document> summaries = db.getCollection("unitSummaries");
        operations.add(operation(store, OVERVIEW_NAME,
                i -> requireData(graphQl(OVERVIEW, Map.of()), "campaign"),
                i -> {
                    // what the service reads for it: the campaign and the units (kept in its memory) and the
                    // units' summaries (read from the store on each request)
                    campaigns.find(Filters.eq("_id", "CT32-2022")).first();
                    units.find().into(new ArrayList<>());
                    summaries.find(Filters.eq("campaign", "CT32-2022")).into(new ArrayList<>());
                }));
        Bson order = Sorts.ascending("type", "unit", "nameFolded", "_id");
        operations.add(operation(store, "works(first: 100) with unit and task area",
                i -> requireData(graphQl(WORKS, Map.of("n", 100)), "works"),
                i -> {
                    List<Document> page = registrations.find(Filters.eq("type", "WORK")).sort(order).limit(100)
                            .into(new ArrayList<>());
                    registrations.countDocuments(Filters.eq("type", "WORK"));
                    List<String> codes = page.stream().map(d -> d.getString("unit")).distinct().toList();
                    List<Document> found = units.find(Filters.in("code", codes)).into(new ArrayList<>());
                    List<String> parents = found.stream().map(d -> d.getString("parent")).filter(p -> p != null)
                            .distinct().toList();
                    units.find(Filters.in("code", parents)).into(new ArrayList<>());
                    campaigns.find(Filters.eq("_id", "CT32-2022")).first();
                }));
        operations.add(operation(store, "campaign statistics (dashboard)",
                i -> requireData(graphQl(STATISTICS, Map.of()), "campaign"),
                i -> {
                    campaigns.find(Filters.eq("_id", "CT32-2022")).first();
                    units.find().into(new ArrayList<>());
                    registrations.aggregate(List.of(Aggregates.match(Filters.eq("campaign", "CT32-2022")),
                            Aggregates.group(new Document("type", "$type").append("unit", "$unit")
                                    .append("status", "$status").append("taskArea", "$taskArea")
                                    .append("fundingSource", "$fundingSource")
                                    .append("plaqueRequested", "$plaqueRequested")
                                    .append("plaqueAwarded", "$plaqueAwarded"),
                                    Accumulators.sum("count", 1), Accumulators.sum("investment", "$investment"))))
                            .into(new ArrayList<>());
                }));
        Document template = registrations.find(Filters.eq("type", "WORK")).first();
        if (template == null) {
            throw new IllegalStateException("no work was seeded");
        }
        AtomicInteger written = new AtomicInteger();
        operations.add(operation(store, "registerWork",
                i -> requireNoUserErrors(graphQl(REGISTER_WORK, Map.of("input",
                        workInput(wards.get(Math.floorMod(i, wards.size())), "Công trình đo " + written.incrementAndGet(), i))),
                        "registerWork"),
                i -> {
                    Document copy = new Document(template);
                    String name = "Công trình trực tiếp " + written.incrementAndGet();
                    copy.put("_id", UUID.randomUUID().toString());
                    copy.put("name", name);
                    copy.put("nameFolded", VietnameseText.fold(name));
                    copy.put("nameKey", VietnameseText.fold(name)); // key of a live one
                    registrations.insertOne(copy);
                }, db));

        DriverBaseline sameCommands = registerWorkCommands(store, db, template, written);

        List<String> ten = commandsOf(store, 10);
        List<String> hundred = commandsOf(store, 100);
        ImportCommit commit = importCommit(store, db, template,
                Integer.getInteger(IMPORT_ROWS, settings.seed() * 5));
        return new Result(seedMillis, seeded, operations, ten, hundred, startMillis, commit, sameCommands);
    }

    /**
     * The driver sending what {@code registerWork} sends the store: the work's document with its audit entry
     * inside ({@code auditOutbox}), the entry's insert into the trail, the new id added to its unit's member list,
     * the unit's summary replaced under its version (a copy of a summary the service wrote, with the list of what
     * it counts), and the update pulling the entry from the document — five round trips, each committed, with no
     * HTTP, GraphQL, token or rules around them.
     */
    private DriverBaseline registerWorkCommands(CountingStore store, MongoDatabase db, Document template,
            AtomicInteger written) {
        MongoCollection<Document> registrations = db.getCollection("registrations");
        MongoCollection<Document> audit = db.getCollection("audit");
        MongoCollection<Document> members = db.getCollection("unitMembers");
        MongoCollection<Document> summaries = db.getCollection("unitSummaries");
        Document entryTemplate = audit.find(Filters.eq("action", "REGISTER")).first();
        Document summaryTemplate = summaries.find().first();
        if (entryTemplate == null || summaryTemplate == null) {
            throw new IllegalStateException("no audit entry or unit summary of a registration was stored");
        }
        AtomicLong summaryVersion = new AtomicLong();
        IntConsumer sameCommands = i -> {
            Document copy = new Document(template);
            String name = "Công trình ba lệnh " + written.incrementAndGet();
            String id = UUID.randomUUID().toString();
            copy.put("_id", id);
            copy.put("name", name);
            copy.put("nameFolded", VietnameseText.fold(name));
            copy.put("nameKey", VietnameseText.fold(name));
            Document entry = new Document(entryTemplate);
            String entryId = UUID.randomUUID().toString();
            entry.put("_id", entryId);
            entry.put("objectId", id);
            copy.put("auditOutbox", List.of(entry));
            registrations.insertOne(copy);
            audit.insertOne(new Document(entry));
            String unit = "bench/" + Math.floorMod(i, settings.threads());
            members.updateOne(Filters.eq("_id", unit), Updates.addToSet("ids", id), new UpdateOptions().upsert(true));
            Document summary = new Document(summaryTemplate);
            summary.put("_id", unit);
            summary.put("version", summaryVersion.incrementAndGet());
            summaries.replaceOne(Filters.eq("_id", unit), summary, new ReplaceOptions().upsert(true));
            registrations.updateOne(Filters.eq("_id", id),
                    Updates.pull("auditOutbox", new Document("_id", entryId)));
        };
        int n = settings.requests();
        load(n, settings.threads(), sameCommands);
        store.reset();
        Latencies latencies = load(n, settings.threads(), sameCommands);
        return new DriverBaseline(latencies, store.busyMillis() / n);
    }

    /**
     * Commits a generated file of works over HTTP ({@code POST /api/imports}, as the command-line client does),
     * after a dry run of it as warm-up, and times it to the reply and until the service has settled every row it
     * stored (the store's commands and time counted until then), then times the driver's unordered
     * {@code insertMany} of as many copies of a seeded work document.
     */
    private ImportCommit importCommit(CountingStore store, MongoDatabase db, Document template, int rows) {
        MongoCollection<Document> registrations = db.getCollection("registrations");
        Path file = LegacyFiles.csv(settings.work().resolve("import-" + rows + ".csv"), rows);
        upload(file, true); // warm-up: a dry run of the same file loads and compiles the importer's code
        awaitEntries(db, 0, System.nanoTime());
        long entries = db.getCollection("audit").estimatedDocumentCount(
                new EstimatedDocumentCountOptions().comment(CountingStore.UNCOUNTED));
        store.reset();
        long started = System.nanoTime();
        ImportReport report = upload(file, false);
        double millis = (System.nanoTime() - started) / 1e6;
        Counts counts = report.files().get(0).counts();
        double settledMillis = awaitEntries(db, entries + counts.imported() + counts.updated(), started);
        double storeMillis = store.busyMillis();
        Map<String, Double> byCommand = store.busyMillisByCommand();
        Map<String, Integer> commands = new TreeMap<>();
        store.commands().forEach(c -> commands.merge(c, 1, Integer::sum));
        int stored = counts.imported() + counts.updated() + counts.unchanged();
        if (stored != rows) {
            throw new IllegalStateException("the import stored " + stored + " of " + rows + " rows: " + counts);
        }
        List<Document> copies = new ArrayList<>(rows);
        for (int i = 0; i < rows; i++) {
            Document copy = new Document(template);
            String name = "Công trình hàng loạt " + i;
            copy.put("_id", UUID.randomUUID().toString());
            copy.put("name", name);
            copy.put("nameFolded", VietnameseText.fold(name));
            copy.put("nameKey", VietnameseText.fold(name)); // the unique key of a live one, as the service writes it
            copies.add(copy);
        }
        store.reset();
        long inserting = System.nanoTime();
        registrations.insertMany(copies, new InsertManyOptions().ordered(false));
        double insertManyMillis = (System.nanoTime() - inserting) / 1e6;
        return new ImportCommit(rows, stored, millis, insertManyMillis, commands, storeMillis, store.busyMillis(),
                byCommand, settledMillis);
    }

    private ImportReport upload(Path file, boolean dryRun) {
        String boundary = "bench" + UUID.randomUUID();
        try {
            byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"campaign\"\r\n\r\nCT32-2022\r\n"
                    + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"dryRun\"\r\n\r\n" + dryRun + "\r\n"
                    + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                    + file.getFileName() + "\"\r\nContent-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8);
            byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
            HttpRequest request = HttpRequest.newBuilder(endpoint.resolve("/api/imports"))
                    .timeout(Duration.ofMinutes(10))
                    .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .header("Accept", "application/json").header("Authorization", "Bearer " + token)
                    .POST(HttpRequest.BodyPublishers.concat(HttpRequest.BodyPublishers.ofByteArray(head),
                            HttpRequest.BodyPublishers.ofFile(file), HttpRequest.BodyPublishers.ofByteArray(tail)))
                    .build();
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("the import answered HTTP " + response.statusCode() + ": "
                        + new String(response.body(), StandardCharsets.UTF_8));
            }
            return ReportJson.read(new ByteArrayInputStream(response.body()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private List<String> commandsOf(CountingStore store, int pageSize) {
        store.reset();
        Document page = requireData(graphQl(WORKS, Map.of("n", pageSize)), "works");
        List<String> commands = store.commands();
        Object nodes = page.get("data", Document.class).get("works", Document.class).get("nodes");
        if (!(nodes instanceof List<?> list) || list.size() != pageSize) {
            throw new IllegalStateException("a page of " + pageSize + " works came back with "
                    + (nodes instanceof List<?> list ? list.size() : 0));
        }
        return commands;
    }

    private Operation operation(CountingStore store, String name, IntConsumer viaGraphQl, IntConsumer direct) {
        return operation(store, name, viaGraphQl, direct, null);
    }

    /**
     * Measures an operation through GraphQL and with the driver. For a write, {@code db} is the service's database:
     * the commands of one request are listed once the service has settled it, and the measured requests are also
     * timed until the trail holds an entry for each (the service moves them after the replies, then adjusts the
     * summaries and pulls the entries in the same pass).
     */
    private Operation operation(CountingStore store, String name, IntConsumer viaGraphQl, IntConsumer direct,
            @Nullable MongoDatabase db) {
        @Nullable MongoCollection<Document> audit = db == null ? null : db.getCollection("audit");
        store.reset();
        long one = audit == null ? 0 : audit.estimatedDocumentCount(
                new EstimatedDocumentCountOptions().comment(CountingStore.UNCOUNTED));
        viaGraphQl.accept(-1);
        if (db != null) {
            awaitEntries(db, one + 1, System.nanoTime());
        }
        List<String> commands = store.commands();
        int n = settings.requests();
        load(n, settings.threads(), viaGraphQl);
        load(n, settings.threads(), direct);
        if (db != null) {
            awaitEntries(db, 0, System.nanoTime());
        }
        long before = audit == null ? 0 : audit.estimatedDocumentCount(
                new EstimatedDocumentCountOptions().comment(CountingStore.UNCOUNTED));
        store.reset();
        long started = System.nanoTime();
        Latencies graphQl = load(n, settings.threads(), viaGraphQl);
        double settledPerSecond = Double.NaN;
        if (db != null) {
            settledPerSecond = n / (awaitEntries(db, before + n, started) / 1000);
        }
        double graphQlStore = store.busyMillis() / n;
        store.reset();
        Latencies viaDriver = load(n, settings.threads(), direct);
        double directStore = store.busyMillis() / n;
        return new Operation(name, graphQl, viaDriver, commands, graphQlStore, directStore, settledPerSecond);
    }

    /**
     * Waits until the audit trail holds {@code entries} entries, checking every millisecond, then until no
     * registration holds a pending entry (the pass that moved the entries pulls them last).
     *
     * @param started when the timed work began ({@link System#nanoTime()}), or a negative number
     * @return the milliseconds from {@code started} until the trail held the entries
     */
    private static double awaitEntries(MongoDatabase db, long entries, long started) {
        MongoCollection<Document> audit = db.getCollection("audit");
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
        EstimatedDocumentCountOptions uncounted = new EstimatedDocumentCountOptions().comment(CountingStore.UNCOUNTED);
        while (audit.estimatedDocumentCount(uncounted) < entries) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the audit trail never reached " + entries + " entries");
            }
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(1));
        }
        double millis = (System.nanoTime() - started) / 1e6;
        MongoCollection<Document> registrations = db.getCollection("registrations");
        while (registrations.find(Filters.exists("auditOutbox._id")).projection(new Document("_id", 1))
                .comment(CountingStore.UNCOUNTED).first() != null) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("registrations kept audit entries pending for five minutes");
            }
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(20));
        }
        return millis;
    }

    private static Latencies load(int requests, int threads, IntConsumer request) {
        double[] samples = new double[requests];
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long start = System.nanoTime();
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                workers.add(pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < requests; i = next.getAndIncrement()) {
                        long begin = System.nanoTime();
                        request.accept(i);
                        samples[i] = (System.nanoTime() - begin) / 1e6;
                    }
                }));
            }
            for (Future<?> worker : workers) {
                worker.get(10, TimeUnit.MINUTES);
            }
        } catch (Exception e) {
            throw new IllegalStateException("a request failed: " + e.getMessage(), e);
        } finally {
            pool.shutdownNow();
        }
        return Latencies.of(samples, threads, (System.nanoTime() - start) / 1e6);
    }

    private static Map<String, Object> workInput(String unit, String name, int i) {
        Map<String, Object> input = new LinkedHashMap<>();
        input.put("campaignCode", "CT32-2022");
        input.put("unitCode", unit);
        input.put("name", name);
        input.put("kind", i % 2 == 0 ? "INAUGURATION" : "GROUNDBREAKING");
        input.put("plannedOn", LocalDate.of(2022, 4, 10).plusDays(Math.floorMod(i, 60)).toString());
        input.put("taskAreaCode", AREAS.get(Math.floorMod(i, AREAS.size())));
        input.put("location", "Tổ dân phố " + Math.floorMod(i, 12));
        return input;
    }

    private Document graphQl(String query, Map<String, Object> variables) {
        String body = new Document("query", query).append("variables", new Document(variables)).toJson();
        HttpRequest.Builder request = HttpRequest.newBuilder(endpoint).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofString(body));
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 401 || response.statusCode() == 403) {
                throw new IllegalStateException("the service refused the benchmark's token (" + response.statusCode()
                        + ", " + response.headers().firstValue("WWW-Authenticate").orElse("no WWW-Authenticate") + "): "
                        + response.body());
            }
            if (response.statusCode() != 200) {
                throw new IllegalStateException("HTTP " + response.statusCode() + ": " + response.body());
            }
            Document answer = Document.parse(response.body());
            if (answer.get("errors") != null) {
                throw new IllegalStateException("GraphQL errors: " + response.body());
            }
            return answer;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static Document requireData(Document answer, String field) {
        Document data = answer.get("data", Document.class);
        if (data == null || data.get(field) == null) {
            throw new IllegalStateException("no " + field + " in " + answer.toJson());
        }
        return answer;
    }

    private static void requireNoUserErrors(Document answer, String field) {
        Document payload = requireData(answer, field).get("data", Document.class).get(field, Document.class);
        Object errors = payload.get("userErrors");
        if (errors instanceof List<?> list && !list.isEmpty()) {
            throw new IllegalStateException(field + " refused: " + answer.toJson());
        }
    }
}
