package vn.campaign.api.platform;

import java.util.Collection;
import java.util.List;

import org.jspecify.annotations.Nullable;

import vn.campaign.core.access.Visibility;
import vn.campaign.core.campaign.RegistrationType;
import vn.campaign.core.registration.Registration;
import vn.campaign.core.unit.UnitCode;

/**
 * Port: the reads of registrations the API needs beyond {@link vn.campaign.core.registration.Registrations}.
 * Each method is one round trip to the store.
 *
 * <p>Every list read takes the caller's {@link Visibility} and applies it in the store's query, together
 * with the criteria, so that pages, cursors and totals only ever count what the caller may see.
 */
public interface RegistrationQueries {

    /**
     * A page of works or events in {@link RegistrationPosition} order.
     *
     * @param criteria   which registrations
     * @param visibility which registrations the caller may see
     * @param after      the position the page starts after, or {@code null} for the first page
     * @param size       the most registrations to return, at least 1
     * @return the page
     */
    Page<Registration> page(RegistrationCriteria criteria, Visibility visibility, @Nullable RegistrationPosition after,
            int size);

    /**
     * How many registrations meet some criteria.
     *
     * @param criteria   which registrations
     * @param visibility which registrations the caller may see
     * @return the number
     */
    long count(RegistrationCriteria criteria, Visibility visibility);

    /**
     * Every work or every event of some units, in {@link RegistrationPosition} order: what a batch of
     * units' lists is cut from.
     *
     * @param type       works or events
     * @param units      the registering units' codes
     * @param campaign   a campaign code to keep only its registrations, or {@code null} for all
     * @param visibility which registrations the caller may see
     * @return the registrations
     */
    List<Registration> findByUnits(RegistrationType type, Collection<UnitCode> units, @Nullable String campaign,
            Visibility visibility);

    /**
     * The registrations whose timeline is not known (stored before timelines were kept), in one query, so that
     * a start-up with nothing to recover reads nothing.
     *
     * @return those registrations, works and events alike
     */
    List<Registration> findWithUnknownTimeline();
}
