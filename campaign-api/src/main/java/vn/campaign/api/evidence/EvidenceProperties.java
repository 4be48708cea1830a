package vn.campaign.api.evidence;

import java.util.Objects;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The limits of evidence uploads, bound from {@code campaign.evidence.*}. Spring's multipart limits
 * ({@code spring.servlet.multipart.max-file-size} and {@code max-request-size}) must be at least as large, or
 * they answer first (with 413 too).
 *
 * @param maxFileSize     the largest file accepted (10 MB by default)
 * @param maxTotalSize    the most a registration's evidence may hold together (50 MB by default)
 * @param maxFilesPerRequest the most files one request may carry (20 by default)
 */
@ConfigurationProperties("campaign.evidence")
public record EvidenceProperties(@DefaultValue("10MB") DataSize maxFileSize, @DefaultValue("50MB") DataSize maxTotalSize,
        @DefaultValue("20") int maxFilesPerRequest) {

    /** Validates the limits. */
    public EvidenceProperties {
        Objects.requireNonNull(maxFileSize, "maxFileSize");
        Objects.requireNonNull(maxTotalSize, "maxTotalSize");
        if (maxFileSize.toBytes() < 1 || maxFileSize.toBytes() > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("campaign.evidence.max-file-size must be between 1 byte and 2 GB, got "
                    + maxFileSize);
        }
        if (maxTotalSize.toBytes() < maxFileSize.toBytes()) {
            throw new IllegalArgumentException("campaign.evidence.max-total-size (" + maxTotalSize
                    + ") must be at least campaign.evidence.max-file-size (" + maxFileSize + ")");
        }
        if (maxFilesPerRequest < 1) {
            throw new IllegalArgumentException("campaign.evidence.max-files-per-request must be at least 1, got "
                    + maxFilesPerRequest);
        }
    }
}
