package vn.campaign.api.evidence;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The kinds of file accepted as evidence, each with its media type and the file name extensions that may
 * name it. Anything else is refused.
 */
public enum EvidenceType {
    /** A JPEG photo. */
    JPEG("image/jpeg", List.of("jpg", "jpeg", "jpe", "jfif")),
    /** A PNG image. */
    PNG("image/png", List.of("png")),
    /** A WebP image. */
    WEBP("image/webp", List.of("webp")),
    /** A PDF document (scanned minutes, a decision). */
    PDF("application/pdf", List.of("pdf")),
    /** A Word document (Office Open XML). */
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", List.of("docx"));

    private final String mediaType;
    private final List<String> extensions;

    EvidenceType(String mediaType, List<String> extensions) {
        this.mediaType = mediaType;
        this.extensions = extensions;
    }

    /**
     * The media type, as served in {@code Content-Type}.
     *
     * @return the media type
     */
    public String mediaType() {
        return mediaType;
    }

    /**
     * The extension a file of this type is given when its name has none.
     *
     * @return the extension, without the dot
     */
    public String extension() {
        return extensions.get(0);
    }

    /**
     * Whether an extension may name a file of this type.
     *
     * @param extension an extension without the dot, any case
     * @return {@code true} when it names this type
     */
    public boolean namedBy(String extension) {
        return extensions.contains(extension.toLowerCase(Locale.ROOT));
    }

    /**
     * The type of a media type.
     *
     * @param mediaType a media type without parameters
     * @return the type, or empty when it is not accepted
     */
    public static Optional<EvidenceType> ofMediaType(String mediaType) {
        for (EvidenceType type : values()) {
            if (type.mediaType.equals(mediaType)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }

    /**
     * The names of the accepted kinds, for messages.
     *
     * @return "JPEG, PNG, WebP, PDF, DOCX"
     */
    public static String accepted() {
        return "JPEG, PNG, WebP, PDF, DOCX";
    }
}
