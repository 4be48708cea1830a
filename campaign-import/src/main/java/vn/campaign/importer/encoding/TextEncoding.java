package vn.campaign.importer.encoding;

/**
 * How the characters of a text are to be read.
 */
public enum TextEncoding {
    /** Already Unicode: left as it is (normalised to NFC). */
    UNICODE,
    /** TCVN3 (ABC, TCVN 5712:1993), the {@code .Vn…} fonts: one byte per letter. */
    TCVN3,
    /**
     * TCVN3 shown in a {@code .Vn…H} font, which draws every letter as a capital: converted as
     * {@link #TCVN3}, then upper-cased.
     */
    TCVN3_UPPER,
    /** VNI-Windows, the {@code VNI-…} fonts: a base letter followed by a mark byte. */
    VNI,
    /** The Windows code page for Vietnamese: precomposed vowels plus combining tone marks. */
    WINDOWS_1258
}
