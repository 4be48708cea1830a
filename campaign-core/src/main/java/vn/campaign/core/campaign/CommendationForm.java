package vn.campaign.core.campaign;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * A form of commendation a campaign's definition allows (hình thức khen thưởng).
 *
 * @param code       its code in the definition, such as {@code GIAY_KHEN_CHU_TICH_TP}
 * @param name       its Vietnamese name, such as "Giấy khen của Chủ tịch UBND thành phố"
 * @param nameEn     its English name
 * @param decidedBy  who decides it
 * @param recipients whom it may go to, at least one kind
 * @since 0.4.0
 */
public record CommendationForm(String code, String name, String nameEn, Decider decidedBy,
        Set<RecipientKind> recipients) {

    /**
     * Validates the form.
     *
     * @param code       its code
     * @param name       its Vietnamese name
     * @param nameEn     its English name
     * @param decidedBy  who decides it
     * @param recipients whom it may go to, at least one kind
     */
    public CommendationForm {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(nameEn, "nameEn");
        Objects.requireNonNull(decidedBy, "decidedBy");
        if (code.isBlank() || name.isBlank() || nameEn.isBlank()) {
            throw new IllegalArgumentException("a commendation form needs a code, a name and an English name");
        }
        if (recipients.isEmpty()) {
            throw new IllegalArgumentException("commendation form " + code + " names no recipients");
        }
        recipients = Set.copyOf(EnumSet.copyOf(recipients));
    }
}
