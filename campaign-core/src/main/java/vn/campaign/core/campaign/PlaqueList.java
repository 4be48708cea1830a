package vn.campaign.core.campaign;

import java.util.Objects;

/**
 * What a campaign says of its list of plaque works as a whole.
 *
 * @param complete   whether the listed works are all the works; {@code false} when the directive names them as
 *                   examples ("như …") of a list the city completes
 * @param provenance where the directive states the plaque duty
 * @since 0.2.0
 */
public record PlaqueList(boolean complete, Provenance provenance) {

    /** A closed list tied to no text, the meaning of a definition that says nothing about its list. */
    public static final PlaqueList CLOSED = new PlaqueList(true, Provenance.none());

    /**
     * Validates the list.
     *
     * @param complete   whether the listed works are all the works; {@code false} when the directive names them as
     * @param provenance where the directive states the plaque duty
     */
    public PlaqueList {
        Objects.requireNonNull(provenance, "provenance");
    }
}
