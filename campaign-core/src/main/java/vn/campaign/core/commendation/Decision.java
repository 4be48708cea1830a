package vn.campaign.core.commendation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import vn.campaign.core.campaign.CampaignCode;

/**
 * A commendation decision (quyết định khen thưởng) of the city, with the proposals it covers.
 *
 * @param id            its id
 * @param campaign      the campaign
 * @param number        its number, such as "1234/QĐ-UBND", unique per campaign
 * @param decidedOn     the day it was signed
 * @param signer        who signed it
 * @param commendations the ids of the proposals it covers, at least one, in the order given
 * @param recordedBy    who recorded it in the platform
 * @param recordedAt    when
 * @since 0.4.0
 */
public record Decision(String id, CampaignCode campaign, String number, LocalDate decidedOn, String signer,
        List<String> commendations, String recordedBy, Instant recordedAt) {

    /**
     * Validates the decision.
     *
     * @param id            its id
     * @param campaign      the campaign
     * @param number        its number, not blank
     * @param decidedOn     the day it was signed
     * @param signer        who signed it, not blank
     * @param commendations the proposals it covers, at least one
     * @param recordedBy    who recorded it
     * @param recordedAt    when
     */
    public Decision {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(campaign, "campaign");
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(decidedOn, "decidedOn");
        Objects.requireNonNull(signer, "signer");
        Objects.requireNonNull(recordedBy, "recordedBy");
        Objects.requireNonNull(recordedAt, "recordedAt");
        commendations = List.copyOf(commendations);
        if (number.isBlank() || signer.isBlank() || commendations.isEmpty()) {
            throw new IllegalArgumentException("a decision needs a number, a signer and at least one commendation");
        }
    }
}
