package vn.campaign.core.campaign;

import java.time.LocalDate;
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
 * @param registrationDeadline the last day for units to register what the obligations ask, not after the
 *                      campaign's last day (it may fall before its first); the campaign's last day by default
 * @param reminderDays  how many days before the registration deadline a unit still missing an obligation is
 *                      shown at risk, at least 0; {@value #DEFAULT_REMINDER_DAYS} by default
 * @param status        where it stands in its lifecycle; only an {@link CampaignStatus#OPEN} campaign accepts
 *                      registrations (since 0.3.0)
 * @param evidenceRequired whether completing a work or an event needs at least one piece of evidence (a photo,
 *                      the minutes) attached to it
 * @param purpose       why the directive launches the campaign, if the definition states it
 * @param documents     the register of documents the directive cites, with unique ids; key tasks cite its entries
 * @param periodProvenance where the directive states the campaign's period
 * @param plaqueList    whether the plaque works are the whole list, and where the directive states the plaque duty
 * @param review        how registrations are reviewed: the steps, and what a unit's change to an approved one
 *                      does (since 0.3.0)
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
        CampaignStatus status, boolean evidenceRequired, @Nullable Passage purpose, List<Document> documents,
        Provenance periodProvenance, PlaqueList plaqueList,
        ReviewProcess review, int closingGraceDays, @Nullable LocalDate closedOn,
        List<CommendationForm> commendationForms, @Nullable LocalDate commendationsOpenOn) {

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
     * @param registrationDeadline the last day for units to register what the obligations ask, not after the
     *        campaign's last day (it may fall before its first); the campaign's last day by default
     * @param reminderDays how many days before the registration deadline a unit still missing an obligation is
     *        shown at risk, at least 0; {@value #DEFAULT_REMINDER_DAYS} by default
     * @param status where it stands in its lifecycle; only an {@link CampaignStatus#OPEN} campaign accepts
     *        registrations (since 0.3.0)
     * @param evidenceRequired whether completing a work or an event needs at least one piece of evidence (a photo,
     *        the minutes) attached to it
     * @param purpose why the directive launches the campaign, if stated
     * @param documents the register of cited documents
     * @param periodProvenance where the directive states the period
     * @param plaqueList whether the plaque works are the whole list, and its tie to the text
     * @param review how registrations are reviewed: the steps, and what a unit's change to an approved one does
     * @param closingGraceDays how many days after closing evidence and completions are still accepted, at least 0
     * @param closedOn the day it was closed, present exactly when it is CLOSED
     * @param commendationForms the forms of commendation, with unique codes
     * @param commendationsOpenOn the first day proposals are accepted before closing, or {@code null}
     */
    public Campaign {
        commendationForms = List.copyOf(commendationForms);
        requireUnique(commendationForms.stream().map(CommendationForm::code).toList(), "commendation form");
        if (closingGraceDays < 0) {
            throw new IllegalArgumentException("closingGraceDays must not be negative, got " + closingGraceDays);
        }
        if ((status == CampaignStatus.CLOSED) != (closedOn != null)) {
            throw new IllegalArgumentException("a campaign has a closing day exactly when it is CLOSED, got status "
                    + status + " and closing day " + closedOn);
        }
        Objects.requireNonNull(status, "status");
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
        Objects.requireNonNull(review, "review");
        requireTiedToText(code, directive, SourcedItem.all(directive, purpose, anniversaries, taskAreas, documents,
                obligations, targets, plaqueWorks, periodProvenance, plaqueList));
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
     * An {@link CampaignStatus#OPEN} campaign whose registration deadline is its last day, with the default
     * reminder window, whose completions need no evidence: how the built-in campaigns and the definitions written
     * before these fields were kept are read; reviewed in one
     * step by the city administrator ({@link ReviewProcess#single()}).
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
                CampaignStatus.OPEN, false, null, List.of(), Provenance.none(), PlaqueList.CLOSED,
                ReviewProcess.single(), 0, null, List.of(), null);
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
                targets, plaqueWorks, deadline, reminderDays, status, evidenceRequired, purpose, documents,
                periodProvenance, plaqueList, review, closingGraceDays, closedOn, commendationForms, commendationsOpenOn);
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
                targets, plaqueWorks, registrationDeadline, reminderDays, newStatus, evidenceRequired, purpose, documents,
                periodProvenance, plaqueList, review, closingGraceDays,
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
                a.celebratedOn().plusYears(years), a.provenance())).toList();
        LocalDate shiftedDeadline = registrationDeadline.plusYears(years);
        return new Campaign(newCode, newName, newNameEn, directive, organiser, newPeriod, shifted, taskAreas,
                obligations, targets, List.of(),
                shiftedDeadline.isAfter(newPeriod.endsOn()) ? newPeriod.endsOn() : shiftedDeadline, reminderDays,
                CampaignStatus.DRAFT, evidenceRequired, purpose, documents, periodProvenance, plaqueList, review, closingGraceDays, closedOn, commendationForms, commendationsOpenOn);
    }

    /**
     * The same campaign, with or without the evidence requirement on completions.
     *
     * @param required whether completing needs at least one piece of evidence
     * @return the campaign
     */
    public Campaign withEvidenceRequired(boolean required) {
        return new Campaign(code, name, nameEn, directive, organiser, period, anniversaries, taskAreas, obligations,
                targets, plaqueWorks, registrationDeadline, reminderDays, status, required, purpose, documents,
                periodProvenance, plaqueList, review, closingGraceDays, closedOn, commendationForms, commendationsOpenOn);
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
                targets, plaqueWorks, registrationDeadline, reminderDays, status, evidenceRequired, purpose, documents,
                periodProvenance, plaqueList, review, closingGraceDays, closedOn, commendationForms, commendationsOpenOn);
    }

    /**
     * This campaign run by another organiser.
     *
     * @param organiser the unit that runs it and awards its plaques
     * @return the campaign
     */
    public Campaign withOrganiser(UnitCode organiser) {
        return new Campaign(code, name, nameEn, directive, organiser, period, anniversaries, taskAreas, obligations,
                targets, plaqueWorks, registrationDeadline, reminderDays, status, evidenceRequired, purpose, documents,
                periodProvenance, plaqueList, review, closingGraceDays, closedOn, commendationForms, commendationsOpenOn);
    }

    /**
     * This campaign at other dates; the period keeps its provenance, so a campaign tied to a text should
     * say why its dates differ from it. A registration deadline on the old last day (or after the new one)
     * moves to the new last day.
     *
     * @param period the new period
     * @return the campaign
     */
    public Campaign withPeriod(Period period) {
        LocalDate deadline = registrationDeadline.equals(this.period.endsOn())
                || registrationDeadline.isAfter(period.endsOn()) ? period.endsOn() : registrationDeadline;
        return new Campaign(code, name, nameEn, directive, organiser, period, anniversaries, taskAreas, obligations,
                targets, plaqueWorks, deadline, reminderDays, status, evidenceRequired, purpose, documents,
                periodProvenance, plaqueList, review, closingGraceDays, closedOn, commendationForms, commendationsOpenOn);
    }

    /**
     * This campaign celebrating other anniversaries.
     *
     * @param anniversaries the anniversaries
     * @return the campaign
     */
    public Campaign withAnniversaries(List<Anniversary> anniversaries) {
        return new Campaign(code, name, nameEn, directive, organiser, period, anniversaries, taskAreas, obligations,
                targets, plaqueWorks, registrationDeadline, reminderDays, status, evidenceRequired, purpose, documents,
                periodProvenance, plaqueList, review, closingGraceDays, closedOn, commendationForms, commendationsOpenOn);
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

    /**
     * The same campaign reviewed another way.
     *
     * @param process the review process
     * @return the copy
     * @since 0.3.0
     */
    public Campaign withReview(ReviewProcess process) {
        return new Campaign(code, name, nameEn, directive, organiser, period, anniversaries, taskAreas, obligations,
                targets, plaqueWorks, registrationDeadline, reminderDays, status, evidenceRequired, purpose, documents,
                periodProvenance, plaqueList, process, closingGraceDays, closedOn, commendationForms, commendationsOpenOn);
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
                targets, plaqueWorks, registrationDeadline, reminderDays, status, evidenceRequired, purpose, documents,
                periodProvenance, plaqueList, review, days, closedOn, commendationForms, commendationsOpenOn);
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
                purpose, documents, periodProvenance, plaqueList, review, closingGraceDays,
                Objects.requireNonNull(day, "day"), commendationForms, commendationsOpenOn);
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
                targets, plaqueWorks, registrationDeadline, reminderDays, status, evidenceRequired, purpose, documents,
                periodProvenance, plaqueList, review, closingGraceDays, closedOn, forms, openOn);
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
