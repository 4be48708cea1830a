package vn.campaign.importer.mapping;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;
import vn.campaign.core.registration.RegistrationId;
import vn.campaign.importer.parse.RowType;

/**
 * The registration a row of an exported file was written from: its id and the version it had then, read
 * from the export's "Mã hệ thống" and "Phiên bản" columns.
 *
 * <p>The id column holds the registration's global id as the API gives it: the URL-safe Base64, without
 * padding, of {@code Work:<uuid>} or {@code Event:<uuid>}.
 *
 * @param globalId the id as written in the file
 * @param type     {@link RowType#WORK} or {@link RowType#EVENT}: what the id names
 * @param id       the registration's id in the store
 * @param version  the registration's version when it was exported
 */
public record ExportedId(String globalId, RowType type, RegistrationId id, long version) {

    /**
     * Checks the values.
     *
     * @param globalId the id as written in the file
     * @param type {@link RowType#WORK} or {@link RowType#EVENT}: what the id names
     * @param id the registration's id in the store
     * @param version the registration's version when it was exported
     */
    public ExportedId {
        Objects.requireNonNull(globalId, "globalId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(id, "id");
        if (type == RowType.UNDETERMINED) {
            throw new IllegalArgumentException("an exported id names a work or an event, not " + type);
        }
        if (version < 0) {
            throw new IllegalArgumentException("version must not be negative, was " + version);
        }
    }

    /**
     * Reads a global id of a work or an event.
     *
     * @param text the cell's text
     * @return the type and registration id, or empty when the text is not a global id of a work or an event
     */
    static Optional<Decoded> decode(String text) {
        String plain;
        try {
            plain = new String(Base64.getUrlDecoder().decode(text.strip()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        int colon = plain.indexOf(':');
        if (colon <= 0) {
            return Optional.empty();
        }
        String key = plain.substring(colon + 1);
        RowType type = switch (plain.substring(0, colon)) {
            case "Work" -> RowType.WORK;
            case "Event" -> RowType.EVENT;
            default -> RowType.UNDETERMINED;
        };
        return type == RowType.UNDETERMINED || !RegistrationId.isWellFormed(key) ? Optional.empty()
                : Optional.of(new Decoded(type, new RegistrationId(key)));
    }

    /**
     * A global id read.
     *
     * @param type work or event
     * @param id   the registration id
     */
    record Decoded(RowType type, RegistrationId id) {
    }
}
