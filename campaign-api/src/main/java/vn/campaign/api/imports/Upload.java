package vn.campaign.api.imports;

import java.nio.file.Path;
import java.util.Objects;

import vn.campaign.core.access.Actor;

/**
 * A file to import.
 *
 * @param fileName the name it was uploaded under, shown in the report and the history
 * @param content  where its bytes are, a file the caller owns and deletes
 * @param campaign the campaign code the rows register for
 * @param dryRun   whether the rows are only checked, storing nothing
 * @param caller   who uploads it: the signed-in user, whose rows the core's access policy checks and whose
 *                 subject the history records as {@code by}
 */
public record Upload(String fileName, Path content, String campaign, boolean dryRun, Actor caller) {

    /** Validates the upload. */
    public Upload {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(campaign, "campaign");
        Objects.requireNonNull(caller, "caller");
        if (fileName.isBlank()) {
            throw new IllegalArgumentException("fileName must not be blank");
        }
    }
}
