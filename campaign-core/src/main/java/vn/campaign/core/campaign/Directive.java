package vn.campaign.core.campaign;

import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The document a campaign implements.
 *
 * @param number   its number, such as {@code 32-CT/Th.Uy}
 * @param issuedOn the day it was issued
 * @param issuer   who issued it, in Vietnamese
 * @param issuerEn who issued it, in English
 * @param text     its text (UTF-8, NFC), the source every item of the campaign is tied to; absent when the
 *                 definition does not ship it
 * @param provenance where the text names the directive itself
 * @since 0.1.0
 */
public record Directive(String number, LocalDate issuedOn, String issuer, String issuerEn, @Nullable String text,
        Provenance provenance) {

    /**
     * Validates the directive.
     *
     * @param number its number, such as {@code 32-CT/Th.Uy}
     * @param issuedOn the day it was issued
     * @param issuer who issued it, in Vietnamese
     * @param issuerEn who issued it, in English
     * @param text its text (UTF-8, NFC), the source every item of the campaign is tied to; absent when the
     * @param provenance where the text names the directive itself
     */
    public Directive {
        Texts.requireText(number, "number");
        Objects.requireNonNull(issuedOn, "issuedOn");
        Texts.requireText(issuer, "issuer");
        Texts.requireText(issuerEn, "issuerEn");
        if (text != null) {
            Texts.requireText(text, "text");
            if (!java.text.Normalizer.isNormalized(text, java.text.Normalizer.Form.NFC)) {
                throw new IllegalArgumentException("directive " + number + ": its text must be NFC-normalised");
            }
        }
        Objects.requireNonNull(provenance, "provenance");
    }

    /**
     * A directive whose text the campaign does not ship.
     *
     * @param number   its number
     * @param issuedOn the day it was issued
     * @param issuer   who issued it, in Vietnamese
     * @param issuerEn who issued it, in English
     */
    public Directive(String number, LocalDate issuedOn, String issuer, String issuerEn) {
        this(number, issuedOn, issuer, issuerEn, null, Provenance.none());
    }
}
