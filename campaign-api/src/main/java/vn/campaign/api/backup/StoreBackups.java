package vn.campaign.api.backup;

import java.io.IOException;
import java.io.OutputStream;

/**
 * Takes a consistent backup of the running service's store.
 */
public interface StoreBackups {

    /**
     * Tells why the store cannot be backed up by the service, if it cannot.
     *
     * @return the reason (bilingual, for the caller), or {@code null} when a backup can be taken
     */
    @org.jspecify.annotations.Nullable String unavailableReason();

    /**
     * Writes a zip of the store at one moment: per collection {@code <database>/<collection>.bson} and
     * {@code <database>/<collection>.metadata.json} (mongodump's layout), then a {@code backup.json} manifest
     * with each collection's number of documents and how long writes were held.
     *
     * @param zip where the zip goes; left open
     * @throws IOException           if writing fails
     * @throws IllegalStateException if {@link #unavailableReason()} is not {@code null}
     */
    void writeZip(OutputStream zip) throws IOException;
}
