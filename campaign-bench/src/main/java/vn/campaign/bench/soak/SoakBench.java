package vn.campaign.bench.soak;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.bson.Document;
import org.jspecify.annotations.Nullable;

import vn.campaign.bench.graphql.DevelopmentToken;
import vn.campaign.bench.graphql.ServiceProcess;
import vn.campaign.core.unit.HaTinhCity;

/**
 * Holds the packaged service under load for a while: it starts the service's executable jar in a child JVM on
 * its own embedded H2 store (as in production), registers a few works and events per ward, then lets many
 * clients — ward and commune officers and city administrators, each with its own bearer token — send GraphQL
 * requests over HTTP back to back until the time is up (closed loop, no pause between requests). Each client
 * draws every request from its role's {@link Mix}. Meanwhile a {@link ProcessSampler} samples the service's
 * process, and the service dumps its heap twice, weighed afterwards ({@link HeapWeight}). At the end it reads
 * every registration back through GraphQL and checks them against the
 * {@link Ledger} of acknowledged writes.
 */
public final class SoakBench {

    /** The start of every name the soak writes, so that its registrations are told from any other. */
    public static final String PREFIX = "Tải thử ";

    /** User errors a request may meet in a correct service under this load, by operation. */
    static final Map<Operation, Set<String>> EXPECTED = Map.of(Operation.UPDATE_WORK, Set.of("CONFLICT"),
            Operation.APPROVE, Set.of("CONFLICT"));

    private static final String CAMPAIGN = "CT32-2022";
    private static final int PAGE = 20;
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration TOKEN_RENEWAL = Duration.ofHours(1);
    private static final List<String> AREAS = List.of("URBAN", "CULTURE", "ECONOMY", "EDUCATION", "HEALTH");
    private static final List<String> EVENT_KINDS = List.of("TRADITIONAL_FESTIVAL", "CULTURAL", "SPORTS");

    static final String OVERVIEW = """
            query($code: String!) { campaign(code: $code) { code name startsOn endsOn organiser { code name }
                taskAreas { code name } obligations { code name }
                compliance { requiredUnits compliantUnits units { unit { code name } compliant } } } }""";

    static final String STATISTICS = """
            query($code: String!) { campaign(code: $code) { statistics {
                works { total byStatus { status count } } events { total byStatus { status count } }
                byUnit { unit { code } works { total byStatus { status count } } events { total } }
                byTaskArea { taskArea { code } works { total } events { total } }
                byWeek { weekStarting registered approved completed }
                investment { total byFundingSource { fundingSource amount } } plaques { requested awarded } } } }""";

    static final String WORKS = """
            query($first: Int!, $after: String, $filter: WorkFilter) { works(first: $first, after: $after, filter: $filter) {
                totalCount nodes { id name status version plannedOn unit { code name } taskArea { code } }
                pageInfo { endCursor hasNextPage } } }""";

    static final String EVENTS = """
            query($first: Int!, $after: String, $filter: EventFilter) { events(first: $first, after: $after, filter: $filter) {
                totalCount nodes { id name status version startsOn unit { code name } taskArea { code } }
                pageInfo { endCursor hasNextPage } } }""";

    static final String NODE = """
            query($id: ID!) { node(id: $id) { id
                ... on Work { name status version unit { code } }
                ... on Event { name status version unit { code } } } }""";

    static final String REGISTER_WORK = """
            mutation($input: RegisterWorkInput!) { registerWork(input: $input) {
                work { id name version status } userErrors { code field message } } }""";

    static final String REGISTER_EVENT = """
            mutation($input: RegisterEventInput!) { registerEvent(input: $input) {
                event { id name version status } userErrors { code field message } } }""";

    static final String UPDATE_WORK = """
            mutation($input: UpdateWorkInput!) { updateWork(input: $input) {
                work { id version status } userErrors { code field message } } }""";

    static final String APPROVE_WORK = """
            mutation($input: ApproveWorkInput!) { approveWork(input: $input) {
                work { id version status } userErrors { code field message } } }""";

    static final String APPROVE_EVENT = """
            mutation($input: ApproveEventInput!) { approveEvent(input: $input) {
                event { id version status } userErrors { code field message } } }""";

    /**
     * What to run.
     *
     * @param apiJar      the service's executable jar
     * @param work        a directory for the store, the logs and the process file
     * @param duration    how long the clients send requests
     * @param clients     concurrent clients, at least 2 (30 % of them, at least one, are city administrators)
     * @param maxHeap     the service's {@code -Xmx}, such as {@code 512m}
     * @param seedPerUnit works registered per ward before the clients start (and half as many events)
     * @param sampleEvery how often the service's process is sampled
     */
    public record Settings(Path apiJar, Path work, Duration duration, int clients, String maxHeap, int seedPerUnit,
            Duration sampleEvery) {

        /**
         * Checks the settings.
         *
         * @param apiJar      the service's executable jar
         * @param work        a directory
         * @param duration    positive
         * @param clients     at least 2
         * @param maxHeap     the heap limit
         * @param seedPerUnit at least 2
         * @param sampleEvery positive
         */
        public Settings {
            Objects.requireNonNull(apiJar, "apiJar");
            Objects.requireNonNull(work, "work");
            Objects.requireNonNull(maxHeap, "maxHeap");
            if (duration.isNegative() || duration.isZero()) {
                throw new IllegalArgumentException("duration must be positive, got " + duration);
            }
            if (clients < 2) {
                throw new IllegalArgumentException("clients must be at least 2 (a ward officer and the city), got "
                        + clients);
            }
            if (seedPerUnit < 2) {
                throw new IllegalArgumentException("seedPerUnit must be at least 2, got " + seedPerUnit);
            }
            if (sampleEvery.isNegative() || sampleEvery.isZero()) {
                throw new IllegalArgumentException("sampleEvery must be positive, got " + sampleEvery);
            }
        }

        /**
         * How many clients act as the city's administrator: 30 % of them, at least one.
         *
         * @return the count
         */
        public int cityClients() {
            return Math.max(1, (int) Math.round(clients * 0.3));
        }

        /**
         * How many clients act as ward and commune officers.
         *
         * @return the count
         */
        public int wardClients() {
            return clients - cityClients();
        }
    }

    /**
     * What the soak measured.
     *
     * @param settings        what ran
     * @param startMillis     from launching the service to its process file
     * @param seeded          registrations written before the clients started
     * @param seconds         how long the clients sent requests, until the last answer
     * @param operations      latency and outcomes per operation
     * @param expected        expected user errors, by operation and code
     * @param failures        failures, by operation and kind
     * @param examples        the first failure of each kind
     * @param samples         the service's process over time
     * @param heapDumps       the service's heap weighed from dumps taken in the middle and near the end
     * @param exactlyOnce     the stored registrations against the acknowledged writes
     * @param stored          registrations the service held at the end
     * @param reviewFallbacks approvals that found nothing waiting for review and read a page of works instead
     * @param serverErrors    lines of the service's log at level ERROR
     */
    public record Result(Settings settings, double startMillis, int seeded, double seconds,
            List<Tally.Summary> operations, Map<String, Long> expected, Map<String, Long> failures,
            Map<String, String> examples, List<Sample> samples, List<HeapWeight> heapDumps,
            Ledger.ExactlyOnce exactlyOnce, long stored,
            int reviewFallbacks, List<String> serverErrors) {

        /**
         * Copies the collections.
         *
         * @param settings        what ran
         * @param startMillis     start-up time
         * @param seeded          registrations seeded
         * @param seconds         the soak's length
         * @param operations      per operation
         * @param expected        expected user errors
         * @param failures        failures
         * @param examples        examples of failures
         * @param samples         process samples
         * @param heapDumps       heap dumps weighed
         * @param exactlyOnce     the check of the writes
         * @param stored          registrations stored
         * @param reviewFallbacks approvals with nothing to approve
         * @param serverErrors    ERROR lines of the service's log
         */
        public Result {
            operations = List.copyOf(operations);
            expected = Collections.unmodifiableMap(new TreeMap<>(expected));
            failures = Collections.unmodifiableMap(new TreeMap<>(failures));
            examples = Collections.unmodifiableMap(new TreeMap<>(examples));
            samples = List.copyOf(samples);
            heapDumps = List.copyOf(heapDumps);
            serverErrors = List.copyOf(serverErrors);
        }

        /**
         * Requests completed, of every operation.
         *
         * @return the count
         */
        public long requests() {
            return operations.stream().mapToLong(Tally.Summary::requests).sum();
        }

        /**
         * Requests completed that wrote.
         *
         * @return the count
         */
        public long writes() {
            return operations.stream().filter(s -> !s.operation().read()).mapToLong(Tally.Summary::requests).sum();
        }

        /**
         * Failed requests, of every kind.
         *
         * @return the count
         */
        public long failed() {
            return failures.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    /** A failed request: what kind of failure, and what happened. */
    private static final class Failure extends RuntimeException {

        private static final long serialVersionUID = 1L;

        private final String kind;
        private final String detail;

        Failure(String kind, String detail) {
            super(kind + ": " + detail, null, false, false);
            this.kind = kind;
            this.detail = detail;
        }
    }

    /** One client: its role, unit, token, generator and paging cursors. */
    private final class Client {

        private final int index;
        private final boolean city;
        private final String unit;
        private final Random random;
        private String token;
        private long signedAt;
        private int written;
        private @Nullable String worksCursor;
        private @Nullable String eventsCursor;

        Client(int index, boolean city, String unit) {
            this.index = index;
            this.city = city;
            this.unit = unit;
            this.random = new Random(7919L * index + 17);
            this.token = sign();
            this.signedAt = System.nanoTime();
        }

        private String sign() {
            return city ? DevelopmentToken.sign(secret, "CITY_ADMIN", "436")
                    : DevelopmentToken.sign(secret, "UNIT_OFFICER", unit);
        }

        String token() {
            if (System.nanoTime() - signedAt > TOKEN_RENEWAL.toNanos()) {
                token = sign();
                signedAt = System.nanoTime();
            }
            return token;
        }

        String nextName(String what) {
            return String.format(Locale.ROOT, "%sc%02d %s %d", PREFIX, index, what, ++written);
        }
    }

    private final Settings settings;
    private final String secret = "soak-" + java.util.UUID.randomUUID() + "-" + java.util.UUID.randomUUID();
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final Ledger ledger = new Ledger();
    private final Tally tally = new Tally();
    private final AtomicInteger reviewFallbacks = new AtomicInteger();
    private final List<String> wards = HaTinhCity.wardsAndCommunes().stream().map(u -> u.code().value()).toList();
    private URI endpoint = URI.create("http://127.0.0.1/graphql");

    /**
     * Prepares a soak.
     *
     * @param settings what to run
     */
    public SoakBench(Settings settings) {
        this.settings = settings;
    }

    /**
     * Starts the service, seeds it, holds it under load, samples it, checks the writes and stops it.
     *
     * @return the figures
     */
    public Result run() {
        try {
            Files.createDirectories(settings.work());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        long launched = System.nanoTime();
        try (ServiceProcess service = ServiceProcess.startEmbedded(settings.apiJar(),
                settings.work().resolve("data").resolve("campaign.mv"), secret, settings.work(), settings.maxHeap())) {
            double startMillis = (System.nanoTime() - launched) / 1e6;
            endpoint = URI.create("http://127.0.0.1:" + service.port() + "/graphql");
            int seeded = seed();
            System.out.printf(Locale.ROOT, "Soak: service up in %.1f s, %d registrations seeded; %d clients for %s%n",
                    startMillis / 1000, seeded, settings.clients(), settings.duration());
            List<Sample> samples = Collections.synchronizedList(new ArrayList<>());
            Map<Path, Double> dumps = Collections.synchronizedMap(new LinkedHashMap<>());
            double seconds = load(service, samples, dumps);
            Map<String, List<String>> stored = readBack();
            Ledger.ExactlyOnce check = ledger.check(stored, PREFIX);
            long total = stored.values().stream().mapToLong(List::size).sum();
            service.close();
            List<String> serverErrors = serverErrors(settings.work().resolve("service.log"));
            List<Sample> copy;
            synchronized (samples) {
                copy = List.copyOf(samples);
            }
            return new Result(settings, startMillis, seeded, seconds, tally.summaries(seconds),
                    tally.expectedByCode(), tally.failuresByKind(), tally.examples(), copy, weigh(dumps), check, total,
                    reviewFallbacks.get(), serverErrors);
        }
    }

    /** Registers {@code seedPerUnit} works and half as many events in every ward, as its officer. */
    private int seed() {
        List<Runnable> writes = new ArrayList<>();
        for (int w = 0; w < wards.size(); w++) {
            Client officer = new Client(100 + w, false, wards.get(w));
            for (int i = 0; i < settings.seedPerUnit(); i++) {
                int n = i;
                writes.add(() -> requireAcknowledged(registerWork(officer, PREFIX + "gốc " + officer.unit
                        + " công trình " + n), "seed"));
                if (i % 2 == 0) {
                    writes.add(() -> requireAcknowledged(registerEvent(officer, PREFIX + "gốc " + officer.unit
                            + " sự kiện " + n), "seed"));
                }
            }
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            for (var future : pool.invokeAll(writes.stream().map(Executors::callable).toList())) {
                future.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("seeding failed: " + e.getCause(), e);
        } finally {
            pool.shutdownNow();
        }
        return ledger.acknowledged();
    }

    private static void requireAcknowledged(@Nullable String expectedCode, String what) {
        if (expectedCode != null) {
            throw new IllegalStateException(what + " was refused with " + expectedCode);
        }
    }

    /**
     * Runs the clients until the time is up while sampling the service, and has it dump its heap in the middle of
     * the time and near its end (the dumps are weighed once the clients stopped); returns the seconds it took.
     */
    private double load(ServiceProcess service, List<Sample> samples, Map<Path, Double> dumps) {
        int cityClients = settings.cityClients();
        List<Client> clients = new ArrayList<>();
        for (int i = 0; i < settings.clients(); i++) {
            boolean city = i < cityClients;
            clients.add(new Client(i, city, city ? "436" : wards.get((i - cityClients) % wards.size())));
        }
        ProcessSampler sampler = new ProcessSampler(service.pid(), settings.work());
        long start = System.nanoTime();
        long deadline = start + settings.duration().toNanos();
        ScheduledThreadPoolExecutor sampling = new ScheduledThreadPoolExecutor(1);
        sampling.setExecuteExistingDelayedTasksAfterShutdownPolicy(false); // no dump once the clients stopped
        sampling.scheduleAtFixedRate(() -> {
            Sample sample = sampler.sample((System.nanoTime() - start) / 1e9, tally.completed());
            samples.add(sample);
            System.out.printf(Locale.ROOT, "  %5.0f s: %,d requests, heap after GC %.1f MiB, %d open files,"
                    + " %d threads%n", sample.seconds(), sample.requests(), sample.heapAfterGcMiB(),
                    sample.openFiles(), sample.threads());
        }, 0, settings.sampleEvery().toMillis(), TimeUnit.MILLISECONDS);
        long length = settings.duration().toMillis();
        for (long at : new long[] {length / 2, length - Math.min(length / 10, settings.sampleEvery().toMillis())}) {
            sampling.schedule(() -> {
                double seconds = (System.nanoTime() - start) / 1e9;
                Path file = settings.work().resolve(String.format(Locale.ROOT, "heap-%.0fs.hprof", seconds));
                sampler.dumpHeap(file);
                dumps.put(file, seconds);
            }, at, TimeUnit.MILLISECONDS);
        }
        ExecutorService pool = Executors.newFixedThreadPool(clients.size());
        try {
            for (Client client : clients) {
                pool.submit(() -> {
                    Mix mix = client.city ? Mix.CITY_ADMIN : Mix.WARD_OFFICER;
                    while (System.nanoTime() < deadline && service.isAlive()) {
                        execute(client, mix.pick(client.random.nextInt(100)));
                    }
                });
            }
            pool.shutdown();
            if (!pool.awaitTermination(settings.duration().toMillis() + REQUEST_TIMEOUT.toMillis() * 2,
                    TimeUnit.MILLISECONDS)) {
                throw new IllegalStateException("the clients did not stop");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } finally {
            pool.shutdownNow();
            sampling.shutdown(); // no interrupt: a sample under way finishes its jcmd call, no new one starts
            try {
                sampling.awaitTermination(2, TimeUnit.MINUTES);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (!service.isAlive()) {
            throw new IllegalStateException("the service died during the soak; see "
                    + settings.work().resolve("service.log"));
        }
        return (System.nanoTime() - start) / 1e9;
    }

    /** Weighs the heap dumps taken under load, then deletes them (each is about as large as the heap). */
    private static List<HeapWeight> weigh(Map<Path, Double> dumps) {
        List<HeapWeight> weights = new ArrayList<>();
        synchronized (dumps) {
            dumps.forEach((file, seconds) -> {
                weights.add(HeapWeight.of(file, seconds));
                try {
                    Files.deleteIfExists(file);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
        return weights;
    }

    private void execute(Client client, Operation chosen) {
        Operation op = chosen;
        long begin = System.nanoTime();
        try {
            @Nullable String code;
            switch (chosen) {
                case OVERVIEW -> code = campaign(client, OVERVIEW);
                case STATISTICS -> code = campaign(client, STATISTICS);
                case WORKS_PAGE -> code = worksPage(client);
                case EVENTS_PAGE -> code = eventsPage(client);
                case NODE -> code = node(client);
                case REGISTER_WORK -> code = registerWork(client, client.nextName("công trình"));
                case REGISTER_EVENT -> code = registerEvent(client, client.nextName("sự kiện"));
                case UPDATE_WORK -> code = updateWork(client);
                case APPROVE -> {
                    Optional<Ledger.Entry> waiting = ledger.nextForReview();
                    if (waiting.isPresent()) {
                        code = approve(client, waiting.get());
                    } else {
                        reviewFallbacks.incrementAndGet();
                        op = Operation.WORKS_PAGE;
                        code = worksPage(client);
                    }
                }
                default -> throw new IllegalStateException("unknown operation " + chosen);
            }
            double millis = (System.nanoTime() - begin) / 1e6;
            if (code == null) {
                tally.answered(op, millis);
            } else {
                tally.expected(op, code, millis);
            }
        } catch (Failure f) {
            tally.failed(op, f.kind, f.detail, (System.nanoTime() - begin) / 1e6);
        } catch (RuntimeException e) {
            tally.failed(op, "client fault: " + e.getClass().getSimpleName(), String.valueOf(e.getMessage()),
                    (System.nanoTime() - begin) / 1e6);
        }
    }

    private @Nullable String campaign(Client client, String query) {
        Document data = post(client, query, Map.of("code", CAMPAIGN));
        if (data.get("campaign") == null) {
            throw new Failure("wrong answer: no campaign", data.toJson());
        }
        return null;
    }

    private @Nullable String worksPage(Client client) {
        Map<String, Object> variables = page(client, client.worksCursor);
        Document works = data(post(client, WORKS, variables), "works");
        client.worksCursor = next(works);
        return null;
    }

    private @Nullable String eventsPage(Client client) {
        Map<String, Object> variables = page(client, client.eventsCursor);
        Document events = data(post(client, EVENTS, variables), "events");
        client.eventsCursor = next(events);
        return null;
    }

    /** A ward officer lists the own unit's registrations; the city lists the campaign's. */
    private static Map<String, Object> page(Client client, @Nullable String after) {
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put("first", PAGE);
        variables.put("after", after);
        variables.put("filter", client.city ? Map.of("campaignCode", CAMPAIGN) : Map.of("unitCode", client.unit));
        return variables;
    }

    private static @Nullable String next(Document connection) {
        List<?> nodes = connection.getList("nodes", Object.class);
        if (nodes == null || nodes.size() > PAGE) {
            throw new Failure("wrong answer: a page of " + (nodes == null ? "no" : nodes.size()) + " nodes",
                    connection.toJson());
        }
        Document info = connection.get("pageInfo", Document.class);
        return Boolean.TRUE.equals(info.getBoolean("hasNextPage")) ? info.getString("endCursor") : null;
    }

    /**
     * Reads an acknowledged registration by its id: a ward officer one of the own unit's, the city any; it must
     * come back with its name and at least the version acknowledged before the request was sent.
     */
    private @Nullable String node(Client client) {
        Optional<Ledger.Entry> known = client.city ? ledger.any(client.random)
                : ledger.anyOf(client.unit, client.random);
        if (known.isEmpty()) {
            throw new Failure("client fault: nothing acknowledged to read", "no registration of " + client.unit);
        }
        Ledger.Entry entry = known.get();
        Document data = post(client, NODE, Map.of("id", entry.id()));
        Document node = data.get("node", Document.class);
        if (node == null) {
            throw new Failure("wrong answer: node(id:) of an acknowledged registration is null", entry.toString());
        }
        if (!entry.name().equals(node.getString("name"))) {
            throw new Failure("wrong answer: node(id:) under another name", entry + " → " + node.toJson());
        }
        if (node.getInteger("version") < entry.version()) {
            throw new Failure("stale read: node(id:) older than an acknowledged write", entry + " → " + node.toJson());
        }
        return null;
    }

    private @Nullable String registerWork(Client client, String name) {
        Map<String, Object> input = new LinkedHashMap<>();
        int i = client.random.nextInt(1_000_000);
        input.put("campaignCode", CAMPAIGN);
        input.put("unitCode", client.unit);
        input.put("name", name);
        input.put("kind", i % 2 == 0 ? "INAUGURATION" : "GROUNDBREAKING");
        input.put("plannedOn", LocalDate.of(2022, 4, 10).plusDays(i % 60).toString());
        input.put("taskAreaCode", AREAS.get(i % AREAS.size()));
        input.put("location", "Tổ dân phố " + (1 + i % 12));
        input.put("investment", Long.toString(100_000_000L * (1 + i % 40)));
        return register(client, name, Ledger.Kind.WORK, Operation.REGISTER_WORK, REGISTER_WORK, "registerWork", "work",
                input);
    }

    private @Nullable String registerEvent(Client client, String name) {
        Map<String, Object> input = new LinkedHashMap<>();
        int i = client.random.nextInt(1_000_000);
        input.put("campaignCode", CAMPAIGN);
        input.put("unitCode", client.unit);
        input.put("name", name);
        input.put("kind", EVENT_KINDS.get(i % EVENT_KINDS.size()));
        input.put("startsOn", LocalDate.of(2022, 4, 10).plusDays(i % 60).toString());
        input.put("taskAreaCode", AREAS.get(i % AREAS.size()));
        input.put("venue", "Nhà văn hoá tổ " + (1 + i % 12));
        return register(client, name, Ledger.Kind.EVENT, Operation.REGISTER_EVENT, REGISTER_EVENT, "registerEvent",
                "event", input);
    }

    private @Nullable String register(Client client, String name, Ledger.Kind kind, Operation op, String mutation,
            String field, String objectField, Map<String, Object> input) {
        Document payload;
        try {
            payload = data(post(client, mutation, Map.of("input", input)), field);
        } catch (Failure f) {
            ledger.unanswered(name);
            throw f;
        }
        @Nullable String refused = userError(op, payload);
        if (refused != null) {
            return refused;
        }
        Document object = payload.get(objectField, Document.class);
        if (object == null) {
            ledger.unanswered(name);
            throw new Failure("wrong answer: no " + objectField + " and no user error", payload.toJson());
        }
        ledger.acknowledge(new Ledger.Entry(object.getString("id"), object.getString("name"), client.unit, kind,
                object.getInteger("version"), object.getString("status")));
        return null;
    }

    /** A ward officer changes the location and investment of one of the own unit's works. */
    private @Nullable String updateWork(Client client) {
        Optional<Ledger.Entry> known = ledger.workOf(client.unit, client.random);
        if (known.isEmpty()) {
            throw new Failure("client fault: no work to update", "no work of " + client.unit);
        }
        Ledger.Entry entry = known.get();
        int i = client.random.nextInt(1_000_000);
        Map<String, Object> input = new LinkedHashMap<>();
        input.put("id", entry.id());
        input.put("expectedVersion", entry.version());
        input.put("location", "Tổ dân phố " + (1 + i % 12) + ", thôn " + (1 + i % 7));
        input.put("investment", Long.toString(100_000_000L * (1 + i % 40)));
        Document payload = data(post(client, UPDATE_WORK, Map.of("input", input)), "updateWork");
        return changed(Operation.UPDATE_WORK, payload, "work");
    }

    private @Nullable String approve(Client client, Ledger.Entry entry) {
        boolean work = entry.kind() == Ledger.Kind.WORK;
        Document payload = data(post(client, work ? APPROVE_WORK : APPROVE_EVENT,
                Map.of("input", Map.of("id", entry.id(), "expectedVersion", entry.version()))),
                work ? "approveWork" : "approveEvent");
        @Nullable String code = changed(Operation.APPROVE, payload, work ? "work" : "event");
        if (code != null) {
            ledger.awaitReview(entry.id());
        }
        return code;
    }

    private @Nullable String changed(Operation op, Document payload, String objectField) {
        @Nullable String refused = userError(op, payload);
        if (refused != null) {
            return refused;
        }
        Document object = payload.get(objectField, Document.class);
        if (object == null) {
            throw new Failure("wrong answer: no " + objectField + " and no user error", payload.toJson());
        }
        ledger.changed(object.getString("id"), object.getInteger("version"), object.getString("status"));
        return null;
    }

    /** The code of the payload's user error when it is one the operation expects; a failure when another. */
    private static @Nullable String userError(Operation op, Document payload) {
        List<Document> errors = payload.getList("userErrors", Document.class);
        if (errors == null || errors.isEmpty()) {
            return null;
        }
        String code = errors.get(0).getString("code");
        if (errors.size() == 1 && EXPECTED.getOrDefault(op, Set.of()).contains(code)) {
            return code;
        }
        throw new Failure("unexpected user error " + errors.stream().map(e -> e.getString("code")).toList(),
                payload.toJson());
    }

    private static Document data(Document data, String field) {
        Document value = data.get(field, Document.class);
        if (value == null) {
            throw new Failure("wrong answer: no " + field, data.toJson());
        }
        return value;
    }

    /** Posts a request with the client's token; answers its {@code data}, or throws a classified failure. */
    private Document post(Client client, String query, Map<String, ?> variables) {
        Document vars = new Document();
        variables.forEach(vars::append);
        String body = new Document("query", query).append("variables", vars).toJson();
        HttpRequest request = HttpRequest.newBuilder(endpoint).timeout(REQUEST_TIMEOUT)
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .header("Authorization", "Bearer " + client.token())
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (HttpTimeoutException e) {
            throw new Failure("no answer within " + REQUEST_TIMEOUT.toSeconds() + " s", e.toString());
        } catch (IOException e) {
            throw new Failure("transport: " + e.getClass().getSimpleName(), e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Failure("interrupted", e.toString());
        }
        if (response.statusCode() != 200) {
            throw new Failure("HTTP " + response.statusCode(), response.body());
        }
        Document answer;
        try {
            answer = Document.parse(response.body());
        } catch (RuntimeException e) {
            throw new Failure("wrong answer: not JSON", response.body());
        }
        List<Document> errors = answer.getList("errors", Document.class);
        if (errors != null && !errors.isEmpty()) {
            Document extensions = errors.get(0).get("extensions", Document.class);
            String classification = extensions == null ? "none" : String.valueOf(extensions.get("classification"));
            throw new Failure("GraphQL error " + classification, response.body());
        }
        Document data = answer.get("data", Document.class);
        if (data == null) {
            throw new Failure("wrong answer: no data", response.body());
        }
        return data;
    }

    /** Every registration the service holds, read back as the city through GraphQL: ids by name. */
    private Map<String, List<String>> readBack() {
        Client city = new Client(999, true, "436");
        Map<String, List<String>> byName = new TreeMap<>();
        for (String[] list : List.of(new String[] {WORKS, "works"}, new String[] {EVENTS, "events"})) {
            String after = null;
            do {
                Map<String, Object> variables = new LinkedHashMap<>();
                variables.put("first", 100);
                variables.put("after", after);
                variables.put("filter", Map.of("campaignCode", CAMPAIGN));
                Document connection = data(post(city, list[0], variables), list[1]);
                for (Document node : connection.getList("nodes", Document.class)) {
                    byName.computeIfAbsent(node.getString("name"), n -> new ArrayList<>()).add(node.getString("id"));
                }
                Document info = connection.get("pageInfo", Document.class);
                after = Boolean.TRUE.equals(info.getBoolean("hasNextPage")) ? info.getString("endCursor") : null;
            } while (after != null);
        }
        return byName;
    }

    /** The ERROR lines of the service's log (Spring Boot's console format). */
    static List<String> serverErrors(Path log) {
        try {
            return Files.readAllLines(log, StandardCharsets.UTF_8).stream()
                    .filter(line -> line.matches("^\\S+\\s+ERROR\\s.*")).toList();
        } catch (IOException e) {
            return List.of("the service's log could not be read: " + e.getMessage());
        }
    }
}
