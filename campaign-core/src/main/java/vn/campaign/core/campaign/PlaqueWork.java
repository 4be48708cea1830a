package vn.campaign.core.campaign;

/**
 * A work the city itself selected to carry a commemorative plaque (gắn biển công trình chào mừng).
 *
 * @param name   the work in Vietnamese
 * @param nameEn the work in English
 * @since 0.1.0
 */
public record PlaqueWork(String name, String nameEn) {

    /**
     * Validates the work.
     *
     * @param name the work in Vietnamese
     * @param nameEn the work in English
     */
    public PlaqueWork {
        Texts.requireText(name, "name");
        Texts.requireText(nameEn, "nameEn");
    }
}
