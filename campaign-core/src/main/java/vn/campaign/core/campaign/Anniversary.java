package vn.campaign.core.campaign;

import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;

/**
 * An anniversary a campaign celebrates, such as 65 years since Uncle Hồ's visit to Hà Tĩnh.
 *
 * @param name      what is remembered, in Vietnamese
 * @param nameEn    what is remembered, in English
 * @param since     the day of the original event (15/6/1957)
 * @param celebratedOn the anniversary day (15/6/2022)
 * @param provenance where the directive names it; the name quotes it
 * @since 0.1.0
 */
public record Anniversary(String name, String nameEn, LocalDate since, LocalDate celebratedOn, Provenance provenance) {

    /**
     * Validates the anniversary.
     *
     * @param name what is remembered, in Vietnamese
     * @param nameEn what is remembered, in English
     * @param since the day of the original event (15/6/1957)
     * @param celebratedOn the anniversary day (15/6/2022)
     * @param provenance where the directive names it; the name quotes it
     */
    public Anniversary {
        Texts.requireText(name, "name");
        Texts.requireText(nameEn, "nameEn");
        Objects.requireNonNull(since, "since");
        Objects.requireNonNull(celebratedOn, "celebratedOn");
        if (!celebratedOn.isAfter(since)) {
            throw new IllegalArgumentException("anniversary '" + nameEn + "' is celebrated on " + celebratedOn
                    + ", not after the event of " + since);
        }
        Objects.requireNonNull(provenance, "provenance");
    }

    /**
     * An anniversary not tied to a source text.
     *
     * @param name         what is remembered, in Vietnamese
     * @param nameEn       what is remembered, in English
     * @param since        the day of the original event
     * @param celebratedOn the anniversary day
     */
    public Anniversary(String name, String nameEn, LocalDate since, LocalDate celebratedOn) {
        this(name, nameEn, since, celebratedOn, Provenance.none());
    }

    /**
     * The number of whole years celebrated.
     *
     * @return years between the event and the anniversary day
     */
    public int years() {
        return Period.between(since, celebratedOn).getYears();
    }
}
