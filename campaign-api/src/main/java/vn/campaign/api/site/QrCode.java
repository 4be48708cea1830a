package vn.campaign.api.site;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Objects;

import javax.imageio.ImageIO;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

/**
 * A QR code of a link, drawn as PNG or SVG. Error correction level M (about 15 % of the code may be soiled
 * or scratched, as on a plaque outdoors) and the standard quiet zone of four modules.
 *
 * @param link   the link the code holds
 * @param matrix its modules, quiet zone included, one bit per module
 */
public record QrCode(URI link, BitMatrix matrix) {

    /** Pixels per module in the PNG: a 33-module code with its margin is 410 pixels wide. */
    static final int PNG_MODULE_PIXELS = 10;

    /** Modules of white margin around the code, as ISO/IEC 18004 asks. */
    static final int QUIET_ZONE = 4;

    /**
     * Validates the code.
     *
     * @throws NullPointerException if a value is missing
     */
    public QrCode {
        Objects.requireNonNull(link, "link");
        Objects.requireNonNull(matrix, "matrix");
    }

    /**
     * Encodes a link.
     *
     * @param link an absolute link
     * @return its QR code
     * @throws IllegalArgumentException if the link is not absolute or too long for a QR code
     */
    public static QrCode of(URI link) {
        Objects.requireNonNull(link, "link");
        if (!link.isAbsolute()) {
            throw new IllegalArgumentException("A QR code of a plaque needs an absolute link, not " + link);
        }
        Map<EncodeHintType, Object> hints = Map.of(
                EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M,
                EncodeHintType.CHARACTER_SET, StandardCharsets.UTF_8.name(),
                EncodeHintType.MARGIN, QUIET_ZONE);
        try {
            // Size 0: ZXing's smallest matrix, one bit per module, with the margin around it.
            return new QrCode(link, new QRCodeWriter().encode(link.toASCIIString(), BarcodeFormat.QR_CODE, 0, 0, hints));
        } catch (WriterException e) {
            throw new IllegalArgumentException("The link is too long for a QR code: " + link, e);
        }
    }

    /**
     * The code as a black-and-white PNG image.
     *
     * @return the PNG file's bytes
     */
    public byte[] png() {
        int size = matrix.getWidth() * PNG_MODULE_PIXELS;
        BufferedImage image = new BufferedImage(size, matrix.getHeight() * PNG_MODULE_PIXELS, BufferedImage.TYPE_BYTE_BINARY);
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < size; x++) {
                boolean dark = matrix.get(x / PNG_MODULE_PIXELS, y / PNG_MODULE_PIXELS);
                image.setRGB(x, y, dark ? 0xFF000000 : 0xFFFFFFFF);
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, "png", out)) {
                throw new IllegalStateException("This Java runtime has no PNG writer");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Writing a PNG to memory failed", e);
        }
        return out.toByteArray();
    }

    /**
     * The code as an SVG image, one unit per module, for printing at any size: a white square with one path
     * of the dark modules, each row's runs of dark modules drawn as one rectangle. It carries its link as title.
     *
     * @return the SVG document
     */
    public String svg() {
        int width = matrix.getWidth();
        int height = matrix.getHeight();
        StringBuilder path = new StringBuilder();
        for (int y = 0; y < height; y++) {
            int x = 0;
            while (x < width) {
                if (!matrix.get(x, y)) {
                    x++;
                    continue;
                }
                int start = x;
                while (x < width && matrix.get(x, y)) {
                    x++;
                }
                path.append('M').append(start).append(' ').append(y).append('h').append(x - start).append("v1h-")
                        .append(x - start).append('z');
            }
        }
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 %d %d" width="%d" height="%d" shape-rendering="crispEdges" role="img">
                <title>%s</title>
                <rect width="%d" height="%d" fill="#fff"/>
                <path fill="#000" d="%s"/>
                </svg>
                """.formatted(width, height, width * PNG_MODULE_PIXELS, height * PNG_MODULE_PIXELS,
                escapeXml(link.toASCIIString()), width, height, path);
    }

    private static String escapeXml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
