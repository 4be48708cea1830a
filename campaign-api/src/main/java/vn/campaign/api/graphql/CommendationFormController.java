package vn.campaign.api.graphql;

import java.util.Comparator;
import java.util.List;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;
import vn.campaign.core.campaign.Campaign;
import vn.campaign.core.campaign.CommendationForm;
import vn.campaign.core.campaign.RecipientKind;

/** {@code Campaign.commendationForms}: the forms of commendation of a campaign's definition. */
@Controller
public class CommendationFormController {

    /** A controller. */
    public CommendationFormController() {
    }

    /**
     * {@code Campaign.commendationForms}.
     *
     * @param campaign the campaign
     * @return its forms, in the definition's order
     */
    @SchemaMapping(typeName = "Campaign")
    public List<CommendationForm> commendationForms(Campaign campaign) {
        return campaign.commendationForms();
    }

    /**
     * {@code CommendationForm.recipients}, collectives first.
     *
     * @param form the form
     * @return whom it may go to
     */
    @SchemaMapping(typeName = "CommendationForm")
    public List<RecipientKind> recipients(CommendationForm form) {
        return form.recipients().stream().sorted(Comparator.naturalOrder()).toList();
    }
}
