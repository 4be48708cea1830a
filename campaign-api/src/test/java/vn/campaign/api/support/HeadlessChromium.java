package vn.campaign.api.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.stream.Stream;

import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Debian's Chromium, headless, driven through its chromedriver, with no network beyond this machine's
 * {@code localhost}: every host name but {@code localhost} resolves to nothing, and every request the browser
 * sends is recorded, so that a test can assert that a page loaded nothing from elsewhere.
 *
 * <p>The browser and driver are {@code /usr/bin/chromium} and {@code /usr/bin/chromedriver} (Debian's
 * {@code chromium} and {@code chromium-driver} packages, which {@code .ci/run} installs), or the files named by
 * the environment variables {@code CHROMIUM_BINARY} and {@code CHROMEDRIVER}. Without them a browser test fails,
 * saying what to install: it is never skipped. Selenium Manager is never asked for a driver.
 */
public final class HeadlessChromium implements AutoCloseable {

    /** Where screenshots are kept as test output. */
    public static final Path SCREENSHOTS = Paths.get("target", "browser-screenshots");

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String AXE = "META-INF/resources/webjars/axe-core/4.6.3/axe.min.js";

    private final ChromeDriver driver;
    private final Path profile;
    /** Request id and address of every request sent. */
    private final List<String[]> sent = new ArrayList<>();
    /** Why requests failed, by request id. */
    private final Map<String, String> failures = new HashMap<>();
    private final List<String> consoleErrors = new ArrayList<>();

    /**
     * A request the browser sent.
     *
     * @param url    its address
     * @param failed why it failed ({@code net::ERR_…}), or empty when it did not
     */
    public record Request(String url, String failed) {
    }

    private HeadlessChromium(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    /**
     * Starts a browser with an empty profile.
     *
     * @return the browser
     * @throws AssertionError when Chromium or its driver is not installed
     */
    public static HeadlessChromium start() {
        Path binary = executable("CHROMIUM_BINARY", "/usr/bin/chromium");
        Path chromedriver = executable("CHROMEDRIVER", "/usr/bin/chromedriver");
        Path profile;
        try {
            profile = Files.createTempDirectory("chromium-profile");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(binary.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--user-data-dir=" + profile, "--lang=vi", "--window-size=1280,900",
                "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE localhost");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.PERFORMANCE, Level.ALL);
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(chromedriver.toFile())
                .usingAnyFreePort().withSilent(true).build();
        return new HeadlessChromium(new ChromeDriver(service, options), profile);
    }

    private static Path executable(String variable, String standard) {
        String named = System.getenv(variable);
        Path path = Paths.get(named == null || named.isBlank() ? standard : named);
        if (!Files.isExecutable(path)) {
            throw new AssertionError("The browser tests need headless Chromium and its driver, and " + path
                    + " is missing. Install Debian's packages (apt-get install -y chromium chromium-driver; .ci/run "
                    + "does), or set CHROMIUM_BINARY and CHROMEDRIVER to the browser and its chromedriver.");
        }
        return path;
    }

    /**
     * The driver.
     *
     * @return the driver
     */
    public ChromeDriver driver() {
        return driver;
    }

    /**
     * Opens a page.
     *
     * @param url the page
     */
    public void open(URI url) {
        driver.get(url.toString());
    }

    /**
     * Waits up to ten seconds for a script to return true.
     *
     * @param script the script, such as {@code return document.body.dataset.loaded === 'true'}
     */
    public void waitFor(String script) {
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .withMessage(() -> "waiting for " + script + " on " + driver.getCurrentUrl())
                .until(d -> Boolean.TRUE.equals(driver.executeScript(script)));
    }

    /**
     * Every request the browser sent since it started, redirects included.
     *
     * @return the requests
     */
    public List<Request> requests() {
        drainLogs();
        return sent.stream().map(request -> new Request(request[1], failures.getOrDefault(request[0], ""))).toList();
    }

    /**
     * The errors the pages wrote to the console since the browser started.
     *
     * @return the messages
     */
    public List<String> consoleErrors() {
        drainLogs();
        return List.copyOf(consoleErrors);
    }

    /** Reads the logs chromedriver collected since the last read (each entry is returned once). */
    private void drainLogs() {
        for (LogEntry entry : driver.manage().logs().get(LogType.PERFORMANCE)) {
            JsonNode message = JSON.readTree(entry.getMessage()).path("message");
            String method = message.path("method").asString("");
            JsonNode params = message.path("params");
            String id = params.path("requestId").asString("");
            if (method.equals("Network.requestWillBeSent")) {
                sent.add(new String[] {id, params.path("request").path("url").asString("")});
            } else if (method.equals("Network.loadingFailed") && !params.path("canceled").asBoolean(false)) {
                failures.put(id, params.path("errorText").asString("failed"));
            }
        }
        for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
            if (entry.getLevel().intValue() >= Level.SEVERE.intValue()) {
                consoleErrors.add(entry.getMessage());
            }
        }
    }

    /**
     * The serious and critical accessibility violations axe-core finds on the current page (WCAG 2.1 A and AA
     * rules and axe's best practices).
     *
     * @return one line per violation: its rule, impact, help and the first elements at fault
     */
    public List<String> seriousAccessibilityViolations() {
        driver.executeScript(axeSource());
        Object result = driver.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } })
                  .then(r => done(JSON.stringify(r.violations.map(v => ({
                      id: v.id, impact: v.impact, help: v.help,
                      nodes: v.nodes.slice(0, 3).map(n => n.target.join(' ')) })))))
                  .catch(e => done(JSON.stringify([{ id: 'axe-error', impact: 'critical', help: String(e), nodes: [] }])));
                """);
        List<String> serious = new ArrayList<>();
        for (JsonNode violation : JSON.readTree(String.valueOf(result))) {
            String impact = violation.path("impact").asString("");
            if (impact.equals("serious") || impact.equals("critical")) {
                serious.add(violation.path("id").asString("") + " (" + impact + "): " + violation.path("help").asString("")
                        + " at " + violation.path("nodes"));
            }
        }
        return serious;
    }

    private static String axeSource() {
        try (InputStream in = HeadlessChromium.class.getClassLoader().getResourceAsStream(AXE)) {
            if (in == null) {
                throw new AssertionError("axe-core is not on the test classpath: " + AXE);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Shows the page as a device of a width would, the whole page at once (phones below 600 pixels, with the
     * page's viewport settings honoured).
     *
     * @param width the viewport width in CSS pixels
     */
    public void viewAt(int width) {
        emulate(width, 900);
        Object height = driver.executeScript("return Math.max(document.documentElement.scrollHeight, document.body.scrollHeight)");
        emulate(width, Math.max(900, ((Number) height).intValue()));
    }

    private void emulate(int width, int height) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", width < 600));
    }

    /**
     * Whether the page is wider than the viewport (a reader would have to scroll sideways).
     *
     * @return whether the page overflows
     */
    public boolean overflowsSideways() {
        return Boolean.TRUE.equals(driver.executeScript(
                "return document.documentElement.scrollWidth > document.documentElement.clientWidth"));
    }

    /**
     * Saves a screenshot of what the viewport shows under {@link #SCREENSHOTS}.
     *
     * @param name the file name, such as {@code public-page-390.png}
     * @return the file
     */
    public Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path file = SCREENSHOTS.resolve(name);
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            } catch (IOException e) {
                // The profile is a temporary directory: what cannot be removed now is the system's to clean.
            }
        }
    }
}
