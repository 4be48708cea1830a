package vn.campaign.core.campaign;

import java.util.Objects;

/**
 * A work the city itself selected to carry a commemorative plaque (gắn biển công trình chào mừng). The
 * works a directive names are examples of a list the city completes ({@link PlaqueList#complete()}).
 *
 * @param name       the work in Vietnamese
 * @param nameEn     the work in English
 * @param provenance where the directive names it
 * @since 0.1.0
 */
public record PlaqueWork(String name, String nameEn, Provenance provenance) {

    /**
     * Validates the work.
     *
     * @param name the work in Vietnamese
     * @param nameEn the work in English
     * @param provenance where the directive names it
     */
    public PlaqueWork {
        Texts.requireText(name, "name");
        Texts.requireText(nameEn, "nameEn");
        Objects.requireNonNull(provenance, "provenance");
    }

    /**
     * A plaque work not tied to a source text.
     *
     * @param name   the work in Vietnamese
     * @param nameEn the work in English
     */
    public PlaqueWork(String name, String nameEn) {
        this(name, nameEn, Provenance.none());
    }
}
