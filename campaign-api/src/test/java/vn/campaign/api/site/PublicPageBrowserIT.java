package vn.campaign.api.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import vn.campaign.api.support.HeadlessChromium;
import vn.campaign.api.support.RunningServerTestBase;

/**
 * The public page at {@code /} and a work's page in a real headless Chromium whose network ends at this
 * machine's {@code localhost}: the wards' compliance and the works come from registrations the test made through
 * GraphQL; a work's page opens from the list; axe-core finds no serious accessibility violation; the pages fit
 * a phone's width; every request stays on the service. Screenshots at 390 and 1280 pixels are kept in
 * {@code target/browser-screenshots/}.
 */
class PublicPageBrowserIT extends RunningServerTestBase {

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
    void showsTheWardsComplianceAndTheApprovedWorksAndOpensAWorksPage() {
        PublicData data = new PublicData(url("/graphql"));
        String bridge = PublicData.name("Khánh thành cầu Hộ Độ");
        String bridgeId = data.approvedWork("18070", bridge, "4500000000");
        String caption = "Lễ cắt băng khánh thành cầu Hộ Độ";
        String photo = data.photo(bridgeId, PublicData.png(320, 200, 0x0B4F9C), caption);
        data.minutes(bridgeId);
        String plaqueWork = data.linkFirstPlaqueWork(bridgeId);
        data.complete("completeWork", bridgeId, 2, "2022-05-19");
        String festival = PublicData.name("Lễ hội văn hóa Trần Phú");
        data.complete("completeEvent", data.approvedEvent("18070", festival, "2022-05-20"), 1, "2022-05-20");
        String school = PublicData.name("Khánh thành trường tiểu học Nam Hà");
        data.approvedWork("18073", school, "800000000");
        String unapproved = PublicData.name("Khánh thành chợ Nam Hà");
        data.registeredWork("18073", unapproved, "300000000");

        browser.open(url("/"));
        browser.waitFor("return document.body.dataset.loaded === 'true'");

        var driver = browser.driver();
        assertThat(driver.findElement(By.tagName("h1")).getText()).startsWith("Đợt thi đua cao điểm chào mừng");
        assertThat(driver.findElement(By.id("chi-thi")).getText()).contains("Chỉ thị số 32-CT/Th.Uy");
        assertThat(driver.findElement(By.id("ds-ky-niem")).getText())
                .contains("Kỷ niệm 65 năm Ngày Bác Hồ về thăm Hà Tĩnh").contains("15/06/2022").contains("Đã diễn ra");
        WebElement tranPhu = driver.findElement(By.cssSelector("[data-unit='18070']"));
        assertThat(tranPhu.getText()).contains("Phường Trần Phú").contains("Đạt yêu cầu").doesNotContain("Chưa đạt");
        WebElement namHa = driver.findElement(By.cssSelector("[data-unit='18073']"));
        assertThat(namHa.getText()).contains("Phường Nam Hà").contains("Chưa đạt yêu cầu").contains("Còn thiếu")
                .containsPattern("\\d+ chờ duyệt").containsPattern("\\d+ quá hạn chưa hoàn thành");
        String works = driver.findElement(By.id("ds-cong-trinh")).getText();
        assertThat(works).contains(bridge, school, "4.500.000.000 đồng", "Gắn biển").doesNotContain(unapproved);
        WebElement thumbnail = driver.findElement(By.cssSelector("#ds-cong-trinh img.thumb[src='/api/evidence/" + photo
                + "']"));
        assertThat(thumbnail.getAttribute("alt")).isEqualTo(caption);
        assertThat(thumbnail.getAttribute("loading")).isEqualTo("lazy");
        assertThat(driver.findElement(By.id("ds-su-kien")).getText()).contains("Tháng 5/2022", festival, "20/05/2022");
        assertThat(browser.seriousAccessibilityViolations()).as("axe-core on /").isEmpty();

        browser.viewAt(390);
        assertThat(browser.overflowsSideways()).as("the page fits a phone's width").isFalse();
        browser.screenshot("public-page-390.png");
        browser.viewAt(1280);
        assertThat(browser.overflowsSideways()).isFalse();
        browser.screenshot("public-page-1280.png");

        driver.findElement(By.linkText(bridge)).click();
        browser.waitFor("return document.body.dataset.loaded === 'true'");
        assertThat(URI.create(driver.getCurrentUrl()).getPath()).isEqualTo("/works/" + bridgeId);
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo(bridge);
        assertThat(driver.findElement(By.id("thong-tin")).getText())
                .contains("Khánh thành").contains("Đã hoàn thành").contains("19/05/2022")
                .contains("4.500.000.000 đồng").contains("Đường Trần Phú");
        browser.waitFor("const qr = document.getElementById('ma-qr'); return qr.complete && qr.naturalWidth > 0");
        assertThat(driver.findElement(By.id("ma-qr")).getAttribute("alt")).contains(bridge);
        assertThat(driver.findElement(By.id("noi-dung-bien")).getText())
                .isEqualTo("Công trình chào mừng kỷ niệm 65 năm Ngày Bác Hồ về thăm Hà Tĩnh"
                        + " và 15 năm thành lập thành phố Hà Tĩnh");
        assertThat(driver.findElement(By.id("bien-danh-sach")).getText()).contains(plaqueWork);
        List<WebElement> photos = driver.findElements(By.cssSelector("#ds-hinh-anh img"));
        assertThat(photos).as("the photo only: the minutes are a PDF").hasSize(1);
        assertThat(photos.get(0).getAttribute("src")).endsWith("/api/evidence/" + photo);
        assertThat(photos.get(0).getAttribute("alt")).isEqualTo(caption);
        assertThat(photos.get(0).getAttribute("loading")).isEqualTo("lazy");
        assertThat(driver.findElement(By.cssSelector("#ds-hinh-anh figcaption")).getText()).isEqualTo(caption);
        browser.driver().executeScript("document.getElementById('hinh-anh').scrollIntoView()");
        browser.waitFor("const img = document.querySelector('#ds-hinh-anh img');"
                + " return img.complete && img.naturalWidth === 320 && img.naturalHeight === 200");
        assertThat(browser.seriousAccessibilityViolations()).as("axe-core on the work page").isEmpty();
        browser.viewAt(390);
        assertThat(browser.overflowsSideways()).isFalse();
        browser.screenshot("work-page-390.png");
        browser.viewAt(1280);

        assertOnlyTheServiceWasReached();
    }

    @Test
    void theFirstTabReachesTheSkipLinkWhichMovesToTheContent() {
        browser.open(url("/"));
        browser.waitFor("return document.body.dataset.loaded === 'true'");

        browser.driver().findElement(By.tagName("body")).sendKeys(Keys.TAB);
        WebElement focused = browser.driver().switchTo().activeElement();
        assertThat(focused.getText()).isEqualTo("Bỏ qua, tới nội dung chính");
        focused.sendKeys(Keys.ENTER);
        assertThat(browser.driver().switchTo().activeElement().getAttribute("id")).isEqualTo("noi-dung");
    }

    @Test
    void countsDownToAnAnniversaryInHaTinhTime() {
        browser.open(url("/"));
        browser.waitFor("return document.body.dataset.loaded === 'true'");

        Object shown = browser.driver().executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                import('/site/site.js').then(site => done([
                  site.countdown('2030-09-02', new Date('2030-08-31T21:30:00+07:00')),
                  site.countdown('2030-09-02', new Date('2030-09-01T23:59:30+07:00')),
                  site.countdown('2030-09-02', new Date('2030-09-01T17:00:00Z')),
                  site.countdown('2030-09-02', new Date('2030-09-02T23:59:00+07:00')),
                  site.countdown('2030-09-02', new Date('2030-09-03T00:00:00+07:00'))]));
                """);

        assertThat(shown).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST).containsExactly(
                "Còn 1 ngày 2 giờ 30 phút", "Còn 0 ngày 0 giờ 1 phút", "Hôm nay", "Hôm nay", "Đã diễn ra");
    }

    @Test
    void aWorkThatIsNotPublicIsNotShownOnItsPage() {
        String hidden = PublicData.name("Khánh thành nhà văn hóa Bắc Hà");
        String id = new PublicData(url("/graphql")).registeredWork("18076", hidden, "100000000");

        browser.open(url("/works/" + id));
        browser.waitFor("return document.getElementById('trang-thai').textContent.length > 0"
                + " && !document.getElementById('trang-thai').textContent.startsWith('Đang tải')");

        assertThat(browser.driver().findElement(By.id("trang-thai")).getText())
                .isEqualTo("Không tìm thấy công trình này, hoặc công trình chưa được công khai.");
        assertThat(browser.driver().getPageSource()).doesNotContain(hidden);
    }

    private void assertOnlyTheServiceWasReached() {
        BrowserNetwork.assertOnlyTheServiceWasReached(browser, url("/"));
    }
}
