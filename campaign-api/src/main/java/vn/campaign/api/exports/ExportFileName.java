package vn.campaign.api.exports;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Objects;

/**
 * The name an export is saved under, and the {@code Content-Disposition} header that gives it (RFC 6266): a
 * readable Vietnamese name in {@code filename*} (RFC 8187, UTF-8, percent-encoded) for every current browser
 * and client, and its ASCII transliteration in {@code filename} for the rest.
 *
 * @param name the Vietnamese name, ending in its extension ({@code .xlsx}, {@code .docx})
 */
public record ExportFileName(String name) {

    /**
     * Validates the name.
     *
     * @param name the Vietnamese name, ending in its extension
     */
    public ExportFileName {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("a file name must not be blank");
        }
    }

    /**
     * The header value.
     *
     * @return {@code attachment; filename="…"; filename*=UTF-8''…}
     */
    public String contentDisposition() {
        return "attachment; filename=\"" + ascii() + "\"; filename*=UTF-8''" + percentEncoded();
    }

    /**
     * The name in ASCII: tone marks dropped, đ as d, anything but letters, digits, dot and hyphen as one
     * hyphen.
     *
     * @return the fallback name
     */
    public String ascii() {
        String stripped = Normalizer.normalize(name.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "");
        return stripped.replaceAll("[^A-Za-z0-9.]+", "-").replaceAll("-+\\.", ".").replaceAll("^-+|-+$", "");
    }

    /** The UTF-8 bytes of the name, percent-encoded except RFC 8187's attr-chars. */
    private String percentEncoded() {
        StringBuilder encoded = new StringBuilder();
        for (byte b : Normalizer.normalize(name, Normalizer.Form.NFC).getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || "!#$&+-.^_`|~".indexOf(c) >= 0) {
                encoded.append((char) c);
            } else {
                encoded.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return encoded.toString();
    }
}
