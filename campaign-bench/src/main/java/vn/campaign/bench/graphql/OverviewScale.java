package vn.campaign.bench.graphql;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.bson.Document;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.InsertManyOptions;

import vn.campaign.bench.Timing;
import vn.campaign.core.text.VietnameseText;

/**
 * The campaign overview at national scale through GraphQL on the embedded store: a store hosted here
 * (mongo-java-server, as the service embeds it, with its memory backend: loading a million documents into its H2
 * file takes a quarter of an hour) holding a given number of wards and communes and, in two steps,
 * a first and a final number of registrations, written with the driver's unordered {@code insertMany} (copies of a
 * work and an event the service registered, spread over the units, kinds, statuses, task areas and days) and then
 * summed up by the service jar's {@code rebuild} command — the documented way to load a store without the write
 * path. After each step the packaged service is started on the store and the overview (the campaign with its
 * compliance report, as {@link GraphQlBench#OVERVIEW}) is timed; next to it, the naive evaluation's reading of
 * every registration of the campaign with the driver, which is what each overview cost before the summaries.
 */
public final class OverviewScale {

    /**
     * The settings of a run.
     *
     * @param apiJar   the service's executable jar
     * @param work     a directory for the store and the logs
     * @param units    wards and communes
     * @param first    registrations at the first measure
     * @param last     registrations at the second measure
     * @param requests measured overview requests at each step (after two warm-up requests)
     */
    public record Settings(Path apiJar, Path work, int units, int first, int last, int requests) {
    }

    /**
     * One size measured.
     *
     * @param registrations registrations in the store
     * @param loadMillis    the {@code insertMany} of the registrations added at this step
     * @param rebuildMillis the {@code rebuild} command, JVM start included
     * @param overview      the overview through GraphQL
     * @param naiveMillis   the median of the driver's reads of every registration document of the campaign
     * @param units         units the overview's compliance report listed
     */
    public record Step(int registrations, double loadMillis, double rebuildMillis, Latencies overview,
            double naiveMillis, int units) {
    }

    /**
     * What the run measured.
     *
     * @param units wards and communes
     * @param steps the two sizes
     */
    public record Result(int units, List<Step> steps) {

        /**
         * How the overview's p50 grew from the first size to the last: the exponent {@code b} of
         * {@code time ∝ registrations^b} (0 flat, 1 linear).
         *
         * @return the exponent
         */
        public double overviewExponent() {
            return exponent(steps.get(0).registrations(), steps.get(0).overview().p50Millis(),
                    steps.get(1).registrations(), steps.get(1).overview().p50Millis());
        }

        /**
         * How the naive evaluation's reading of every registration grew, as {@link #overviewExponent()}.
         *
         * @return the exponent
         */
        public double naiveExponent() {
            return exponent(steps.get(0).registrations(), steps.get(0).naiveMillis(), steps.get(1).registrations(),
                    steps.get(1).naiveMillis());
        }

        private static double exponent(double n1, double t1, double n2, double t2) {
            return Math.log(t2 / t1) / Math.log(n2 / n1);
        }
    }

    private static final String[] AREAS = {"URBAN", "CULTURE", "ECONOMY", "EDUCATION", "HEALTH"};
    private static final String[] WORK_KINDS = {"INAUGURATION", "GROUNDBREAKING"};
    private static final String[] EVENT_KINDS = {"TRADITIONAL_FESTIVAL", "CULTURAL", "SPORTS"};
    private static final int BATCH = 10_000;

    private final Settings settings;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String secret = "bench-" + UUID.randomUUID() + "-" + UUID.randomUUID();
    private final String token = DevelopmentToken.sign(secret, "CITY_ADMIN", "436");

    /**
     * Prepares a run.
     *
     * @param settings the settings
     */
    public OverviewScale(Settings settings) {
        this.settings = settings;
    }

    /**
     * Loads, rebuilds and measures both sizes, then stops the service and the store.
     *
     * @return the figures
     */
    public Result run() {
        try {
            Files.createDirectories(settings.work());
            MongoServer server = new MongoServer(new MemoryBackend());
            try (AutoCloseable stop = server::shutdownNow;
                    MongoClient mongo = MongoClients.create(connectionString(server))) {
                String store = connectionString(server);
                MongoDatabase db = mongo.getDatabase("campaign");
                List<Document> templates;
                try (ServiceProcess service = start(store)) {
                    templates = templates(service, db);
                }
                loadUnits(db);
                List<Step> steps = new ArrayList<>();
                int stored = 0;
                for (int size : new int[] {settings.first(), settings.last()}) {
                    long loading = System.nanoTime();
                    loadRegistrations(db, templates, stored, size);
                    double loadMillis = (System.nanoTime() - loading) / 1e6;
                    stored = size;
                    long rebuilding = System.nanoTime();
                    rebuild(store);
                    double rebuildMillis = (System.nanoTime() - rebuilding) / 1e6;
                    double naive = naive(db);
                    try (ServiceProcess service = start(store)) {
                        URI endpoint = URI.create("http://127.0.0.1:" + service.port() + "/graphql");
                        int listed = listedUnits(graphQl(endpoint, GraphQlBench.OVERVIEW, Map.of()));
                        graphQl(endpoint, GraphQlBench.OVERVIEW, Map.of());
                        double[] samples = new double[settings.requests()];
                        long all = System.nanoTime();
                        for (int i = 0; i < samples.length; i++) {
                            long begin = System.nanoTime();
                            graphQl(endpoint, GraphQlBench.OVERVIEW, Map.of());
                            samples[i] = (System.nanoTime() - begin) / 1e6;
                        }
                        steps.add(new Step(size, loadMillis, rebuildMillis,
                                Latencies.of(samples, 1, (System.nanoTime() - all) / 1e6), naive, listed));
                    }
                    System.out.printf("  overview at %,d units, %,d registrations: %s%n", settings.units(), size,
                            steps.get(steps.size() - 1));
                }
                return new Result(settings.units(), steps);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new IllegalStateException("the store did not stop: " + e.getMessage(), e);
        }
    }

    private static String connectionString(MongoServer server) {
        if (server.getLocalAddress() == null) {
            server.bind("127.0.0.1", 0);
        }
        return "mongodb://127.0.0.1:" + server.getLocalAddress().getPort();
    }

    private ServiceProcess start(String store) {
        return ServiceProcess.start(settings.apiJar(), store, secret, settings.work(), "1g");
    }

    /** A work and an event registered through GraphQL, as stored: the documents the load copies. */
    private List<Document> templates(ServiceProcess service, MongoDatabase db) {
        URI endpoint = URI.create("http://127.0.0.1:" + service.port() + "/graphql");
        graphQl(endpoint, GraphQlBench.REGISTER_WORK, Map.of("input", Map.of("campaignCode", "CT32-2022",
                "unitCode", "18070", "name", "Công trình mẫu", "kind", "INAUGURATION", "plannedOn", "2022-05-02",
                "taskAreaCode", "URBAN")));
        graphQl(endpoint, GraphQlBench.REGISTER_EVENT, Map.of("input", Map.of("campaignCode", "CT32-2022",
                "unitCode", "18070", "name", "Sự kiện mẫu", "kind", "CULTURAL", "startsOn", "2022-05-02",
                "taskAreaCode", "URBAN")));
        MongoCollection<Document> registrations = db.getCollection("registrations");
        Document work = registrations.find(Filters.eq("type", "WORK")).first();
        Document event = registrations.find(Filters.eq("type", "EVENT")).first();
        if (work == null || event == null) {
            throw new IllegalStateException("the service did not store the template work and event");
        }
        registrations.deleteMany(new Document());
        db.getCollection("unitSummaries").deleteMany(new Document());
        db.getCollection("unitMembers").deleteMany(new Document());
        work.remove("auditOutbox");
        event.remove("auditOutbox");
        return List.of(work, event);
    }

    /** The wards and communes, copies of a seeded commune with their own codes. */
    private void loadUnits(MongoDatabase db) {
        MongoCollection<Document> units = db.getCollection("units");
        Document commune = units.find(Filters.eq("kind", "COMMUNE")).first();
        if (commune == null) {
            throw new IllegalStateException("the service seeded no commune");
        }
        List<Document> batch = new ArrayList<>();
        for (int u = 0; u < settings.units(); u++) {
            Document copy = new Document(commune);
            String code = unitCode(u);
            String name = (u % 3 == 0 ? "Phường " : "Xã ") + "Đo " + u;
            copy.put("_id", code + "@"); // UnitDocument.idOf(code, no first day)
            copy.put("code", code);
            copy.put("kind", u % 3 == 0 ? "WARD" : "COMMUNE");
            copy.put("name", name);
            copy.put("nameFolded", VietnameseText.fold(name));
            copy.remove("validFrom");
            copy.remove("validUntil");
            copy.remove("mergedInto");
            batch.add(copy);
            if (batch.size() == BATCH) {
                units.insertMany(batch, new InsertManyOptions().ordered(false));
                batch.clear();
            }
        }
        if (!batch.isEmpty()) {
            units.insertMany(batch, new InsertManyOptions().ordered(false));
        }
    }

    private static String unitCode(int u) {
        return String.format("9%05d", u);
    }

    /**
     * Registrations {@code from} to {@code to}, spread round-robin over the units: works and events in turn, half
     * approved, four in ten registered, one in ten rejected; one unit in ten registers works only.
     */
    private void loadRegistrations(MongoDatabase db, List<Document> templates, int from, int to) {
        MongoCollection<Document> registrations = db.getCollection("registrations");
        List<Document> batch = new ArrayList<>(BATCH);
        LocalDate first = LocalDate.of(2022, 4, 20);
        for (int i = from; i < to; i++) {
            int u = i % settings.units();
            int r = i / settings.units();
            boolean work = r % 2 == 0 || u % 10 == 9;
            Document copy = new Document(templates.get(work ? 0 : 1));
            String name = (work ? "Công trình " : "Sự kiện ") + i;
            String status = r % 10 < 5 ? "APPROVED" : r % 10 < 9 ? "REGISTERED" : "REJECTED";
            copy.put("_id", UUID.randomUUID().toString());
            copy.put("unit", unitCode(u));
            copy.put("name", name);
            copy.put("nameFolded", VietnameseText.fold(name));
            copy.put("nameKey", VietnameseText.fold(name));
            copy.put("status", status);
            if (status.equals("REJECTED")) {
                copy.put("statusReason", "Trùng");
            }
            if (!status.equals("REGISTERED")) { // the history ends with the status, as the records require
                List<Document> history = new ArrayList<>(copy.getList("history", Document.class));
                history.add(new Document("status", status).append("at", history.get(0).getString("at")));
                copy.put("history", history);
            }
            copy.put("kind", work ? WORK_KINDS[i % 2] : EVENT_KINDS[i % 3]);
            copy.put("taskArea", AREAS[i % AREAS.length]);
            copy.put(work ? "plannedOn" : "startsOn", first.plusDays(i % 30).toString());
            batch.add(copy);
            if (batch.size() == BATCH) {
                registrations.insertMany(batch, new InsertManyOptions().ordered(false));
                batch.clear();
            }
        }
        if (!batch.isEmpty()) {
            registrations.insertMany(batch, new InsertManyOptions().ordered(false));
        }
    }

    /** The service jar's {@code rebuild} command on the store, in its own JVM. */
    private void rebuild(String store) {
        Path log = settings.work().resolve("rebuild.log");
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx1g",
                "-jar", settings.apiJar().toString(), "rebuild", "--uri", store + "/campaign");
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            if (!process.waitFor(30, TimeUnit.MINUTES) || process.exitValue() != 0) {
                process.destroyForcibly();
                throw new IllegalStateException("rebuild failed; see " + log + ": " + Files.readString(log));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** The median of three reads of every registration document of the campaign, as each overview did before. */
    private static double naive(MongoDatabase db) {
        double[] samples = new double[3];
        for (int i = 0; i < samples.length; i++) {
            long begin = System.nanoTime();
            int[] n = new int[1];
            db.getCollection("registrations").find(Filters.eq("campaign", "CT32-2022")).batchSize(BATCH)
                    .forEach(d -> n[0]++);
            samples[i] = (System.nanoTime() - begin) / 1e6;
        }
        return Timing.median(samples);
    }

    private static int listedUnits(Document answer) {
        Document compliance = answer.get("data", Document.class).get("campaign", Document.class)
                .get("compliance", Document.class);
        return compliance.getList("units", Document.class).size();
    }

    private Document graphQl(URI endpoint, String query, Map<String, Object> variables) {
        String body = new Document("query", query).append("variables", new Document(variables)).toJson();
        HttpRequest request = HttpRequest.newBuilder(endpoint).timeout(Duration.ofMinutes(5))
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .header("Authorization", "Bearer " + token).POST(HttpRequest.BodyPublishers.ofString(body)).build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            Document answer = Document.parse(response.body());
            if (response.statusCode() != 200 || answer.get("errors") != null) {
                throw new IllegalStateException("HTTP " + response.statusCode() + ": "
                        + response.body().substring(0, Math.min(500, response.body().length())));
            }
            return answer;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
