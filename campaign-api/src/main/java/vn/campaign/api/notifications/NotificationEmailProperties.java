package vn.campaign.api.notifications;

import java.util.Map;
import java.util.Objects;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where notifications are e-mailed ({@code campaign.notifications.email.*}). Nothing is sent without
 * {@code spring.mail.host}, nor to a unit without an address.
 *
 * @param from  the sender address
 * @param units the address of each unit, by unit code
 */
@ConfigurationProperties("campaign.notifications.email")
public record NotificationEmailProperties(@DefaultValue("thidua@hatinh.gov.vn") String from,
        @DefaultValue Map<String, String> units) {

    /**
     * Validates the settings.
     *
     * @param from  the sender address
     * @param units the address of each unit, by unit code
     */
    public NotificationEmailProperties {
        Objects.requireNonNull(from, "from");
        units = Map.copyOf(Objects.requireNonNull(units, "units"));
    }
}
