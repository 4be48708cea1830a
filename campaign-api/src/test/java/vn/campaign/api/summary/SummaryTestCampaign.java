package vn.campaign.api.summary;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import vn.campaign.api.mongo.CampaignDocument;
import vn.campaign.api.mongo.RegistrationDocument;
import vn.campaign.core.campaign.Campaign;
import vn.campaign.core.campaign.CampaignDefinitions;
import vn.campaign.api.support.StoreCleanup;

/**
 * The campaign a summary report test seeds on the store every test class shares: one task area, a work and an
 * event required of every ward and commune, under a code of the test class's own; and its removal with its
 * registrations.
 */
final class SummaryTestCampaign {

    static final String TRAN_PHU = "18070";
    static final String NAM_HA = "18073";
    static final String NGUYEN_DU = "18077";
    static final String THACH_HA = "18100";

    private SummaryTestCampaign() {
    }

    /**
     * The test campaign.
     *
     * @param code            its code
     * @param name            its Vietnamese name
     * @param nameEn          its English name
     * @param directiveNumber the number of the directive that launches it
     * @return the campaign
     */
    static Campaign campaign(String code, String name, String nameEn, String directiveNumber) {
        return CampaignDefinitions.parse("""
                code: %s
                name: "%s"
                nameEn: "%s"
                directive: {number: "%s", issuedOn: "2022-03-01", issuer: "Ban Thường vụ thử nghiệm", issuerEn: "Test board"}
                organiser: "436"
                period: {from: "2022-04-01", to: "2022-06-15"}
                taskAreas:
                  - {code: URBAN, name: "Đô thị", nameEn: "Urban"}
                obligations:
                  - {code: ONE_WORK, name: "Có công trình thử nghiệm", nameEn: "A test work", appliesTo: [WARD, COMMUNE], registers: WORK}
                  - {code: ONE_EVENT, name: "Có sự kiện thử nghiệm", nameEn: "A test event", appliesTo: [WARD, COMMUNE], registers: EVENT}
                """.formatted(code, name, nameEn, directiveNumber)).orThrow();
    }

    /**
     * Removes a test campaign and its registrations from the shared store.
     *
     * @param mongo the store
     * @param code  the campaign's code
     */
    static void remove(MongoTemplate mongo, String code) {
        StoreCleanup.removeRegistrations(mongo, code);
        mongo.remove(Query.query(Criteria.where("_id").is(code)), CampaignDocument.COLLECTION);
    }
}
