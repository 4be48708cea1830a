package vn.campaign.core.campaign;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
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
 * @param purpose       why the directive launches the campaign, if the definition states it
 * @param documents     the register of documents the directive cites, with unique ids; key tasks cite them by id
 * @param periodProvenance where the directive states the campaign's period
 * @param plaqueList    whether the plaque works are the whole list, and where the directive states the plaque duty
 * @since 0.1.0
 */
public record Campaign(CampaignCode code, String name, String nameEn, Directive directive, UnitCode organiser,
        Period period, List<Anniversary> anniversaries, List<TaskArea> taskAreas, List<Obligation> obligations,
        List<Target> targets, List<PlaqueWork> plaqueWorks, @Nullable Passage purpose, List<Document> documents,
        Provenance periodProvenance, PlaqueList plaqueList) {

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
        documents = List.copyOf(documents);
        Objects.requireNonNull(periodProvenance, "periodProvenance");
        Objects.requireNonNull(plaqueList, "plaqueList");
        requireUnique(documents.stream().map(Document::id).toList(), "document");
        Set<Document> register = Set.copyOf(documents);
        for (TaskArea area : taskAreas) {
            for (KeyTask task : area.keyTasks()) {
                for (Document cited : task.documents()) {
                    if (!register.contains(cited)) {
                        throw new IllegalArgumentException("a key task of task area " + area.code() + " cites document "
                                + cited.id() + ", which campaign " + code + " does not register as cited");
                    }
                }
            }
        }
        requireTiedToText(code, directive, SourcedItem.all(directive, purpose, anniversaries, taskAreas, documents,
                obligations, targets, plaqueWorks, periodProvenance, plaqueList));
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
     * A campaign not tied to a source text, with no purpose, no document register and a closed plaque list.
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
     * @param targets       its targets
     * @param plaqueWorks   the works selected for a plaque
     */
    public Campaign(CampaignCode code, String name, String nameEn, Directive directive, UnitCode organiser,
            Period period, List<Anniversary> anniversaries, List<TaskArea> taskAreas, List<Obligation> obligations,
            List<Target> targets, List<PlaqueWork> plaqueWorks) {
        this(code, name, nameEn, directive, organiser, period, anniversaries, taskAreas, obligations, targets,
                plaqueWorks, null, List.of(), Provenance.none(), PlaqueList.CLOSED);
    }

    /**
     * This campaign under another code and name, with everything else kept (its text and ties included).
     *
     * @param code   the new code
     * @param name   the new Vietnamese name
     * @param nameEn the new English name
     * @return the campaign
     */
    public Campaign withIdentity(CampaignCode code, String name, String nameEn) {
        return new Campaign(code, name, nameEn, directive, organiser, period, anniversaries, taskAreas, obligations,
                targets, plaqueWorks, purpose, documents, periodProvenance, plaqueList);
    }

    /**
     * This campaign run by another organiser.
     *
     * @param organiser the unit that runs it and awards its plaques
     * @return the campaign
     */
    public Campaign withOrganiser(UnitCode organiser) {
        return new Campaign(code, name, nameEn, directive, organiser, period, anniversaries, taskAreas, obligations,
                targets, plaqueWorks, purpose, documents, periodProvenance, plaqueList);
    }

    /**
     * This campaign at other dates; the period keeps its provenance, so a campaign tied to a text should
     * say why its dates differ from it.
     *
     * @param period the new period
     * @return the campaign
     */
    public Campaign withPeriod(Period period) {
        return new Campaign(code, name, nameEn, directive, organiser, period, anniversaries, taskAreas, obligations,
                targets, plaqueWorks, purpose, documents, periodProvenance, plaqueList);
    }

    /**
     * This campaign celebrating other anniversaries.
     *
     * @param anniversaries the anniversaries
     * @return the campaign
     */
    public Campaign withAnniversaries(List<Anniversary> anniversaries) {
        return new Campaign(code, name, nameEn, directive, organiser, period, anniversaries, taskAreas, obligations,
                targets, plaqueWorks, purpose, documents, periodProvenance, plaqueList);
    }

    /** With a source text, every item is tied to it and every span lies inside it; without one, no item is. */
    private static void requireTiedToText(CampaignCode code, Directive directive, List<SourcedItem> items) {
        String text = directive.text();
        for (SourcedItem item : items) {
            Provenance p = item.provenance();
            if (text == null) {
                if (p.isTied()) {
                    throw new IllegalArgumentException(item.path() + " of campaign " + code
                            + " is tied to a source text, but the campaign's directive has no text");
                }
                continue;
            }
            if (!p.isTied()) {
                throw new IllegalArgumentException(item.path() + " of campaign " + code
                        + " carries neither a source span nor a label, though the directive's text is given");
            }
            SourceSpan span = p.source();
            if (span != null && span.end() > text.length()) {
                throw new IllegalArgumentException(item.path() + ": source span [" + span.start() + ", " + span.end()
                        + ") ends after the directive's text of " + text.length() + " characters");
            }
        }
    }

    /**
     * The directive's text the campaign is tied to.
     *
     * @return the text, if the definition ships it
     */
    public Optional<String> sourceText() {
        return Optional.ofNullable(directive.text());
    }

    /**
     * The document with an id in the campaign's register.
     *
     * @param id a document id
     * @return the document, if registered
     */
    public Optional<Document> document(String id) {
        return documents.stream().filter(d -> d.id().equals(id)).findFirst();
    }

    /**
     * The text of the campaign's commemorative plaques, built from its anniversaries: "Công trình chào mừng kỷ
     * niệm 65 năm Ngày Bác Hồ về thăm Hà Tĩnh và 15 năm thành lập thành phố Hà Tĩnh".
     *
     * @return the plaque's text; "Công trình chào mừng " and the campaign's name when it celebrates no anniversary
     */
    public String plaqueText() {
        if (anniversaries.isEmpty()) {
            return "Công trình chào mừng " + name;
        }
        List<String> names = anniversaries.stream().map(Anniversary::name).toList();
        String last = names.get(names.size() - 1);
        String all = names.size() == 1 ? last
                : String.join(", ", names.subList(0, names.size() - 1)) + " và " + last;
        return "Công trình chào mừng kỷ niệm " + all;
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
