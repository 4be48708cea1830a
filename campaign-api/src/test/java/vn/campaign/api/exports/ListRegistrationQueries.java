package vn.campaign.api.exports;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

import org.jspecify.annotations.Nullable;

import vn.campaign.api.platform.Page;
import vn.campaign.api.platform.RegistrationCriteria;
import vn.campaign.api.platform.RegistrationPosition;
import vn.campaign.api.platform.RegistrationQueries;
import vn.campaign.core.access.Visibility;
import vn.campaign.core.campaign.RegistrationType;
import vn.campaign.core.registration.Event;
import vn.campaign.core.registration.Registration;
import vn.campaign.core.registration.Work;
import vn.campaign.core.unit.UnitCode;

/**
 * The registration reads over a list, as the store answers them (criteria and visibility applied, the order of
 * the registration lists, a page after a position), recording the size of every page asked for.
 */
final class ListRegistrationQueries implements RegistrationQueries {

    static final Comparator<Registration> ORDER = Comparator.comparing((Registration r) -> r.unit().value())
            .thenComparing(Registration::foldedName).thenComparing(r -> r.id().value());

    private final List<Registration> all;
    final List<Integer> pageSizes = new ArrayList<>();

    ListRegistrationQueries(List<? extends Registration> registrations) {
        all = new ArrayList<>(registrations);
        all.sort(ORDER);
    }

    /**
     * What the store holds that meets criteria and is visible, in list order.
     *
     * @param criteria   the criteria
     * @param visibility the visibility
     * @return the registrations
     */
    List<Registration> matching(RegistrationCriteria criteria, Visibility visibility) {
        return all.stream().filter(r -> matches(r, criteria) && visibility.canSee(r)).toList();
    }

    @Override
    public Page<Registration> page(RegistrationCriteria criteria, Visibility visibility,
            @Nullable RegistrationPosition after, int size) {
        pageSizes.add(size);
        List<Registration> found = new ArrayList<>();
        for (Registration r : matching(criteria, visibility)) {
            if (after == null || isAfter(r, after)) {
                found.add(r);
                if (found.size() > size) {
                    break;
                }
            }
        }
        return new Page<>(found.subList(0, Math.min(size, found.size())), found.size() > size);
    }

    @Override
    public long count(RegistrationCriteria criteria, Visibility visibility) {
        return matching(criteria, visibility).size();
    }

    @Override
    public List<Registration> findByUnits(RegistrationType type, Collection<UnitCode> units, @Nullable String campaign,
            Visibility visibility) {
        throw new UnsupportedOperationException("exports read pages only");
    }

    private static boolean matches(Registration r, RegistrationCriteria c) {
        boolean type = c.type() == RegistrationType.WORK ? r instanceof Work : r instanceof Event;
        return type && (c.campaign() == null || c.campaign().equals(r.campaign().value()))
                && (c.unit() == null || c.unit().equals(r.unit().value()))
                && (c.statuses().isEmpty() || c.statuses().contains(r.status()))
                && (c.taskArea() == null || (r.taskArea() != null && c.taskArea().equals(r.taskArea().value())));
    }

    /** Whether a registration comes after a position in list order. */
    private static boolean isAfter(Registration r, RegistrationPosition p) {
        int unit = r.unit().value().compareTo(p.unit().value());
        if (unit != 0) {
            return unit > 0;
        }
        int name = r.foldedName().compareTo(p.foldedName());
        return name != 0 ? name > 0 : r.id().value().compareTo(p.id().value()) > 0;
    }

    @Override
    public List<Registration> findWithUnknownTimeline() {
        return all.stream().filter(r -> !r.timeline().isKnown()).toList();
    }
}
