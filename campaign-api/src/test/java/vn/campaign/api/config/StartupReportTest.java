package vn.campaign.api.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.metrics.buffering.BufferingApplicationStartup;
import org.springframework.core.metrics.StartupStep;

/** The start-up report names the steps by their own time, each with its bean, longest first. */
class StartupReportTest {

    @Test
    void namesEachStepWithItsBeanLongestFirstAndNoMoreThanAsked() {
        BufferingApplicationStartup startup = new BufferingApplicationStartup(100);
        StartupStep outer = startup.start("spring.beans.instantiate").tag("beanName", "graphQlSource");
        StartupStep inner = startup.start("spring.beans.instantiate").tag("beanName", "schemaResources");
        inner.end();
        outer.end();
        startup.start("spring.context.refresh").end();

        List<String> all = StartupReport.lines(startup.getBufferedTimeline().getEvents(), 10);
        List<String> one = StartupReport.lines(startup.getBufferedTimeline().getEvents(), 1);

        assertThat(all).hasSize(3).allMatch(line -> line.matches("[\\d,]+ ms spring\\.\\S+( \\S+)?"))
                .anyMatch(line -> line.endsWith(" ms spring.beans.instantiate graphQlSource"))
                .anyMatch(line -> line.endsWith(" ms spring.beans.instantiate schemaResources"))
                .anyMatch(line -> line.endsWith(" ms spring.context.refresh"));
        assertThat(one).containsExactly(all.get(0));
        assertThat(all.stream().map(line -> Double.parseDouble(line.substring(0, line.indexOf(" ms"))
                .replace(",", ""))).toList()).isSortedAccordingTo((a, b) -> Double.compare(b, a));
    }
}
