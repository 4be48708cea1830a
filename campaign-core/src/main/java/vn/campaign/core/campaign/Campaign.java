package vn.campaign.core.campaign;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import vn.campaign.core.time.Period;
import vn.campaign.core.unit.UnitCode;

/**
 * An emulation campaign (đợt thi đua): what a directive asks of the units of a city during a period.
 *
 * @param code          the campaign's code
 * @param name          its name in Vietnamese
 * @param nameEn        its name in English
 * @param directive     the directive it implements
 * @param organiser     the unit that runs it and alone awards plaques (the city)
 * @param period        the days it runs, both ends included
 * @param anniversaries the anniversaries it celebrates
 * @param taskAreas     its task areas, with unique codes
 * @param obligations   what units must register, with unique codes
 * @param targets       its measurable targets, with unique codes, each in one of its task areas
 * @param plaqueWorks   the works the organiser selected for a plaque
 * @param registrationDeadline the last day for units to register what the obligations ask, not after the
 *                      campaign's last day (it may fall before its first); the campaign's last day by default
 * @param reminderDays  how many days before the registration deadline a unit still missing an obligation is
 *                      shown at risk, at least 0; {@value #DEFAULT_REMINDER_DAYS} by default
 * @param status        where it stands in its lifecycle; only an {@link CampaignStatus#OPEN} campaign accepts
 *                      registrations (since 0.3.0)
 * @param evidenceRequired whether completing a work or an event needs at least one piece of evidence (a photo,
 *                      the minutes) attached to it
 * @param closingGraceDays how many days after the closing day evidence and completions are still accepted by a
 *                      {@link CampaignStatus#CLOSED} campaign, at least 0 (the default: none)
 * @param closedOn      the day the campaign was closed; {@code null} unless it is {@link CampaignStatus#CLOSED}
 * @param commendationForms the forms of commendation proposals may ask for, with unique codes
 * @param commendationsOpenOn the first day proposals are accepted while the campaign is not closed yet;
 *                      {@code null}: only once it is closed
 * @since 0.1.0
 */
public record Campaign(CampaignCode code, String name, String nameEn, Directive directive, UnitCode organiser,
        Period period, List<Anniversary> anniversaries, List<TaskArea> taskAreas, List<Obligation> obligations,
        List<Target> targets, List<PlaqueWork> plaqueWorks, LocalDate registrationDeadline, int reminderDays,
        CampaignStatus status, boolean evidenceRequired, int closingGraceDays, @Nullable LocalDate closedOn,
        List<CommendationForm> commendationForms, @Nullable LocalDate commendationsOpenOn) {

    /**
     * A campaign without commendation forms: the record as it was before commendation existed.
     *
     * @param code          the campaign's code
     * @param name          its name in Vietnamese
     * @param nameEn        its name in English
     * @param directive     the directive it implements
     * @param organiser     the unit that runs it and alone awards plaques (the city)
     * @param period        the days it runs, both ends included
     * @param anniversaries the anniversaries it celebrates
     * @param taskAreas     its task areas, with unique codes
     * @param obligations   what units must register, with unique codes
     * @param targets       its measurable targets, with unique codes, each in one of its task areas
     * @param plaqueWorks   the works the organiser selected for a plaque
     * @param registrationDeadline the last day to register, not after the campaign's last day
     * @param reminderDays  how many days before the deadline a missing obligation is shown at risk, at least 0
     * @param status        where it stands in its lifecycle
     * @param evidenceRequired whether completing needs at least one piece of evidence
     * @param closingGraceDays how many days after closing evidence and completions are still accepted, at least 0
     * @param closedOn      the day it was closed, present exactly when it is CLOSED
     */
    public Campaign(CampaignCode code, String name, String nameEn, Directive directive, UnitCode organiser,
            Period period, List<Anniversary> anniversaries, List<TaskArea> taskAreas, List<Obligation> obligations,
            List<Target> targets, List<PlaqueWork> plaqueWorks, LocalDate registrationDeadline, int reminderDays,
            CampaignStatus status, boolean evidenceRequired, int closingGraceDays, @Nullable LocalDate closedOn) {
        this(code, name, nameEn, directive, organiser, period, anniversaries, taskAreas, obligations, targets,
                plaqueWorks, registrationDeadline, reminderDays, status, evidenceRequired, closingGraceDays, closedOn,
                List.of(), null);
    }

    /**
     * A campaign that is not closed, without a closing grace period: the record as it was before closing existed.
     *
     * @param code          the campaign's code
     * @param name          its name in Vietnamese
     * @param nameEn        its name in English
     * @param directive     the directive it implements
     * @param organiser     the unit that runs it and alone awards plaques (the city)
     * @param period        the days it runs, both ends included
     * @param anniversaries the anniversaries it celebrates
     * @param taskAreas     its task areas, with unique codes
     * @param obligations   what units must register, with unique codes
     * @param targets       its measurable targets, with unique codes, each in one of its task areas
     * @param plaqueWorks   the works the organiser selected for a plaque
     * @param registrationDeadline the last day to register, not after the campaign's last day
     * @param reminderDays  how many days before the deadline a missing obligation is shown at risk, at least 0
     * @param status        where it stands in its lifecycle; a CLOSED one is closed on its last day
     * @param evidenceRequired whether completing needs at least one piece of evidence
     */
    public Campaign(CampaignCode code, String name, String nameEn, Directive directive, UnitCode organiser,
            Period period, List<Anniversary> anniversaries, List<TaskArea> taskAreas, List<Obligation> obligations,
            List<Target> targets, List<PlaqueWork> plaqueWorks, LocalDate registrationDeadline, int reminderDays,
            CampaignStatus status, boolean evidenceRequired) {
        this(code, name, nameEn, directive, organiser, period, anniversaries, taskAreas, obligations, targets,
                plaqueWorks, registrationDeadline, reminderDays, status, evidenceRequired, 0,
                status == CampaignStatus.CLOSED ? Objects.requireNonNull(period, "period").endsOn() : null);
    }

    /**
     * The reminder window of a definition that does not state one, in days.
     *
     * @since 0.2.0
     */
    public static final int DEFAULT_REMINDER_DAYS = 7;

    /**
     * Validates the campaign.
     *
     * @param code the campaign's code
     * @param name its name in Vietnamese
     * @param nameEn its name in English
     * @param directive the directive it implements
     * @param organiser the unit that runs it and alone awards plaques (the city)
     * @param period the days it runs, both ends included
     * @param anniversaries the anniversaries it celebrates
     * @param taskAreas its task areas, with unique codes
     * @param obligations what units must register, with unique codes
     * @param targets its measurable targets, with unique codes, each in one of its task areas
     * @param plaqueWorks the works the organiser selected for a plaque
     * @param registrationDeadline the last day to register, not after the campaign's last day
     * @param reminderDays how many days before the deadline a missing obligation is shown at risk, at least 0
     * @param status where it stands in its lifecycle
     * @param evidenceRequired whether completing needs at least one piece of evidence
     * @param closingGraceDays how many days after closing evidence and completions are still accepted, at least 0
     * @param closedOn the day it was closed, present exactly when it is CLOSED
     * @param commendationForms the forms of commendation, with unique codes
     * @param commendationsOpenOn the first day proposals are accepted before closing, or {@code null}
     */
    public Campaign {
        commendationForms = List.copyOf(commendationForms);
        requireUnique(commendationForms.stream().map(CommendationForm::code).toList(), "commendation form");
        Objects.requireNonNull(status, "status");
        if (closingGraceDays < 0) {
            throw new IllegalArgumentException("closingGraceDays must not be negative, got " + closingGraceDays);
        }
        if ((status == CampaignStatus.CLOSED) != (closedOn != null)) {
            throw new IllegalArgumentException("a campaign has a closing day exactly when it is CLOSED, got status "
                    + status + " and closing day " + closedOn);
        }
        Objects.requireNonNull(code, "code");
        Texts.requireText(name, "name");
        Texts.requireText(nameEn, "nameEn");
        Objects.requireNonNull(directive, "directive");
        Objects.requireNonNull(organiser, "organiser");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(registrationDeadline, "registrationDeadline");
        if (registrationDeadline.isAfter(period.endsOn())) {
            throw new IllegalArgumentException("the registration deadline " + registrationDeadline
                    + " falls after the campaign's last day " + period.endsOn());
        }
        if (reminderDays < 0) {
            throw new IllegalArgumentException("reminderDays must not be negative, got " + reminderDays);
        }
        anniversaries = List.copyOf(anniversaries);
        taskAreas = List.copyOf(taskAreas);
        obligations = List.copyOf(obligations);
        targets = List.copyOf(targets);
        plaqueWorks = List.copyOf(plaqueWorks);
        requireUnique(taskAreas.stream().map(a -> a.code().value()).toList(), "task area");
        requireUnique(obligations.stream().map(Obligation::code).toList(), "obligation");
        requireUnique(targets.stream().map(Target::code).toList(), "target");
        Set<TaskAreaCode> areas = new HashSet<>(taskAreas.stream().map(TaskArea::code).toList());
        for (Target target : targets) {
            if (!areas.contains(target.taskArea())) {
                throw new IllegalArgumentException("target " + target.code() + " belongs to task area "
                        + target.taskArea() + ", which campaign " + code + " does not have");
            }
        }
    }

    /**
     * An {@link CampaignStatus#OPEN} campaign whose registration deadline is its last day, with the default
     * reminder window, whose completions need no evidence: how the built-in campaigns and the definitions written
     * before these fields were kept are read.
     *
     * @param code          the campaign's code
     * @param name          its name in Vietnamese
     * @param nameEn        its name in English
     * @param directive     the directive it implements
     * @param organiser     the unit that runs it and alone awards plaques (the city)
     * @param period        the days it runs, both ends included
     * @param anniversaries the anniversaries it celebrates
     * @param taskAreas     its task areas, with unique codes
     * @param obligations   what units must register, with unique codes
     * @param targets       its measurable targets, with unique codes, each in one of its task areas
     * @param plaqueWorks   the works the organiser selected for a plaque
     */
    public Campaign(CampaignCode code, String name, String nameEn, Directive directive, UnitCode organiser,
            Period period, List<Anniversary> anniversaries, List<TaskArea> taskAreas, List<Obligation> obligations,
            List<Target> targets, List<PlaqueWork> plaqueWorks) {
        this(code, name, nameEn, directive, organiser, period, anniversaries, taskAreas, obligations, targets,
                plaqueWorks, Objects.requireNonNull(period, "period").endsOn(), DEFAULT_REMINDER_DAYS,
                CampaignStatus.OPEN, false);
    }

    /**
     * The same campaign with another registration deadline and reminder window.
     *
     * @param deadline     the last day to register, not after the campaign's last day
     * @param reminderDays how many days before it a missing obligation is shown at risk, at least 0
     * @return the copy
     * @since 0.2.0
     */
    public Campaign withRegistrationDeadline(LocalDate deadline, int reminderDays) {
        return new Campaign(code, name, nameEn, directive, organiser, period, anniversaries, taskAreas, obligations,
                targets, plaqueWorks, deadline, reminderDays, status, evidenceRequired, closingGraceDays, closedOn,
                commendationForms, commendationsOpenOn);
    }

    /**
     * Whether the campaign is over on a day: from the day after its last day on, only completed registrations
     * meet an obligation.
     *
     * @param day a day
     * @return {@code true} when the day falls after the campaign's last day
     * @since 0.2.0
     */
    public boolean hasEndedBy(LocalDate day) {
        return day.isAfter(period.endsOn());
    }

    /**
     * The same campaign in another status.
     *
     * @param newStatus the status
     * @return the campaign in that status
     * @since 0.3.0
     */
    public Campaign withStatus(CampaignStatus newStatus) {
        return new Campaign(code, name, nameEn, directive, organiser, period, anniversaries, taskAreas, obligations,
                targets, plaqueWorks, registrationDeadline, reminderDays, newStatus, evidenceRequired, closingGraceDays,
                newStatus == CampaignStatus.CLOSED ? (closedOn != null ? closedOn : period.endsOn()) : null,
                commendationForms, commendationsOpenOn);
    }

    /**
     * Next year's campaign started from this one, as a {@link CampaignStatus#DRAFT}: the same directive, task
     * areas, obligations and targets; its anniversaries celebrated as many whole years later as the new
     * campaign starts after this one (their names are kept, to be checked); no plaque works, which the city
     * selects anew among the new campaign's works.
     *
     * @param newCode   the new campaign's code
     * @param newName   its Vietnamese name
     * @param newNameEn its English name
     * @param newPeriod its days
     * @return the draft
     * @throws IllegalArgumentException when the new values are malformed
     * @since 0.3.0
     */
    public Campaign copyAs(CampaignCode newCode, String newName, String newNameEn, Period newPeriod) {
        int years = newPeriod.startsOn().getYear() - period.startsOn().getYear();
        List<Anniversary> shifted = anniversaries.stream().map(a -> new Anniversary(a.name(), a.nameEn(), a.since(),
                a.celebratedOn().plusYears(years))).toList();
        LocalDate shiftedDeadline = registrationDeadline.plusYears(years);
        return new Campaign(newCode, newName, newNameEn, directive, organiser, newPeriod, shifted, taskAreas,
                obligations, targets, List.of(),
                shiftedDeadline.isAfter(newPeriod.endsOn()) ? newPeriod.endsOn() : shiftedDeadline, reminderDays,
                CampaignStatus.DRAFT, evidenceRequired, closingGraceDays, null, commendationForms,
                commendationsOpenOn == null ? null : commendationsOpenOn.plusYears(years));
    }

    /**
     * The same campaign, with or without the evidence requirement on completions.
     *
     * @param required whether completing needs at least one piece of evidence
     * @return the campaign
     */
    public Campaign withEvidenceRequired(boolean required) {
        return new Campaign(code, name, nameEn, directive, organiser, period, anniversaries, taskAreas, obligations,
                targets, plaqueWorks, registrationDeadline, reminderDays, status, required, closingGraceDays, closedOn,
                commendationForms, commendationsOpenOn);
    }

    /**
     * The same campaign with another closing grace period.
     *
     * @param days how many days after the closing day evidence and completions are still accepted, at least 0
     * @return the campaign
     * @since 0.4.0
     */
    public Campaign withClosingGraceDays(int days) {
        return new Campaign(code, name, nameEn, directive, organiser, period, anniversaries, taskAreas, obligations,
                targets, plaqueWorks, registrationDeadline, reminderDays, status, evidenceRequired, days, closedOn,
                commendationForms, commendationsOpenOn);
    }

    /**
     * The same campaign, {@link CampaignStatus#CLOSED} on a day.
     *
     * @param day the closing day
     * @return the closed campaign
     * @since 0.4.0
     */
    public Campaign closedOn(LocalDate day) {
        return new Campaign(code, name, nameEn, directive, organiser, period, anniversaries, taskAreas, obligations,
                targets, plaqueWorks, registrationDeadline, reminderDays, CampaignStatus.CLOSED, evidenceRequired,
                closingGraceDays, Objects.requireNonNull(day, "day"), commendationForms, commendationsOpenOn);
    }

    /**
     * The same campaign with forms of commendation and the day proposals open.
     *
     * @param forms  the forms, with unique codes
     * @param openOn the first day proposals are accepted before closing; {@code null}: only once closed
     * @return the campaign
     * @since 0.4.0
     */
    public Campaign withCommendation(List<CommendationForm> forms, @Nullable LocalDate openOn) {
        return new Campaign(code, name, nameEn, directive, organiser, period, anniversaries, taskAreas, obligations,
                targets, plaqueWorks, registrationDeadline, reminderDays, status, evidenceRequired, closingGraceDays,
                closedOn, forms, openOn);
    }

    /**
     * The form of commendation with a code.
     *
     * @param formCode a form's code
     * @return the form, if the campaign has it
     * @since 0.4.0
     */
    public Optional<CommendationForm> commendationForm(String formCode) {
        return commendationForms.stream().filter(f -> f.code().equals(formCode)).findFirst();
    }

    /**
     * Whether commendations may be proposed on a day: once the campaign is closed, or from its
     * {@link #commendationsOpenOn()} on.
     *
     * @param day a day
     * @return {@code true} when proposals are accepted
     * @since 0.4.0
     */
    public boolean acceptsCommendationsOn(LocalDate day) {
        LocalDate opens = commendationsOpenOn;
        return status == CampaignStatus.CLOSED || (opens != null && !day.isBefore(opens));
    }

    /**
     * Whether evidence may still be attached and registrations completed on a day: always unless the campaign
     * is {@link CampaignStatus#CLOSED}; once closed, during its {@link #closingGraceDays()} after the closing day.
     *
     * @param day a day
     * @return {@code true} when evidence and completions are accepted that day
     * @since 0.4.0
     */
    public boolean acceptsCompletionOn(LocalDate day) {
        LocalDate closed = closedOn;
        return closed == null || (closingGraceDays > 0 && !day.isAfter(closed.plusDays(closingGraceDays)));
    }

    private static void requireUnique(List<String> codes, String what) {
        Set<String> seen = new HashSet<>();
        for (String c : codes) {
            if (!seen.add(c)) {
                throw new IllegalArgumentException("duplicate " + what + " code " + c);
            }
        }
    }

    /**
     * The task area with a code.
     *
     * @param code a task area code
     * @return the task area, if the campaign has it
     */
    public Optional<TaskArea> taskArea(TaskAreaCode code) {
        return taskAreas.stream().filter(a -> a.code().equals(code)).findFirst();
    }

    /**
     * The target with a code.
     *
     * @param code a target code
     * @return the target, if the campaign has it
     */
    public Optional<Target> target(String code) {
        return targets.stream().filter(t -> t.code().equals(code)).findFirst();
    }
}
