package vn.campaign.api.evidence;

import java.text.Normalizer;

import org.jspecify.annotations.Nullable;

/**
 * The name an uploaded file is kept and served under: the client's name with any path dropped
 * ({@code ../../x.jpg} and {@code C:\photos\x.jpg} are kept as {@code x.jpg}), control and bidirectional
 * characters removed, characters Windows refuses in names ({@code <>:"/\|?*}) replaced by {@code _}, leading
 * dots and spaces dropped, NFC, at most {@value #MAX_LENGTH} characters (the extension kept). Vietnamese
 * letters stay as they are. A name left empty becomes {@value #FALLBACK}.
 */
public final class EvidenceFileName {

    /** The longest name kept, in characters (code points). */
    public static final int MAX_LENGTH = 150;

    /** The name of a file sent without a usable one. */
    public static final String FALLBACK = "minh-chung";

    private EvidenceFileName() {
    }

    /**
     * Cleans a name a client sent.
     *
     * @param original the name, possibly {@code null}
     * @return the cleaned name, never blank
     */
    public static String clean(@Nullable String original) {
        if (original == null) {
            return FALLBACK;
        }
        String last = original.substring(Math.max(original.lastIndexOf('/'), original.lastIndexOf('\\')) + 1);
        StringBuilder kept = new StringBuilder();
        Normalizer.normalize(last, Normalizer.Form.NFC).codePoints().forEach(c -> {
            if (Character.getType(c) == Character.CONTROL || Character.getType(c) == Character.FORMAT
                    || Character.getType(c) == Character.UNASSIGNED || Character.getType(c) == Character.SURROGATE
                    || Character.getType(c) == Character.PRIVATE_USE) {
                return;
            }
            kept.appendCodePoint("<>:\"|?*".indexOf(c) >= 0 ? '_' : Character.isWhitespace(c) ? ' ' : c);
        });
        String name = kept.toString().replaceAll(" {2,}", " ").strip().replaceAll("^[. ]+", "").strip();
        if (name.isEmpty()) {
            return FALLBACK;
        }
        return shorten(name);
    }

    /**
     * The name with the extension of a type when it has none.
     *
     * @param name a cleaned name
     * @param type the file's type
     * @return the name, ending in an extension
     */
    public static String withExtension(String name, EvidenceType type) {
        return extension(name).isEmpty() ? shorten(name + "." + type.extension()) : name;
    }

    /**
     * The extension of a name: what follows its last dot, unless the dot starts or ends it.
     *
     * @param name a name
     * @return the extension without the dot, or empty
     */
    public static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot <= 0 || dot == name.length() - 1 ? "" : name.substring(dot + 1);
    }

    private static String shorten(String name) {
        if (name.codePointCount(0, name.length()) <= MAX_LENGTH) {
            return name;
        }
        String extension = extension(name);
        String suffix = extension.isEmpty() || extension.length() > 10 ? "" : "." + extension;
        int keep = MAX_LENGTH - suffix.length();
        String base = name.substring(0, name.offsetByCodePoints(0, keep)).strip();
        return base + suffix;
    }
}
