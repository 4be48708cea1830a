package vn.campaign.api.imports;

import java.util.Objects;
import java.util.Optional;

import vn.campaign.api.graphql.NodeResolver;
import vn.campaign.core.access.AccessPolicy;
import vn.campaign.core.access.Actor;

/** Finds an {@code Import} by its global id for {@code node(id:)}, for those who may import files only. */
public final class ImportNodeResolver implements NodeResolver {

    private final ImportRuns history;

    /**
     * A resolver over the history.
     *
     * @param history the recorded runs
     */
    public ImportNodeResolver(ImportRuns history) {
        this.history = Objects.requireNonNull(history, "history");
    }

    @Override
    public String type() {
        return ImportGraphQlController.TYPE;
    }

    @Override
    public Optional<Import> resolve(String key, Actor actor) {
        return history.findById(key).filter(run -> AccessPolicy.importFiles(actor).isEmpty());
    }
}
