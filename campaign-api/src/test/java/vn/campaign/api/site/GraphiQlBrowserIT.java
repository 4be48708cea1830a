package vn.campaign.api.site;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import vn.campaign.api.security.TestTokens;
import vn.campaign.api.support.HeadlessChromium;
import vn.campaign.api.support.RunningServerTestBase;

/**
 * GraphiQL in a real headless Chromium whose network ends at this machine's {@code localhost}: it renders from
 * the jar's own scripts and styles, runs a query with a token typed into its Headers tab, and keeps that token out
 * of the browser's storage.
 */
class GraphiQlBrowserIT extends RunningServerTestBase {

    private static HeadlessChromium browser;

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
    void runsAQueryWithATokenFromTheHeadersTabWithoutTheInternetAndWithoutStoringTheToken() {
        String waiting = PublicData.name("Khánh thành nhà văn hóa tổ dân phố");
        new PublicData(url("/graphql")).registeredWork("18076", waiting, "250000000");
        String token = TestTokens.viewer();

        browser.open(url("/graphiql"));
        browser.waitFor("return !!document.querySelector('.graphiql-query-editor .CodeMirror')");
        var driver = browser.driver();
        driver.findElement(By.xpath("//button[normalize-space()='Headers']")).click();
        driver.executeScript("document.querySelector('.graphiql-editor-tool .graphiql-editor:not(.hidden) .CodeMirror')"
                + ".CodeMirror.setValue(arguments[0])", "{\"Authorization\": \"Bearer " + token + "\"}");
        driver.executeScript("document.querySelector('.graphiql-query-editor .CodeMirror').CodeMirror.setValue(arguments[0])",
                "{ works(filter: {unitCode: \"18076\", statuses: [REGISTERED]}, first: 100) { nodes { name } } }");
        driver.findElement(By.cssSelector(".graphiql-execute-button")).click();

        String result = "return document.querySelector('.result-window .CodeMirror').CodeMirror.getValue()";
        browser.waitFor(result + ".includes(" + jsString(waiting) + ")");
        assertThat(String.valueOf(driver.executeScript(result))).contains("\"name\": \"" + waiting + "\"")
                .doesNotContain("\"errors\"");

        String storage = String.valueOf(driver.executeScript(
                "return JSON.stringify({ local: { ...localStorage }, session: { ...sessionStorage } })"));
        assertThat(storage).as("GraphiQL keeps its query in the storage").contains("graphiql:query");
        String[] parts = token.split("\\.");
        assertThat(storage).as("but not the token").doesNotContain(parts[1]).doesNotContain(parts[2])
                .doesNotContain("Bearer ey");

        driver.navigate().refresh();
        browser.waitFor("return !!document.querySelector('.graphiql-query-editor .CodeMirror')");
        driver.findElement(By.xpath("//button[normalize-space()='Headers']")).click();
        assertThat(String.valueOf(driver.executeScript("return document.querySelector("
                + "'.graphiql-editor-tool .graphiql-editor:not(.hidden) .CodeMirror').CodeMirror.getValue()")))
                .as("the Headers tab after a reload").doesNotContain(parts[1]);

        browser.viewAt(1280);
        browser.screenshot("graphiql-1280.png");
        BrowserNetwork.assertOnlyTheServiceWasReached(browser, url("/"));
    }

    private static String jsString(String text) {
        return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }
}
