package vn.campaign.core.commendation;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Record a decision of the city covering approved proposals.
 *
 * @param campaignCode    the campaign's code, as given
 * @param commendationIds the proposals it covers
 * @param number          its number, such as "1234/QĐ-UBND"
 * @param decidedOn       the day it was signed
 * @param signer          who signed it
 * @since 0.4.0
 */
public record DecideCommendations(String campaignCode, List<String> commendationIds, String number,
        LocalDate decidedOn, String signer) {

    /**
     * Validates the command.
     *
     * @param campaignCode    the campaign's code
     * @param commendationIds the proposals it covers
     * @param number          its number
     * @param decidedOn       the day it was signed
     * @param signer          who signed it
     */
    public DecideCommendations {
        Objects.requireNonNull(campaignCode, "campaignCode");
        commendationIds = List.copyOf(commendationIds);
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(decidedOn, "decidedOn");
        Objects.requireNonNull(signer, "signer");
    }
}
