package vn.campaign.api.imports;

import java.util.Optional;

import org.jspecify.annotations.Nullable;

import vn.campaign.api.platform.Page;

/**
 * The recorded runs of imports, as the service writes them and the GraphQL controllers read them; the store
 * adapter ({@code vn.campaign.api.imports.mongo.ImportHistory}) implements it. Reads are made from one
 * process ({@link #instance()}): a {@code RUNNING} run of another process is returned {@code INTERRUPTED}
 * ({@link Import#asSeenFrom}).
 */
public interface ImportRuns {

    /**
     * The process these runs are read and written for.
     *
     * @return the instance
     */
    ImportInstance instance();

    /**
     * Records a run that starts.
     *
     * @param run the run, {@code RUNNING}
     */
    void add(Import run);

    /**
     * Records how a run ended, replacing its record.
     *
     * @param run the run
     * @throws IllegalStateException when no record of the run exists
     */
    void replace(Import run);

    /**
     * A run by its id.
     *
     * @param id the id, as a client may have sent it
     * @return the run, as this process sees it; empty when the id is not a run's
     */
    Optional<Import> findById(String id);

    /**
     * A page of runs, newest first, in one round trip.
     *
     * @param after the position the page starts after, or {@code null} for the first page
     * @param size  the most runs to return, at least 1
     * @return the page
     */
    Page<Import> page(@Nullable ImportPosition after, int size);

    /**
     * How many runs are recorded.
     *
     * @return the number
     */
    long count();
}
