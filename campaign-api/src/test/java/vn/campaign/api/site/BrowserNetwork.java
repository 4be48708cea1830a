package vn.campaign.api.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import java.util.Locale;

import vn.campaign.api.support.HeadlessChromium;

/** What a page asked the network for, checked: the service only, nothing failed, nothing on the console. */
final class BrowserNetwork {

    private BrowserNetwork() {
    }

    /**
     * Asserts that every network request the browser sent (http, https, ws, wss) went to the service and
     * succeeded, and that no page logged an error. The browser's own pages ({@code chrome://}, the blank tab it
     * starts with) and inline {@code data:} URLs are not network requests.
     *
     * @param browser the browser
     * @param service the service's root address
     */
    static void assertOnlyTheServiceWasReached(HeadlessChromium browser, URI service) {
        String origin = service.resolve("/").toString();
        List<HeadlessChromium.Request> network = browser.requests().stream()
                .filter(request -> isNetwork(request.url())).toList();
        assertThat(network).as("requests to the network").isNotEmpty();
        assertThat(network).as("every request goes to the service and succeeds").allSatisfy(request -> {
            assertThat(request.url()).startsWith(origin);
            assertThat(request.failed()).as(request.url()).isEmpty();
        });
        assertThat(browser.consoleErrors()).as("errors on the console").isEmpty();
    }

    private static boolean isNetwork(String url) {
        String scheme = url.contains(":") ? url.substring(0, url.indexOf(':')).toLowerCase(Locale.ROOT) : "";
        return scheme.equals("http") || scheme.equals("https") || scheme.equals("ws") || scheme.equals("wss");
    }
}
