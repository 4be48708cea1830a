package vn.campaign.api.commendation.mongo;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import vn.campaign.core.campaign.CampaignCode;
import vn.campaign.core.commendation.Decision;

/**
 * A commendation decision as stored.
 *
 * @param id            its id
 * @param campaign      the campaign's code
 * @param number        its number, unique per campaign
 * @param decidedOn     the day it was signed (ISO-8601)
 * @param signer        who signed it
 * @param commendations the proposals it covers
 * @param recordedBy    who recorded it
 * @param recordedAt    when (ISO-8601 instant)
 */
@Document(DecisionDocument.COLLECTION)
public record DecisionDocument(@Id String id, String campaign, String number, String decidedOn, String signer,
        List<String> commendations, String recordedBy, String recordedAt) {

    /** The collection's name. */
    public static final String COLLECTION = "decisions";

    static DecisionDocument of(Decision d) {
        return new DecisionDocument(d.id(), d.campaign().value(), d.number(), d.decidedOn().toString(), d.signer(),
                d.commendations(), d.recordedBy(), d.recordedAt().toString());
    }

    Decision toDomain() {
        return new Decision(id, new CampaignCode(campaign), number, LocalDate.parse(decidedOn), signer, commendations,
                recordedBy, Instant.parse(recordedAt));
    }
}
