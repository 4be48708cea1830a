package vn.campaign.api.evidence;

import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * One file of an upload request, as the client sent it.
 *
 * @param originalName the name the client gave, possibly with a path, or {@code null}
 * @param size         its length in bytes as received
 * @param caption      its caption as sent, or {@code null}
 * @param content      its bytes
 */
public record EvidenceUpload(@Nullable String originalName, long size, @Nullable String caption,
        FileInspector.Content content) {

    /** Validates the file. */
    public EvidenceUpload {
        Objects.requireNonNull(content, "content");
    }
}
