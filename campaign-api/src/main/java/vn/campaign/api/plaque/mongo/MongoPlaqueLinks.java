package vn.campaign.api.plaque.mongo;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Query;
import vn.campaign.core.campaign.CampaignCode;
import vn.campaign.core.plaque.PlaqueLink;
import vn.campaign.core.plaque.PlaqueLinks;
import vn.campaign.core.plaque.PlaqueWorkKey;
import vn.campaign.core.registration.RegistrationId;

/**
 * Plaque links in MongoDB, one document per plaque work ever linked. A first link inserts the document (a
 * second writer at version 0 meets its id); later ones replace it at the version read; the unique sparse index
 * {@value #LINKED_WORK} refuses a second plaque work for the same work.
 */
public final class MongoPlaqueLinks implements PlaqueLinks {

    /** The name of the unique sparse index on the linked work. */
    public static final String LINKED_WORK = "plaqueLinks_work";

    private final MongoOperations mongo;

    /**
     * An adapter over a database.
     *
     * @param mongo the database's operations
     */
    public MongoPlaqueLinks(MongoOperations mongo) {
        this.mongo = Objects.requireNonNull(mongo, "mongo");
    }

    /** Creates the indexes that are missing. */
    public void createIndexes() {
        mongo.indexOps(PlaqueLinkDocument.COLLECTION).createIndex(new Index().on("work", Sort.Direction.ASC).unique()
                .sparse().named(LINKED_WORK));
    }

    @Override
    public Saved save(PlaqueLink link, long expectedVersion) {
        PlaqueLinkDocument document = PlaqueLinkDocument.of(link);
        try {
            if (expectedVersion == 0) {
                if (mongo.exists(new Query(where("_id").is(document.id())), PlaqueLinkDocument.class)) {
                    return Saved.CONFLICT;
                }
                mongo.insert(document);
                return Saved.DONE;
            }
            Query query = new Query(where("_id").is(document.id()).and("version").is(expectedVersion));
            return mongo.replace(query, document).getMatchedCount() == 1 ? Saved.DONE : Saved.CONFLICT;
        } catch (DuplicateKeyException e) {
            return takenBy(link) ? Saved.WORK_TAKEN : Saved.CONFLICT;
        }
    }

    @Override
    public Optional<PlaqueLink> find(CampaignCode campaign, PlaqueWorkKey plaqueWork) {
        return Optional.ofNullable(mongo.findById(PlaqueLinkDocument.id(campaign, plaqueWork),
                PlaqueLinkDocument.class)).map(PlaqueLinkDocument::toDomain);
    }

    @Override
    public List<PlaqueLink> findByCampaign(CampaignCode campaign) {
        return mongo.find(new Query(where("campaign").is(campaign.value())), PlaqueLinkDocument.class).stream()
                .map(PlaqueLinkDocument::toDomain).toList();
    }

    @Override
    public List<PlaqueLink> findByCampaigns(Collection<CampaignCode> campaigns) {
        return campaigns.isEmpty() ? List.of()
                : mongo.find(new Query(where("campaign").in(campaigns.stream().map(CampaignCode::value).toList())),
                        PlaqueLinkDocument.class).stream().map(PlaqueLinkDocument::toDomain).toList();
    }

    @Override
    public Map<RegistrationId, PlaqueLink> findByWorks(Collection<RegistrationId> works) {
        Map<RegistrationId, PlaqueLink> found = new HashMap<>();
        if (works.isEmpty()) {
            return found;
        }
        mongo.find(new Query(where("work").in(works.stream().map(RegistrationId::value).toList())),
                PlaqueLinkDocument.class).forEach(d -> {
                    PlaqueLink link = d.toDomain();
                    found.put(Objects.requireNonNull(link.work()), link);
                });
        return found;
    }

    /** Whether another plaque work holds the link's work (the duplicate was on the work, not on the id). */
    private boolean takenBy(PlaqueLink link) {
        return link.work() != null && mongo.exists(new Query(where("work").is(link.work().value())
                .and("_id").ne(PlaqueLinkDocument.id(link.campaign(), link.plaqueWork()))), PlaqueLinkDocument.class);
    }
}
