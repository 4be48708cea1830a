package vn.campaign.api.commendation.mongo;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import vn.campaign.core.campaign.CampaignCode;
import vn.campaign.core.campaign.RecipientKind;
import vn.campaign.core.commendation.Commendation;
import vn.campaign.core.commendation.CommendationStatus;
import vn.campaign.core.commendation.Recipient;
import vn.campaign.core.campaign.ReviewStep;
import vn.campaign.core.registration.Review;
import vn.campaign.core.registration.ReviewDecision;
import vn.campaign.core.registration.Reviews;
import vn.campaign.core.unit.UnitCode;

/**
 * A commendation proposal as stored.
 *
 * @param id                its id
 * @param campaign          the campaign's code
 * @param proposer          the proposing unit's code
 * @param recipientKind     the {@link RecipientKind} name
 * @param recipientName     the recipient's name
 * @param recipientPosition the person's position, or {@code null}
 * @param recipientUnit     the recipient's unit code
 * @param form              the form's code
 * @param achievement       the achievement
 * @param registrationIds   the registrations it rests on
 * @param status            the {@link CommendationStatus} name
 * @param version           its version
 * @param reviews           its review history
 * @param decision          the decision's id, or {@code null}
 * @param proposedBy        who proposed it
 * @param proposedAt        when (ISO-8601 instant)
 */
@Document(CommendationDocument.COLLECTION)
public record CommendationDocument(@Id String id, String campaign, String proposer, String recipientKind,
        String recipientName, @Nullable String recipientPosition, String recipientUnit, String form,
        String achievement, List<String> registrationIds, String status, long version, List<ReviewDoc> reviews,
        @Nullable String decision, String proposedBy, String proposedAt) {

    /** The collection's name. */
    public static final String COLLECTION = "commendations";

    static CommendationDocument of(Commendation c) {
        return new CommendationDocument(c.id(), c.campaign().value(), c.proposer().value(), c.recipient().kind().name(),
                c.recipient().name(), c.recipient().position(), c.recipient().unit().value(), c.form(),
                c.achievement(), c.registrationIds(), c.status().name(), c.version(),
                c.reviews().entries().stream().map(r -> new ReviewDoc(r.step().name(), r.decision().name(), r.reason(), r.by(),
                        r.at().toString())).toList(), c.decision(), c.proposedBy(), c.proposedAt().toString());
    }

    Commendation toDomain() {
        return new Commendation(id, new CampaignCode(campaign), new UnitCode(proposer),
                new Recipient(RecipientKind.valueOf(recipientKind), recipientName, recipientPosition,
                        new UnitCode(recipientUnit)), form, achievement,
                registrationIds == null ? List.of() : registrationIds, CommendationStatus.valueOf(status), version,
                reviews == null ? Reviews.none() : new Reviews(reviews.stream().map(r -> new Review(
                        ReviewStep.valueOf(r.step()), ReviewDecision.valueOf(r.decision()), r.reason(), r.by(),
                        Instant.parse(r.at()))).toList()),
                decision, proposedBy, Instant.parse(proposedAt));
    }

    /**
     * A review entry ({@link Review}), embedded.
     *
     * @param step     the {@link ReviewStep} name
     * @param decision the {@link ReviewDecision} name
     * @param reason   why, or {@code null}
     * @param by       who
     * @param at       when (ISO-8601 instant)
     */
    public record ReviewDoc(String step, String decision, @Nullable String reason, String by, String at) {
    }
}
