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
 * @param review        how registrations are reviewed: the steps, and what a unit's change to an approved one
 *                      does (since 0.3.0)
 * @since 0.1.0
 */
public record Campaign(CampaignCode code, String name, String nameEn, Directive directive, UnitCode organiser,
        Period period, List<Anniversary> anniversaries, List<TaskArea> taskAreas, List<Obligation> obligations,
        List<Target> targets, List<PlaqueWork> plaqueWorks, ReviewProcess review) {

    /** Validates the campaign. */
    public Campaign {
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
        Objects.requireNonNull(review, "review");
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
     * A campaign reviewed in one step by the city administrator ({@link ReviewProcess#single()}).
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
                plaqueWorks, ReviewProcess.single());
    }

    /**
     * The same campaign reviewed another way.
     *
     * @param process the review process
     * @return the copy
     * @since 0.3.0
     */
    public Campaign withReview(ReviewProcess process) {
        return new Campaign(code, name, nameEn, directive, organiser, period, anniversaries, taskAreas, obligations,
                targets, plaqueWorks, process);
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
