package vn.campaign.api.plaque.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import vn.campaign.api.support.EmbeddedStoreTestBase;
import vn.campaign.core.campaign.CampaignCode;
import vn.campaign.core.plaque.PlaqueLink;
import vn.campaign.core.plaque.PlaqueLinks.Saved;
import vn.campaign.core.plaque.PlaqueWorkKey;
import vn.campaign.core.registration.RegistrationId;

/**
 * The plaque links' store on the embedded store: a document round-trips to the same link; the version guards every
 * write; the unique sparse index keeps a work linked to one plaque work and lets any number of plaque works be
 * linked to none.
 */
class MongoPlaqueLinksIT extends EmbeddedStoreTestBase {

    private static final CampaignCode CAMPAIGN = new CampaignCode("QH-PLAQUE-STORE");
    private static final PlaqueWorkKey MEMORIAL = new PlaqueWorkKey("khu-luu-niem");
    private static final PlaqueWorkKey MUSEUM = new PlaqueWorkKey("nha-trung-bay");
    private static final PlaqueWorkKey STELE = new PlaqueWorkKey("bia-ky-niem");
    private static final Instant AT = Instant.parse("2022-05-02T02:00:00Z");

    @Autowired
    private MongoPlaqueLinks store;

    @AfterEach
    void removeTheLinks() {
        mongoTemplate().remove(Query.query(Criteria.where("campaign").is(CAMPAIGN.value())),
                PlaqueLinkDocument.COLLECTION);
    }

    @Test
    void aDocumentHoldsTheLinkItWasMadeFrom() {
        PlaqueLink linked = PlaqueLink.none(CAMPAIGN, MEMORIAL).linkedTo(RegistrationId.random(), "admin", AT);
        PlaqueLink unlinked = linked.unlinked("admin2", AT.plusSeconds(60));

        assertThat(PlaqueLinkDocument.of(linked).toDomain()).isEqualTo(linked);
        assertThat(PlaqueLinkDocument.of(unlinked).toDomain()).isEqualTo(unlinked);
        assertThat(PlaqueLinkDocument.of(unlinked).work()).isNull();
    }

    @Test
    void aWorkIsLinkedToOnePlaqueWorkAndTheVersionGuardsEveryWrite() {
        RegistrationId work = RegistrationId.random();
        PlaqueLink memorial = PlaqueLink.none(CAMPAIGN, MEMORIAL).linkedTo(work, "admin", AT);

        assertThat(store.save(memorial, 0)).isEqualTo(Saved.DONE);
        assertThat(store.save(PlaqueLink.none(CAMPAIGN, MEMORIAL).linkedTo(RegistrationId.random(), "b", AT), 0))
                .isEqualTo(Saved.CONFLICT);
        assertThat(store.save(PlaqueLink.none(CAMPAIGN, MUSEUM).linkedTo(work, "admin", AT), 0))
                .isEqualTo(Saved.WORK_TAKEN);
        assertThat(store.find(CAMPAIGN, MUSEUM)).isEmpty();
        assertThat(store.findByWorks(List.of(work))).containsEntry(work, memorial);

        PlaqueLink freed = memorial.unlinked("admin", AT.plusSeconds(1));
        assertThat(store.save(freed, 0)).isEqualTo(Saved.CONFLICT);
        assertThat(store.save(freed, 1)).isEqualTo(Saved.DONE);
        PlaqueLink stele = PlaqueLink.none(CAMPAIGN, STELE).linkedTo(RegistrationId.random(), "admin", AT);
        assertThat(store.save(stele, 0)).isEqualTo(Saved.DONE);
        PlaqueLink steleFreed = stele.unlinked("admin", AT.plusSeconds(1));
        assertThat(store.save(steleFreed, 1)).as("a second plaque work linked to none").isEqualTo(Saved.DONE);
        PlaqueLink museum = PlaqueLink.none(CAMPAIGN, MUSEUM).linkedTo(work, "admin", AT.plusSeconds(2));
        assertThat(store.save(museum, 0)).as("the freed work links to another plaque work").isEqualTo(Saved.DONE);
        assertThat(store.findByCampaign(CAMPAIGN)).containsExactlyInAnyOrder(freed, steleFreed, museum);
        assertThat(store.findByCampaigns(List.of(CAMPAIGN, new CampaignCode("QH-NO-PLAQUES"))))
                .containsExactlyInAnyOrder(freed, steleFreed, museum);
        assertThat(store.findByWorks(List.of(work))).containsEntry(work, museum).hasSize(1);
    }
}
