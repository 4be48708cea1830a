package vn.campaign.api.support;

import java.net.URI;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.campaign.api.CampaignApiApplication;

/**
 * Base of tests that need the service on a real HTTP port (a browser, an HTTP client), on the embedded store's
 * memory backend. Subclasses share one application context, so each test must use its own registrations.
 */
@SpringBootTest(classes = CampaignApiApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
        "campaign.store.embedded=memory",
        "spring.mongodb.uri=",
        "spring.mongodb.host="})
public abstract class RunningServerTestBase {

    @LocalServerPort
    private int port;

    /**
     * An address on the running service, reached as {@code localhost} (the one host the test browser resolves).
     *
     * @param path the path, such as {@code /works/abc}
     * @return the address
     */
    public URI url(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
