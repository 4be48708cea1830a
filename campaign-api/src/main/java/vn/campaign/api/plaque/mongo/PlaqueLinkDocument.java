package vn.campaign.api.plaque.mongo;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import vn.campaign.core.campaign.CampaignCode;
import vn.campaign.core.plaque.PlaqueLink;
import vn.campaign.core.plaque.PlaqueWorkKey;
import vn.campaign.core.registration.RegistrationId;

/**
 * A plaque work's link as stored. The field {@code work} is absent (not null) while the plaque work is linked to
 * none, so that the sparse unique index on it holds linked documents only.
 *
 * @param id         {@code campaign/key}
 * @param campaign   the campaign's code
 * @param plaqueWork the plaque work's key
 * @param work       the linked work's id, or {@code null}
 * @param version    the number of links and unlinks so far
 * @param changedBy  who linked or unlinked it last
 * @param changedAt  when (ISO-8601 instant)
 */
@Document(PlaqueLinkDocument.COLLECTION)
public record PlaqueLinkDocument(@Id String id, String campaign, String plaqueWork, @Nullable String work,
        long version, String changedBy, String changedAt) {

    /** The collection's name. */
    public static final String COLLECTION = "plaqueLinks";

    /**
     * The document of a link that was linked or unlinked at least once.
     *
     * @param link the link, at version 1 or more
     * @return the document
     */
    static PlaqueLinkDocument of(PlaqueLink link) {
        if (link.changedBy() == null || link.changedAt() == null) {
            throw new IllegalArgumentException("plaque work " + link.plaqueWork() + " was never linked: nothing to store");
        }
        return new PlaqueLinkDocument(id(link.campaign(), link.plaqueWork()), link.campaign().value(),
                link.plaqueWork().value(), link.work() == null ? null : link.work().value(), link.version(),
                link.changedBy(), link.changedAt().toString());
    }

    /**
     * The id of a plaque work's document.
     *
     * @param campaign   the campaign
     * @param plaqueWork the plaque work's key
     * @return {@code campaign/key}
     */
    static String id(CampaignCode campaign, PlaqueWorkKey plaqueWork) {
        return campaign.value() + "/" + plaqueWork.value();
    }

    /**
     * The link the document holds.
     *
     * @return the link
     */
    PlaqueLink toDomain() {
        return new PlaqueLink(new CampaignCode(campaign), new PlaqueWorkKey(plaqueWork),
                work == null ? null : new RegistrationId(work), version, changedBy, Instant.parse(changedAt));
    }
}
