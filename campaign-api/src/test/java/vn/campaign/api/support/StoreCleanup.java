package vn.campaign.api.support;

import java.util.regex.Pattern;

import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import vn.campaign.api.mongo.MongoUnitSummaries;
import vn.campaign.api.mongo.RegistrationDocument;

/**
 * Removes registrations behind the service's back, as tests do between cases, together with what the write path
 * keeps of them: the unit summaries and member lists of their campaign, which would otherwise still count them.
 */
public final class StoreCleanup {

    private StoreCleanup() {
    }

    /**
     * Removes a campaign's registrations, unit summaries and member lists.
     *
     * @param mongo    the store
     * @param campaign the campaign's code
     */
    public static void removeRegistrations(MongoOperations mongo, String campaign) {
        mongo.remove(Query.query(Criteria.where("campaign").is(campaign)), RegistrationDocument.COLLECTION);
        mongo.remove(Query.query(Criteria.where("campaign").is(campaign)), MongoUnitSummaries.SUMMARIES);
        mongo.remove(Query.query(Criteria.where("_id").regex("^" + Pattern.quote(campaign + "/"))),
                MongoUnitSummaries.MEMBERS);
    }

    /**
     * Removes every registration, unit summary and member list.
     *
     * @param mongo the store
     */
    public static void removeAllRegistrations(MongoOperations mongo) {
        mongo.remove(new Query(), RegistrationDocument.COLLECTION);
        mongo.remove(new Query(), MongoUnitSummaries.SUMMARIES);
        mongo.remove(new Query(), MongoUnitSummaries.MEMBERS);
    }
}
