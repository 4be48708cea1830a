package vn.campaign.api.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;

import org.junit.jupiter.api.Test;

class PublicLinksTest {

    private static final URI REQUEST = URI.create("http://10.0.0.5:8080");

    @Test
    void usesTheRequestsAddressWhenNoBaseIsConfigured() {
        assertThat(PublicLinks.fromSetting("").workPage(REQUEST, "V29yazox"))
                .isEqualTo(URI.create("http://10.0.0.5:8080/works/V29yazox"));
        assertThat(PublicLinks.fromSetting(null).workPage(REQUEST, "V29yazox"))
                .isEqualTo(URI.create("http://10.0.0.5:8080/works/V29yazox"));
    }

    @Test
    void usesTheConfiguredBaseWithOrWithoutItsTrailingSlashAndKeepsItsPath() {
        assertThat(PublicLinks.fromSetting("https://thidua.hatinh.gov.vn/").workPage(REQUEST, "V29yazox"))
                .isEqualTo(URI.create("https://thidua.hatinh.gov.vn/works/V29yazox"));
        assertThat(PublicLinks.fromSetting(" https://hatinh.gov.vn/thidua ").workPage(REQUEST, "V29yazox"))
                .isEqualTo(URI.create("https://hatinh.gov.vn/thidua/works/V29yazox"));
    }

    @Test
    void refusesABaseThatIsNotAnAbsoluteWebAddress() {
        for (String bad : new String[] {"thidua.hatinh.gov.vn", "ftp://hatinh.gov.vn", "https://hatinh.gov.vn/?a=1",
            "https://hatinh.gov.vn/#top"}) {
            assertThatThrownBy(() -> PublicLinks.fromSetting(bad)).as(bad)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("campaign.public-base-url must be an absolute http or https address");
        }
        assertThatThrownBy(() -> PublicLinks.fromSetting("https://hatinh gov"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("campaign.public-base-url is not an address: https://hatinh gov");
    }
}
