package vn.campaign.api.config;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.metrics.buffering.BufferingApplicationStartup;
import org.springframework.boot.context.metrics.buffering.StartupTimeline;
import org.springframework.context.ApplicationListener;
import org.springframework.core.metrics.StartupStep;

/**
 * What the start-up spent, logged once the service is ready, when asked for with the system property
 * {@value #PROPERTY} (the number of steps to name, such as {@code -Dcampaign.startup.report=15}).
 *
 * <p>Spring records its start-up steps (configuration classes parsed, each bean created, the context refreshed)
 * in a {@link BufferingApplicationStartup}; this report names the steps that took longest by their <em>own</em>
 * time — a step's duration less that of the steps inside it, so that creating a bean is not counted again in
 * every bean that depends on it — followed by the total from launch to ready. Without the property nothing is
 * recorded and the service starts as usual. The lines start with {@value #PREFIX}, so that a launcher (the
 * benchmark) can pick them from the log.
 */
public final class StartupReport implements ApplicationListener<ApplicationReadyEvent> {

    /** The system property that turns the report on; its value is the number of steps named. */
    public static final String PROPERTY = "campaign.startup.report";

    /** The start of every line of the report. */
    public static final String PREFIX = "Start-up step: ";

    /** Steps buffered at most; a start of this service records about 5,000. */
    private static final int CAPACITY = 50_000;

    private static final Logger LOG = LoggerFactory.getLogger(StartupReport.class);

    private final BufferingApplicationStartup startup;
    private final int steps;

    private StartupReport(BufferingApplicationStartup startup, int steps) {
        this.startup = Objects.requireNonNull(startup, "startup");
        if (steps < 1) {
            throw new IllegalArgumentException(PROPERTY + " must name at least 1 step, got " + steps);
        }
        this.steps = steps;
    }

    /**
     * Records the start-up of an application and reports it when it is ready, if {@value #PROPERTY} is set.
     *
     * @param application the application, not yet run
     */
    public static void installIfRequested(SpringApplication application) {
        String value = System.getProperty(PROPERTY);
        if (value == null || value.isBlank()) {
            return;
        }
        BufferingApplicationStartup startup = new BufferingApplicationStartup(CAPACITY);
        application.setApplicationStartup(startup);
        application.addListeners(new StartupReport(startup, Integer.parseInt(value.strip())));
    }

    @Override
    public void onApplicationEvent(ApplicationReadyEvent event) {
        StartupTimeline timeline = startup.getBufferedTimeline();
        for (String line : lines(timeline.getEvents(), steps)) {
            LOG.info("{}{}", PREFIX, line);
        }
        Instant launched = ProcessHandle.current().info().startInstant().orElse(timeline.getStartTime());
        LOG.info("{}{} ms from launch to ready, {} ms of them before Spring's first step", PREFIX,
                Duration.between(launched, Instant.now()).toMillis(),
                Duration.between(launched, timeline.getStartTime()).toMillis());
    }

    /**
     * The report's lines: the steps with the longest own time, most first, each as its own time in
     * milliseconds, its name and its bean or configuration class when it has one; steps of the same name and
     * bean are added up.
     *
     * @param events the recorded steps
     * @param steps  how many to name
     * @return the lines
     */
    static List<String> lines(List<StartupTimeline.TimelineEvent> events, int steps) {
        Map<Long, Long> childNanos = new HashMap<>();
        for (StartupTimeline.TimelineEvent event : events) {
            Long parent = event.getStartupStep().getParentId();
            if (parent != null) {
                childNanos.merge(parent, event.getDuration().toNanos(), Long::sum);
            }
        }
        Map<String, Long> ownNanos = new LinkedHashMap<>();
        for (StartupTimeline.TimelineEvent event : events) {
            StartupStep step = event.getStartupStep();
            long own = event.getDuration().toNanos() - childNanos.getOrDefault(step.getId(), 0L);
            ownNanos.merge(label(step), Math.max(0, own), Long::sum);
        }
        List<Map.Entry<String, Long>> sorted = new ArrayList<>(ownNanos.entrySet());
        sorted.sort(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()));
        List<String> lines = new ArrayList<>();
        for (Map.Entry<String, Long> e : sorted.subList(0, Math.min(steps, sorted.size()))) {
            lines.add(String.format(Locale.ROOT, "%,.0f ms %s", e.getValue() / 1e6, e.getKey()));
        }
        return lines;
    }

    private static String label(StartupStep step) {
        for (StartupStep.Tag tag : step.getTags()) {
            if (tag.getKey().equals("beanName") || tag.getKey().equals("classCount")
                    || tag.getKey().equals("postProcessor")) {
                return step.getName() + " " + tag.getValue();
            }
        }
        return step.getName();
    }
}
