package vn.campaign.api.live;

import java.time.Duration;
import static org.awaitility.Awaitility.await;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.campaign.api.security.TestTokens;
import vn.campaign.api.support.HeadlessChromium;
import vn.campaign.api.support.RunningServerTestBase;

/**
 * A real headless Chromium subscribes with the browser's own WebSocket, speaking {@code graphql-transport-ws} in
 * a few lines of script on a page of the service (same origin, no library, no CDN), and sees the work the test
 * then registers.
 */
class SubscriptionBrowserIT extends RunningServerTestBase {

    /** The client a page would write: connection_init with the token, then subscribe, collecting "next" payloads. */
    private static final String SUBSCRIBE = """
            const token = arguments[0];
            window.liveChanges = [];
            window.liveErrors = [];
            const socket = new WebSocket(location.origin.replace(/^http/, 'ws') + '/graphql', 'graphql-transport-ws');
            socket.onopen = () => socket.send(JSON.stringify(
                {type: 'connection_init', payload: {Authorization: 'Bearer ' + token}}));
            socket.onmessage = event => {
              const message = JSON.parse(event.data);
              if (message.type === 'connection_ack') {
                socket.send(JSON.stringify({id: '1', type: 'subscribe', payload: {query:
                  'subscription { registrationChanged(campaignCode: "CT32-2022") '
                  + '{ kind registration { ... on Work { name status } } } }'}}));
              } else if (message.type === 'next') {
                window.liveChanges.push(message.payload.data.registrationChanged);
              } else if (message.type === 'ping') {
                socket.send(JSON.stringify({type: 'pong'}));
              } else {
                window.liveErrors.push(event.data);
              }
            };
            socket.onclose = event => window.liveErrors.push('closed ' + event.code);
            window.liveSocket = socket;
            """;

    private static HeadlessChromium browser;

    @Autowired
    private RegistrationFeed feed;

    @BeforeAll
    static void startBrowser() {
        browser = HeadlessChromium.start();
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void aPageSubscribesOverWebSocketAndSeesTheWorkRegistered() throws InterruptedException {
        browser.open(url("/"));
        browser.waitFor("return document.body.dataset.loaded === 'true'");
        int before = feed.subscriberCount();

        browser.driver().executeScript(SUBSCRIBE, TestTokens.unitOfficer("18112"));
        awaitSubscribers(before + 1);
        String name = LiveData.name("Khánh thành nhà văn hóa Thạch Bình");
        new LiveData(url("/graphql")).registeredWork("18112", name);

        browser.waitFor("return window.liveChanges.length > 0 || window.liveErrors.length > 0");
        Object changes = browser.driver().executeScript("return window.liveChanges");
        assertThat(browser.driver().executeScript("return window.liveErrors")).asList().isEmpty();
        assertThat(changes).isEqualTo(List.of(Map.of("kind", "CREATED",
                "registration", Map.of("name", name, "status", "REGISTERED"))));
        browser.driver().executeScript("window.liveSocket.close()");
    }

    private void awaitSubscribers(int count) {
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(feed.subscriberCount())
                .as(() -> "the page's subscription did not start: "
                        + browser.driver().executeScript("return window.liveErrors"))
                .isGreaterThanOrEqualTo(count));
    }
}
