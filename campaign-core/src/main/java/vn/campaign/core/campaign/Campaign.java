package vn.campaign.core.campaign;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
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
 * @param status        where it stands in its lifecycle; only an {@link CampaignStatus#OPEN} campaign accepts
 *                      registrations (since 0.3.0)
 * @since 0.1.0
 */
public record Campaign(CampaignCode code, String name, String nameEn, Directive directive, UnitCode organiser,
        Period period, List<Anniversary> anniversaries, List<TaskArea> taskAreas, List<Obligation> obligations,
        List<Target> targets, List<PlaqueWork> plaqueWorks, CampaignStatus status) {

    /** Validates the campaign. */
    public Campaign {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(code, "code");
        Texts.requireText(name, "name");
        Texts.requireText(nameEn, "nameEn");
        Objects.requireNonNull(directive, "directive");
        Objects.requireNonNull(organiser, "organiser");
        Objects.requireNonNull(period, "period");
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
     * An {@link CampaignStatus#OPEN} campaign: how the built-in campaigns and definitions are read.
     *
     * @param code          the campaign's code
     * @param name          its name in Vietnamese
     * @param nameEn        its name in English
     * @param directive     the directive it implements
     * @param organiser     the unit that runs it
     * @param period        the days it runs
     * @param anniversaries the anniversaries it celebrates
     * @param taskAreas     its task areas
     * @param obligations   what units must register
     * @param targets       its measurable targets
     * @param plaqueWorks   the works selected for a plaque
     */
    public Campaign(CampaignCode code, String name, String nameEn, Directive directive, UnitCode organiser,
            Period period, List<Anniversary> anniversaries, List<TaskArea> taskAreas, List<Obligation> obligations,
            List<Target> targets, List<PlaqueWork> plaqueWorks) {
        this(code, name, nameEn, directive, organiser, period, anniversaries, taskAreas, obligations, targets,
                plaqueWorks, CampaignStatus.OPEN);
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
                targets, plaqueWorks, newStatus);
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
        return new Campaign(newCode, newName, newNameEn, directive, organiser, newPeriod, shifted, taskAreas,
                obligations, targets, List.of(), CampaignStatus.DRAFT);
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
