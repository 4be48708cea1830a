package vn.campaign.api.platform;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import vn.campaign.core.campaign.RegistrationType;
import vn.campaign.core.registration.RegistrationStatus;
import vn.campaign.core.text.VietnameseText;

/**
 * Which works or events a list holds. Every criterion given must hold; an empty set or {@code null} does
 * not filter. Codes are compared as given, so an unknown code simply matches nothing.
 *
 * @param type     works or events
 * @param campaign the campaign's code, or {@code null} for every campaign
 * @param unit     the registering unit's code, or {@code null} for every unit
 * @param kinds    the names of the work kinds or event kinds to keep; empty for all
 * @param statuses the statuses to keep; empty for all
 * @param taskArea the task area code, or {@code null} for any
 * @param search   words the name must contain in order, at the start of a word, ignoring case and tone
 *                 marks; {@code null} or blank for any name
 * @param plaqueRequested only works that ask ({@code true}) or do not ask ({@code false}) for a plaque;
 *                 {@code null} for any
 * @param plaqueAwarded only works that carry ({@code true}) or do not carry ({@code false}) a plaque;
 *                 {@code null} for any
 * @param dayFrom  only registrations whose day (a work's planned day, an event's first day) is on or after
 *                 this day; {@code null} for any
 * @param dayTo    only registrations whose day is on or before this day; {@code null} for any
 * @param overdue  only the overdue registrations, or only the others; {@code null} for any
 */
public record RegistrationCriteria(RegistrationType type, @Nullable String campaign, @Nullable String unit,
        Set<String> kinds, Set<RegistrationStatus> statuses, @Nullable String taskArea, @Nullable String search,
        @Nullable Boolean plaqueRequested, @Nullable Boolean plaqueAwarded, @Nullable LocalDate dayFrom,
        @Nullable LocalDate dayTo, @Nullable OverdueCriterion overdue) {

    /** Copies the sets and folds the search text. */
    public RegistrationCriteria {
        Objects.requireNonNull(type, "type");
        kinds = Set.copyOf(Objects.requireNonNull(kinds, "kinds"));
        statuses = Set.copyOf(Objects.requireNonNull(statuses, "statuses"));
        search = search == null || VietnameseText.fold(search).isEmpty() ? null : VietnameseText.fold(search);
    }

    /**
     * Criteria without the overdue criterion.
     *
     * @param type            works or events
     * @param campaign        the campaign's code, or {@code null}
     * @param unit            the registering unit's code, or {@code null}
     * @param kinds           the names of the kinds to keep
     * @param statuses        the statuses to keep
     * @param taskArea        the task area code, or {@code null}
     * @param search          words the name must contain, or {@code null}
     * @param plaqueRequested whether the works ask for a plaque, or {@code null}
     * @param plaqueAwarded   whether the works carry a plaque, or {@code null}
     * @param dayFrom         the first day kept, or {@code null}
     * @param dayTo           the last day kept, or {@code null}
     */
    public RegistrationCriteria(RegistrationType type, @Nullable String campaign, @Nullable String unit,
            Set<String> kinds, Set<RegistrationStatus> statuses, @Nullable String taskArea, @Nullable String search,
            @Nullable Boolean plaqueRequested, @Nullable Boolean plaqueAwarded, @Nullable LocalDate dayFrom,
            @Nullable LocalDate dayTo) {
        this(type, campaign, unit, kinds, statuses, taskArea, search, plaqueRequested, plaqueAwarded, dayFrom, dayTo,
                null);
    }

    /**
     * The same criteria, keeping only the overdue registrations or only the others.
     *
     * @param criterion the overdue criterion, or {@code null} for any
     * @return the copy
     */
    public RegistrationCriteria withOverdue(@Nullable OverdueCriterion criterion) {
        return new RegistrationCriteria(type, campaign, unit, kinds, statuses, taskArea, search, plaqueRequested,
                plaqueAwarded, dayFrom, dayTo, criterion);
    }

    /**
     * Criteria without the plaque and day criteria.
     *
     * @param type     works or events
     * @param campaign the campaign's code, or {@code null}
     * @param unit     the registering unit's code, or {@code null}
     * @param kinds    the names of the kinds to keep
     * @param statuses the statuses to keep
     * @param taskArea the task area code, or {@code null}
     * @param search   words the name must contain, or {@code null}
     */
    public RegistrationCriteria(RegistrationType type, @Nullable String campaign, @Nullable String unit,
            Set<String> kinds, Set<RegistrationStatus> statuses, @Nullable String taskArea, @Nullable String search) {
        this(type, campaign, unit, kinds, statuses, taskArea, search, null, null, null, null);
    }

    /**
     * Criteria that keep every registration of a type.
     *
     * @param type works or events
     * @return the criteria
     */
    public static RegistrationCriteria all(RegistrationType type) {
        return new RegistrationCriteria(type, null, null, Set.of(), Set.of(), null, null);
    }
}
