package vn.campaign.core.commendation;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import vn.campaign.core.campaign.RecipientKind;

/**
 * Propose a commendation.
 *
 * @param campaignCode      the campaign's code, as given
 * @param unitCode          the proposing unit's code, as given (a ward, or the city)
 * @param recipientKind     a collective or a person
 * @param recipientName     the recipient's name
 * @param recipientPosition the person's position, or {@code null}
 * @param recipientUnitCode the recipient's unit code; the proposing unit's when {@code null}
 * @param form              the form's code in the campaign's definition
 * @param achievement       the achievement, in words
 * @param registrationIds   the registrations it rests on
 * @since 0.4.0
 */
public record ProposeCommendation(String campaignCode, String unitCode, RecipientKind recipientKind,
        String recipientName, @Nullable String recipientPosition, @Nullable String recipientUnitCode, String form,
        String achievement, List<String> registrationIds) {

    /**
     * Validates the command.
     *
     * @param campaignCode      the campaign's code
     * @param unitCode          the proposing unit's code
     * @param recipientKind     a collective or a person
     * @param recipientName     the recipient's name
     * @param recipientPosition the person's position, or {@code null}
     * @param recipientUnitCode the recipient's unit code, or {@code null}
     * @param form              the form's code
     * @param achievement       the achievement
     * @param registrationIds   the registrations it rests on
     */
    public ProposeCommendation {
        Objects.requireNonNull(campaignCode, "campaignCode");
        Objects.requireNonNull(unitCode, "unitCode");
        Objects.requireNonNull(recipientKind, "recipientKind");
        Objects.requireNonNull(recipientName, "recipientName");
        Objects.requireNonNull(form, "form");
        Objects.requireNonNull(achievement, "achievement");
        registrationIds = List.copyOf(registrationIds);
    }
}
