package vn.campaign.api.exports;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.PriorityQueue;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import vn.campaign.api.platform.Page;
import vn.campaign.api.platform.RegistrationCriteria;
import vn.campaign.api.platform.RegistrationPosition;
import vn.campaign.api.platform.RegistrationQueries;
import vn.campaign.core.access.Visibility;
import vn.campaign.core.campaign.TaskArea;
import vn.campaign.core.registration.Registration;
import vn.campaign.core.unit.Unit;

/**
 * The registrations of an export, read from the store page by page after the last one read (keyset), so
 * that no more than a page per list is held at once however many there are.
 *
 * <p>The store's criteria take one unit and one task area, so an export of several is read as one list per
 * unit × task area. The lists hold disjoint registrations, each in the order of the registration lists (unit
 * code, folded name, id); they are merged in that order, so the export has it too.
 */
final class RegistrationPages implements Iterator<Registration> {

    /** The most registrations held in memory across all lists of one export. */
    static final int BUDGET = 20_000;
    private static final int MIN_PAGE = 20;
    private static final int MAX_PAGE = 5_000;

    private static final Comparator<Registration> ORDER = Comparator
            .comparing((Registration r) -> r.unit().value())
            .thenComparing(Registration::foldedName)
            .thenComparing(r -> r.id().value());

    private final PriorityQueue<Source> heads = new PriorityQueue<>(
            Comparator.comparing((Source s) -> s.head(), ORDER));

    private RegistrationPages(List<Source> sources) {
        for (Source source : sources) {
            if (source.advance()) {
                heads.add(source);
            }
        }
    }

    /**
     * The registrations of an export that a caller may see.
     *
     * @param request    what the export holds
     * @param visibility what the caller may see
     * @param queries    the store's reads
     * @return the registrations, in list order, read lazily
     */
    static RegistrationPages of(ExportRequest request, Visibility visibility, RegistrationQueries queries) {
        List<@Nullable String> units = new ArrayList<>();
        request.units().stream().map(Unit::code).map(c -> c.value()).forEach(units::add);
        if (units.isEmpty()) {
            units.add(null);
        }
        List<@Nullable String> areas = new ArrayList<>();
        request.taskAreas().stream().map(TaskArea::code).map(c -> c.value()).forEach(areas::add);
        if (areas.isEmpty()) {
            areas.add(null);
        }
        int lists = units.size() * areas.size();
        int size = Math.max(MIN_PAGE, Math.min(MAX_PAGE, BUDGET / lists));
        List<Source> sources = new ArrayList<>();
        for (@Nullable String unit : units) {
            for (@Nullable String area : areas) {
                RegistrationCriteria criteria = new RegistrationCriteria(request.type(),
                        request.campaign().code().value(), unit, Set.of(), request.statuses(), area, null);
                sources.add(new Source(queries, criteria, visibility, size));
            }
        }
        return new RegistrationPages(sources);
    }

    @Override
    public boolean hasNext() {
        return !heads.isEmpty();
    }

    @Override
    public Registration next() {
        Source source = heads.poll();
        if (source == null) {
            throw new NoSuchElementException("no registration is left");
        }
        Registration next = source.head();
        if (source.advance()) {
            heads.add(source);
        }
        return next;
    }

    /** One list of the store, read a page at a time. */
    private static final class Source {

        private final RegistrationQueries queries;
        private final RegistrationCriteria criteria;
        private final Visibility visibility;
        private final int size;
        private List<Registration> page = List.of();
        private int index = -1;
        private boolean more = true;
        private @Nullable Registration head;

        Source(RegistrationQueries queries, RegistrationCriteria criteria, Visibility visibility, int size) {
            this.queries = Objects.requireNonNull(queries, "queries");
            this.criteria = Objects.requireNonNull(criteria, "criteria");
            this.visibility = Objects.requireNonNull(visibility, "visibility");
            this.size = size;
        }

        Registration head() {
            return Objects.requireNonNull(head, "head");
        }

        /** Moves to the next registration, reading the next page when this one is used up. */
        boolean advance() {
            index++;
            if (index >= page.size()) {
                if (!more) {
                    head = null;
                    return false;
                }
                RegistrationPosition after = page.isEmpty() ? null : RegistrationPosition.of(page.get(page.size() - 1));
                Page<Registration> read = queries.page(criteria, visibility, after, size);
                page = read.items();
                more = read.hasMore();
                index = 0;
                if (page.isEmpty()) {
                    head = null;
                    return false;
                }
            }
            head = page.get(index);
            return true;
        }
    }
}
