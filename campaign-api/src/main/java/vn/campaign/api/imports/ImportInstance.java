package vn.campaign.api.imports;

import java.util.Objects;
import java.util.UUID;

/**
 * The identity of one running process of the service, stamped on the imports it runs, so that a
 * {@code RUNNING} record of another process can be told apart from one still in progress here.
 *
 * @param id a random UUID, new for every process
 */
public record ImportInstance(String id) {

    /**
     * Validates the id.
     *
     * @throws IllegalArgumentException when it is not a UUID
     */
    public ImportInstance {
        Objects.requireNonNull(id, "id");
        if (!Import.isUuid(id)) {
            throw new IllegalArgumentException("an instance id must be a UUID, was '" + id + "'");
        }
    }

    /**
     * A new identity.
     *
     * @return an instance with a random id
     */
    public static ImportInstance random() {
        return new ImportInstance(UUID.randomUUID().toString());
    }
}
