package vn.campaign.api.graphql;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import vn.campaign.core.campaign.Campaign;
import vn.campaign.core.campaign.CampaignCode;
import vn.campaign.core.registration.Event;
import vn.campaign.core.registration.RegistrationId;
import vn.campaign.core.registration.Work;
import vn.campaign.core.unit.Unit;
import vn.campaign.core.unit.UnitCode;

/**
 * An opaque global id: the URL-safe Base64 (without padding) of {@code <type>:<key>}, where the key is a
 * campaign's code ({@code Campaign:CT32-2022}), a unit's code and first day ({@code Unit:18103@2020-01-01},
 * {@code Unit:436@} when the first day is unknown) or a registration's UUID ({@code Work:<uuid>},
 * {@code Event:<uuid>}). Clients must treat ids as opaque.
 *
 * @param type the GraphQL type name
 * @param key  the key within the type
 */
public record GlobalId(String type, String key) {

    /** Validates the id. */
    public GlobalId {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(key, "key");
    }

    /**
     * The id of a campaign.
     *
     * @param campaign the campaign
     * @return its id
     */
    public static String of(Campaign campaign) {
        return new GlobalId("Campaign", campaign.code().value()).encode();
    }

    /**
     * The id of a unit version.
     *
     * @param unit the unit
     * @return its id
     */
    public static String of(Unit unit) {
        return new GlobalId("Unit", unit.code().value() + "@" + (unit.validFrom() == null ? "" : unit.validFrom()))
                .encode();
    }

    /**
     * The id of a work.
     *
     * @param work the work
     * @return its id
     */
    public static String of(Work work) {
        return new GlobalId("Work", work.id().value()).encode();
    }

    /**
     * The id of an event.
     *
     * @param event the event
     * @return its id
     */
    public static String of(Event event) {
        return new GlobalId("Event", event.id().value()).encode();
    }

    /**
     * The opaque text form.
     *
     * @return the encoded id
     */
    public String encode() {
        return Base64.getUrlEncoder().withoutPadding().encodeToString((type + ":" + key).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Reads an opaque id.
     *
     * @param text what a client sent
     * @return the id, or empty when the text is not one
     */
    public static Optional<GlobalId> decode(String text) {
        String plain;
        try {
            plain = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        int colon = plain.indexOf(':');
        return colon <= 0 ? Optional.empty() : Optional.of(new GlobalId(plain.substring(0, colon), plain.substring(colon + 1)));
    }

    /**
     * The registration id of a work or event id of a type.
     *
     * @param text what a client sent
     * @param type {@code Work} or {@code Event}
     * @return the registration id, or empty when the text is not an id of that type
     */
    public static Optional<RegistrationId> registration(String text, String type) {
        return decode(text).filter(id -> id.type().equals(type) && RegistrationId.isWellFormed(id.key()))
                .map(id -> new RegistrationId(id.key()));
    }

    /**
     * The campaign code of a campaign id.
     *
     * @return the code, or empty when this is not a well-formed campaign id
     */
    Optional<CampaignCode> campaignCode() {
        return type.equals("Campaign") && CampaignCode.isWellFormed(key) ? Optional.of(new CampaignCode(key))
                : Optional.empty();
    }

    /**
     * The code and first day of a unit id.
     *
     * @return the unit key, or empty when this is not a well-formed unit id
     */
    Optional<UnitKey> unitKey() {
        int at = key.lastIndexOf('@');
        if (!type.equals("Unit") || at < 0 || !UnitCode.isWellFormed(key.substring(0, at))) {
            return Optional.empty();
        }
        String day = key.substring(at + 1);
        try {
            return Optional.of(new UnitKey(new UnitCode(key.substring(0, at)), day.isEmpty() ? null : LocalDate.parse(day)));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /**
     * A unit version's key.
     *
     * @param code      the code
     * @param validFrom the first day, or {@code null}
     */
    record UnitKey(UnitCode code, @Nullable LocalDate validFrom) {
    }
}
