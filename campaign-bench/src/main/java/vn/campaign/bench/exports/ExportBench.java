package vn.campaign.bench.exports;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.bson.Document;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import vn.campaign.bench.ChildJvm;
import vn.campaign.bench.graphql.CountingStore;
import vn.campaign.bench.graphql.DevelopmentToken;
import vn.campaign.bench.graphql.ServiceProcess;
import vn.campaign.core.text.VietnameseText;
import vn.campaign.core.unit.HaTinhCity;

/**
 * Downloads {@code GET /api/exports/works.xlsx} of a campaign holding many works from the packaged service,
 * started with a small heap on a store the benchmark hosts, and times POI's bare streaming write of the same
 * cells ({@link BareSxssfWrite}) in a child JVM under the same heap. The works are one work registered through
 * GraphQL and copies of its stored document inserted with the driver, so that seeding 100,000 takes a minute
 * rather than the hours of as many mutations. The service's peak heap is read from its own garbage-collection
 * log, kept for the download alone.
 */
public final class ExportBench {

    private static final Pattern GC_HEAP = Pattern.compile("(\\d+)M->(\\d+)M\\((\\d+)M\\)");
    private static final int BATCH = 2_000;

    /**
     * What to run.
     *
     * @param apiJar  the service's executable jar
     * @param work    a directory for the store, the logs and the files
     * @param works   how many works the campaign holds
     * @param maxHeap the heap limit of the service and of the baseline, such as {@code 256m}
     */
    public record Settings(Path apiJar, Path work, int works, String maxHeap) {
    }

    /**
     * What was measured.
     *
     * @param seeded         works in the store when the export ran
     * @param exportMillis   time from the request to the last byte of the file
     * @param exportBytes    the file's size
     * @param exportRows     the data rows in the file's sheet
     * @param servicePeakMiB the most heap the service held during the download (before a collection)
     * @param serviceHeapMiB the service's heap limit, as its collector reported it
     * @param bareMillis     the bare write's time
     * @param barePeakMiB    the bare write's peak heap
     * @param bareBytes      the bare file's size
     */
    public record Result(long seeded, double exportMillis, long exportBytes, long exportRows, long servicePeakMiB,
            long serviceHeapMiB, double bareMillis, long barePeakMiB, long bareBytes) {
    }

    private final Settings settings;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String secret = "bench-" + UUID.randomUUID() + "-" + UUID.randomUUID();
    private final String token = DevelopmentToken.sign(secret, "CITY_ADMIN", "436");

    /**
     * Prepares a run.
     *
     * @param settings the settings
     */
    public ExportBench(Settings settings) {
        this.settings = settings;
    }

    /**
     * Seeds, downloads, and writes the baseline.
     *
     * @return the figures
     */
    public Result run() {
        try {
            Files.createDirectories(settings.work());
            Path gcLog = settings.work().resolve("gc.log");
            long seeded;
            double exportMillis;
            Path exported = settings.work().resolve("works.xlsx");
            List<String> gcBefore;
            try (CountingStore store = new CountingStore(settings.work().resolve("store.mv"));
                    ServiceProcess service = ServiceProcess.start(settings.apiJar(), store.connectionString(), secret,
                            settings.work(), settings.maxHeap(), "-Xlog:gc:file=" + gcLog);
                    MongoClient mongo = MongoClients.create(store.connectionString())) {
                URI base = URI.create("http://127.0.0.1:" + service.port());
                registerTemplate(base);
                MongoCollection<Document> registrations = mongo.getDatabase("campaign").getCollection("registrations");
                seeded = seed(registrations);
                gcBefore = Files.readAllLines(gcLog, StandardCharsets.UTF_8);
                long start = System.nanoTime();
                HttpResponse<Path> response = http.send(HttpRequest.newBuilder(
                        base.resolve("/api/exports/works.xlsx?campaign=CT32-2022")).timeout(Duration.ofMinutes(10))
                        .header("Authorization", "Bearer " + token).GET().build(),
                        HttpResponse.BodyHandlers.ofFile(exported));
                exportMillis = (System.nanoTime() - start) / 1e6;
                if (response.statusCode() != 200) {
                    throw new IllegalStateException("the export answered " + response.statusCode() + ": "
                            + Files.readString(exported));
                }
            }
            List<String> gcAll = Files.readAllLines(gcLog, StandardCharsets.UTF_8);
            long[] heap = peakHeap(gcAll.subList(Math.min(gcBefore.size(), gcAll.size()), gcAll.size()));
            Path bare = settings.work().resolve("bare.xlsx");
            Map<String, String> baseline = ChildJvm.run(settings.maxHeap(), settings.work().resolve("bare.log"),
                    BareSxssfWrite.class, bare.toString(), Long.toString(seeded));
            return new Result(seeded, exportMillis, Files.size(exported), dataRows(exported), heap[0], heap[1],
                    Double.parseDouble(baseline.get("millis")), Long.parseLong(baseline.get("peakMiB")),
                    Long.parseLong(baseline.get("bytes")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private void registerTemplate(URI base) throws IOException, InterruptedException {
        String query = "mutation($input: RegisterWorkInput!) { registerWork(input: $input) { work { id }"
                + " userErrors { code message } } }";
        Document input = new Document("campaignCode", "CT32-2022").append("unitCode", "18070")
                .append("name", "Công trình mẫu").append("kind", "INAUGURATION").append("plannedOn", "2022-05-19")
                .append("taskAreaCode", "URBAN").append("location", "Tổ dân phố 5").append("investment", "1250000000")
                .append("fundingSource", "Ngân sách phường");
        String body = new Document("query", query).append("variables", new Document("input", input)).toJson();
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(base.resolve("/graphql"))
                .timeout(Duration.ofSeconds(60)).header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + token).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200 || !response.body().contains("\"userErrors\":[]")) {
            throw new IllegalStateException("registerWork failed: " + response.statusCode() + " " + response.body());
        }
    }

    private long seed(MongoCollection<Document> registrations) {
        Document template = registrations.find(Filters.eq("type", "WORK")).first();
        if (template == null) {
            throw new IllegalStateException("the template work is not in the store");
        }
        List<String> units = HaTinhCity.wardsAndCommunes().stream().map(u -> u.code().value()).toList();
        List<Document> batch = new ArrayList<>(BATCH);
        for (int i = 1; i < settings.works(); i++) {
            Document copy = new Document(template);
            String name = "Công trình xuất " + i;
            copy.put("_id", UUID.randomUUID().toString());
            copy.put("unit", units.get(i % units.size()));
            copy.put("name", name);
            copy.put("nameFolded", VietnameseText.fold(name));
            copy.put("nameKey", VietnameseText.fold(name)); // key of a live one
            batch.add(copy);
            if (batch.size() == BATCH) {
                registrations.insertMany(batch);
                batch.clear();
            }
        }
        if (!batch.isEmpty()) {
            registrations.insertMany(batch);
        }
        return registrations.countDocuments(Filters.eq("type", "WORK"));
    }

    /** The largest heap a collection found in use when it began, and the heap's size then, in MiB. */
    static long[] peakHeap(List<String> gcLines) {
        long peak = 0;
        long size = 0;
        for (String line : gcLines) {
            Matcher m = GC_HEAP.matcher(line);
            if (m.find()) {
                peak = Math.max(peak, Long.parseLong(m.group(1)));
                size = Math.max(size, Long.parseLong(m.group(3)));
            }
        }
        return new long[] {peak, size};
    }

    /** The rows of the first sheet below the header (row 5), counted in its XML without loading it. */
    static long dataRows(Path xlsx) throws IOException {
        try (ZipFile zip = new ZipFile(xlsx.toFile())) {
            ZipEntry sheet = zip.getEntry("xl/worksheets/sheet1.xml");
            if (sheet == null) {
                throw new IllegalStateException(xlsx + " has no first sheet");
            }
            try (InputStream in = zip.getInputStream(sheet)) {
                return Math.max(0, countRows(in) - 4);
            }
        }
    }

    private static long countRows(InputStream in) throws IOException {
        byte[] pattern = "<row ".getBytes(StandardCharsets.US_ASCII);
        long count = 0;
        int matched = 0;
        byte[] buffer = new byte[1 << 16];
        for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
            for (int i = 0; i < n; i++) {
                matched = buffer[i] == pattern[matched] ? matched + 1 : (buffer[i] == pattern[0] ? 1 : 0);
                if (matched == pattern.length) {
                    count++;
                    matched = 0;
                }
            }
        }
        return count;
    }
}
