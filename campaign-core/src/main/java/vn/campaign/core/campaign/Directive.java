package vn.campaign.core.campaign;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The document a campaign implements.
 *
 * @param number   its number, such as {@code 32-CT/Th.Uy}
 * @param issuedOn the day it was issued
 * @param issuer   who issued it, in Vietnamese
 * @param issuerEn who issued it, in English
 * @since 0.1.0
 */
public record Directive(String number, LocalDate issuedOn, String issuer, String issuerEn) {

    /**
     * Validates the directive.
     *
     * @param number its number, such as {@code 32-CT/Th.Uy}
     * @param issuedOn the day it was issued
     * @param issuer who issued it, in Vietnamese
     * @param issuerEn who issued it, in English
     */
    public Directive {
        Texts.requireText(number, "number");
        Objects.requireNonNull(issuedOn, "issuedOn");
        Texts.requireText(issuer, "issuer");
        Texts.requireText(issuerEn, "issuerEn");
    }
}
