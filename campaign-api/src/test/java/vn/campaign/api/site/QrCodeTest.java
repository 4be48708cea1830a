package vn.campaign.api.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.net.URI;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

class QrCodeTest {

    private static final URI LINK = URI.create("https://thidua.hatinh.gov.vn/works/V29yazo1ZjFkYjk3Ni0wZGJkLTQ3ZjAtYjM1Yy03ZjJmZDk1NzE3ODM");

    @Test
    void pngDecodesBackToTheWorkPageLink() throws Exception {
        assertThat(QrImages.decodePng(QrCode.of(LINK).png())).isEqualTo(LINK.toString());
    }

    @Test
    void pngHasTheQuietZoneAndTenPixelsPerModule() throws Exception {
        QrCode code = QrCode.of(LINK);
        var image = ImageIO.read(new ByteArrayInputStream(code.png()));

        assertThat(image.getWidth()).isEqualTo(code.matrix().getWidth() * 10).isEqualTo(image.getHeight());
        // The four-module margin is white all round: the corner module and the one just inside the margin.
        assertThat(image.getRGB(0, 0) & 0xFFFFFF).isEqualTo(0xFFFFFF);
        assertThat(image.getRGB(39, 39) & 0xFFFFFF).isEqualTo(0xFFFFFF);
        // The finder pattern starts right after it, dark.
        assertThat(image.getRGB(40, 40) & 0xFFFFFF).isZero();
    }

    @Test
    void svgDrawsTheSameCodeAndNamesItsLink() throws Exception {
        String svg = QrCode.of(LINK).svg();

        assertThat(QrImages.decodeSvg(svg)).isEqualTo(LINK.toString());
        assertThat(svg).startsWith("<?xml").contains("<title>" + LINK + "</title>");
    }

    @Test
    void escapesTheLinkInTheSvgTitle() {
        assertThat(QrCode.of(URI.create("https://example.org/works/a?b=1&c=%3C")).svg())
                .contains("<title>https://example.org/works/a?b=1&amp;c=%3C</title>");
    }

    @Test
    void refusesARelativeLink() {
        assertThatThrownBy(() -> QrCode.of(URI.create("/works/abc")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("A QR code of a plaque needs an absolute link, not /works/abc");
    }

    @Test
    void refusesALinkTooLongForAQrCode() {
        URI huge = URI.create("https://example.org/" + "a".repeat(5000));
        assertThatThrownBy(() -> QrCode.of(huge))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("The link is too long for a QR code: https://example.org/aaa");
    }
}
