package vn.campaign.api.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

/**
 * The GraphiQL page Spring for GraphQL serves ({@code classpath:graphiql/index.html}) is the platform's own, and
 * everything it loads is in the jar: no CDN, so GraphiQL works without the internet.
 */
class GraphiQlPageTest {

    private static final Pattern ASSET = Pattern.compile("(?:src|href)=\"([^\"]+)\"");

    @Test
    void theServedPageIsOursAndLoadsOnlyAssetsThatTheJarHolds() throws IOException {
        String page = new ClassPathResource("graphiql/index.html").getContentAsString(StandardCharsets.UTF_8);
        List<String> assets = new ArrayList<>();
        Matcher matcher = ASSET.matcher(page);
        while (matcher.find()) {
            assets.add(matcher.group(1));
        }

        assertThat(page).contains("campaign platform").doesNotContain("https://").doesNotContain("esm.sh");
        assertThat(assets).hasSize(5).allSatisfy(asset -> {
            if (!asset.startsWith("data:")) {
                assertThat(asset).startsWith("/webjars/");
                assertThat(new ClassPathResource("META-INF/resources" + asset).exists()).as(asset).isTrue();
            }
        });
    }

    @Test
    void keepsTheHeadersOutOfTheBrowsersStorage() throws IOException {
        String page = new ClassPathResource("graphiql/index.html").getContentAsString(StandardCharsets.UTF_8);

        assertThat(page).contains("shouldPersistHeaders: false").contains("showPersistHeadersSettings: false")
                .contains("storage: storage");
    }
}
