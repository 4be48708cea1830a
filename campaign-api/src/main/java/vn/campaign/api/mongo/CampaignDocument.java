package vn.campaign.api.mongo;

import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.mapping.FieldType;
import org.springframework.data.mongodb.core.mapping.MongoId;

/**
 * A campaign as stored in the {@code campaigns} collection: the whole definition in one document, its id
 * the campaign's code.
 *
 * @param id            the campaign's code
 * @param name          its Vietnamese name
 * @param nameEn        its English name
 * @param directive     the directive it implements
 * @param organiser     the organising unit's code
 * @param startsOn      the first day (ISO-8601)
 * @param endsOn        the last day (ISO-8601)
 * @param anniversaries the anniversaries it celebrates
 * @param taskAreas     its task areas
 * @param obligations   what units must register
 * @param targets       its measurable targets
 * @param plaqueWorks   the works selected for a plaque
 * @param registrationDeadline the last day to register (ISO-8601); absent in documents written before it was
 *                      kept, which read as the campaign's last day
 * @param reminderDays  the days before the deadline a missing obligation is at risk; absent reads as the default
 * @param status        the name of its {@link vn.campaign.core.campaign.CampaignStatus}; {@code null} (a document
 *                      stored before campaigns had a lifecycle) reads as OPEN
 * @param version       its version, 1 when first stored; {@code null} reads as 1
 * @param definition    the definition document as the administrator gave it, or {@code null}
 * @param format        the definition's {@link vn.campaign.core.campaign.DefinitionFormat} name, or {@code null}
 * @param evidenceRequired whether a completion needs evidence; absent (documents written before the field) reads
 *                      as {@code false}
 * @param purpose       why the directive launches it; absent when not defined (and in documents stored before)
 * @param documents     the register of documents the directive cites; absent in documents stored before
 * @param periodSource  where the directive states the period; absent when untied
 * @param plaqueList    whether the plaque works are the whole list, and its tie; absent means a closed, untied list
 * @param review          the names of the review steps in order; absent in documents stored before review steps
 *                        existed, read as the single city administrator's step
 * @param approvedChanges what a unit's change to an approved registration does ({@code REVIEW} or {@code REFUSE});
 *                        absent read as {@code REVIEW}
 * @param closingGraceDays the days after closing that evidence and completions stay open; absent reads as 0
 * @param closedOn      the closing day of a CLOSED campaign (ISO-8601); absent reads as the campaign's last day
 * @param commendationForms the forms of commendation; absent reads as none
 * @param commendationsOpenOn the first day proposals are accepted before closing (ISO-8601), or absent
 * @param builtInRevision the revision of the built-in definition a campaign the release ships was stored from;
 *                      absent for any other campaign, and for a built-in one stored before revisions were kept
 */
@Document(CampaignDocument.COLLECTION)
public record CampaignDocument(@MongoId(FieldType.STRING) String id, String name, String nameEn,
        DirectiveDocument directive, String organiser, String startsOn, String endsOn,
        List<AnniversaryDocument> anniversaries, List<TaskAreaDocument> taskAreas,
        List<ObligationDocument> obligations, List<TargetDocument> targets, List<PlaqueWorkDocument> plaqueWorks,
        @Nullable String registrationDeadline, @Nullable Integer reminderDays, @Nullable String status,
        @Nullable Long version, @Nullable String definition, @Nullable String format,
        @Nullable Boolean evidenceRequired, @Nullable PassageDocument purpose, List<CitedDocument> documents,
        @Nullable SourceDocument periodSource, @Nullable PlaqueListDocument plaqueList,
        @Nullable List<String> review, @Nullable String approvedChanges, @Nullable Integer closingGraceDays,
        @Nullable String closedOn, @Nullable List<CommendationFormDocument> commendationForms,
        @Nullable String commendationsOpenOn, @Nullable String builtInRevision) {

    /** The collection's name. */
    public static final String COLLECTION = "campaigns";

    /** Validates the document; absent lists read as empty. */
    public CampaignDocument {
        Objects.requireNonNull(id, "id");
        anniversaries = copy(anniversaries);
        taskAreas = copy(taskAreas);
        obligations = copy(obligations);
        targets = copy(targets);
        plaqueWorks = copy(plaqueWorks);
        documents = copy(documents);
    }

    /**
     * The document of a campaign's content alone, without its lifecycle fields.
     *
     * @param id            the campaign's code
     * @param name          its Vietnamese name
     * @param nameEn        its English name
     * @param directive     the directive it implements
     * @param organiser     the organising unit's code
     * @param startsOn      the first day (ISO-8601)
     * @param endsOn        the last day (ISO-8601)
     * @param anniversaries the anniversaries it celebrates
     * @param taskAreas     its task areas
     * @param obligations   what units must register
     * @param targets       its measurable targets
     * @param plaqueWorks   the works selected for a plaque
     */
    public CampaignDocument(String id, String name, String nameEn, DirectiveDocument directive, String organiser,
            String startsOn, String endsOn, List<AnniversaryDocument> anniversaries, List<TaskAreaDocument> taskAreas,
            List<ObligationDocument> obligations, List<TargetDocument> targets, List<PlaqueWorkDocument> plaqueWorks) {
        this(id, name, nameEn, directive, organiser, startsOn, endsOn, anniversaries, taskAreas, obligations, targets,
                plaqueWorks, null, null, null, null, null, null, null, null, List.of(), null, null, null, null, null,
                null, null, null, null);
    }

    /**
     * A document as written before built-in revisions were kept (without {@code builtInRevision}).
     *
     * @param id the campaign's code
     * @param name its Vietnamese name
     * @param nameEn its English name
     * @param directive the directive it implements
     * @param organiser the organising unit's code
     * @param startsOn the first day (ISO-8601)
     * @param endsOn the last day (ISO-8601)
     * @param anniversaries the anniversaries it celebrates
     * @param taskAreas its task areas
     * @param obligations what units must register
     * @param targets its measurable targets
     * @param plaqueWorks the works selected for a plaque
     * @param registrationDeadline the last day to register, or {@code null}
     * @param reminderDays the reminder window, or {@code null}
     * @param status the status's name, or {@code null}
     * @param version its version, or {@code null}
     * @param definition the definition document, or {@code null}
     * @param format the definition's format's name, or {@code null}
     * @param evidenceRequired whether a completion needs evidence, or {@code null}
     * @param purpose why the directive launches it, or {@code null}
     * @param documents the register of cited documents
     * @param periodSource where the directive states the period, or {@code null}
     * @param plaqueList the plaque list and its tie, or {@code null}
     * @param review the review steps' names, or {@code null}
     * @param approvedChanges what a unit's change to an approved registration does, or {@code null}
     * @param closingGraceDays the closing grace days, or {@code null}
     * @param closedOn the closing day, or {@code null}
     * @param commendationForms the forms of commendation, or {@code null}
     * @param commendationsOpenOn the first day proposals are accepted, or {@code null}
     */
    public CampaignDocument(String id, String name, String nameEn, DirectiveDocument directive, String organiser,
            String startsOn, String endsOn, List<AnniversaryDocument> anniversaries, List<TaskAreaDocument> taskAreas,
            List<ObligationDocument> obligations, List<TargetDocument> targets, List<PlaqueWorkDocument> plaqueWorks,
            @Nullable String registrationDeadline, @Nullable Integer reminderDays, @Nullable String status,
            @Nullable Long version, @Nullable String definition, @Nullable String format,
            @Nullable Boolean evidenceRequired, @Nullable PassageDocument purpose, List<CitedDocument> documents,
            @Nullable SourceDocument periodSource, @Nullable PlaqueListDocument plaqueList,
            @Nullable List<String> review, @Nullable String approvedChanges, @Nullable Integer closingGraceDays,
            @Nullable String closedOn, @Nullable List<CommendationFormDocument> commendationForms,
            @Nullable String commendationsOpenOn) {
        this(id, name, nameEn, directive, organiser, startsOn, endsOn, anniversaries, taskAreas, obligations, targets,
                plaqueWorks, registrationDeadline, reminderDays, status, version, definition, format, evidenceRequired,
                purpose, documents, periodSource, plaqueList, review, approvedChanges, closingGraceDays, closedOn,
                commendationForms, commendationsOpenOn, null);
    }

    /**
     * The same document with the lifecycle fields of a stored campaign.
     *
     * @param newStatus     the status's name
     * @param newVersion    the version
     * @param newDefinition the definition document, or {@code null}
     * @param newFormat     its format's name, or {@code null}
     * @return the document
     */
    public CampaignDocument withLifecycle(String newStatus, long newVersion, @Nullable String newDefinition,
            @Nullable String newFormat) {
        return new CampaignDocument(id, name, nameEn, directive, organiser, startsOn, endsOn, anniversaries, taskAreas,
                obligations, targets, plaqueWorks, registrationDeadline, reminderDays, newStatus, newVersion,
                newDefinition, newFormat, evidenceRequired, purpose, documents, periodSource, plaqueList, review,
                approvedChanges, closingGraceDays, closedOn, commendationForms, commendationsOpenOn, builtInRevision);
    }

    /**
     * The same document with the revision of the built-in definition it was stored from.
     *
     * @param revision the revision, or {@code null} for a campaign that is not built in
     * @return the document
     */
    public CampaignDocument withBuiltInRevision(@Nullable String revision) {
        return new CampaignDocument(id, name, nameEn, directive, organiser, startsOn, endsOn, anniversaries, taskAreas,
                obligations, targets, plaqueWorks, registrationDeadline, reminderDays, status, version, definition,
                format, evidenceRequired, purpose, documents, periodSource, plaqueList, review, approvedChanges,
                closingGraceDays, closedOn, commendationForms, commendationsOpenOn, revision);
    }

    @SuppressWarnings("ConstantValue") // a document written by hand may lack a list
    static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }

    /**
     * A form of commendation, embedded.
     *
     * @param code       its code
     * @param name       Vietnamese
     * @param nameEn     English
     * @param decidedBy  the {@link vn.campaign.core.campaign.Decider} name
     * @param recipients the {@link vn.campaign.core.campaign.RecipientKind} names
     */
    public record CommendationFormDocument(String code, String name, String nameEn, String decidedBy,
            List<String> recipients) {
    }

    /**
     * The directive, embedded.
     *
     * @param number   its number
     * @param issuedOn the day it was issued (ISO-8601)
     * @param issuer   who issued it, Vietnamese
     * @param issuerEn who issued it, English
     * @param text     its text, if the definition ships it
     * @param source   where the text names it
     */
    public record DirectiveDocument(String number, String issuedOn, String issuer, String issuerEn,
            @Nullable String text, @Nullable SourceDocument source) {
    }

    /**
     * An anniversary, embedded.
     *
     * @param name         Vietnamese
     * @param nameEn       English
     * @param since        the original day (ISO-8601)
     * @param celebratedOn the anniversary day (ISO-8601)
     * @param source       its tie to the text
     */
    public record AnniversaryDocument(String name, String nameEn, String since, String celebratedOn,
            @Nullable SourceDocument source) {
    }

    /**
     * A task area, embedded.
     *
     * @param code     its code
     * @param name     Vietnamese
     * @param nameEn   English
     * @param keyTasks its key tasks
     * @param source   its tie to the text
     */
    public record TaskAreaDocument(String code, String name, String nameEn, List<KeyTaskDocument> keyTasks,
            @Nullable SourceDocument source) {
        /** Absent key tasks read as none. */
        public TaskAreaDocument {
            keyTasks = copy(keyTasks);
        }
    }

    /**
     * A key task, embedded.
     *
     * @param text      Vietnamese
     * @param textEn    English
     * @param documents the ids of the documents cited
     * @param source    its tie to the text
     */
    public record KeyTaskDocument(String text, String textEn, List<String> documents, @Nullable SourceDocument source) {
        /** Absent documents read as none. */
        public KeyTaskDocument {
            documents = copy(documents);
        }
    }

    /**
     * An obligation, embedded.
     *
     * @param code       its code
     * @param name       Vietnamese
     * @param nameEn     English
     * @param appliesTo  the names of the unit kinds it binds
     * @param registers  {@code WORK} or {@code EVENT}
     * @param workKinds  the names of the work kinds that count
     * @param eventKinds the names of the event kinds that count
     * @param minimum    how many are needed
     * @param source     its tie to the text
     */
    public record ObligationDocument(String code, String name, String nameEn, List<String> appliesTo,
            String registers, List<String> workKinds, List<String> eventKinds, int minimum,
            @Nullable SourceDocument source) {
        /** Absent lists read as empty. */
        public ObligationDocument {
            appliesTo = copy(appliesTo);
            workKinds = copy(workKinds);
            eventKinds = copy(eventKinds);
        }
    }

    /**
     * A target, embedded.
     *
     * @param code        its code
     * @param taskArea    its task area's code
     * @param name        Vietnamese
     * @param nameEn      English
     * @param goal        the goal as exact decimal text ({@link java.math.BigDecimal#toString()}, which reads back equal); absent when the directive states none
     * @param measure     what the value counts
     * @param aggregation {@code SUM} or {@code LATEST_PER_UNIT}
     * @param units       the codes of the units it concerns
     * @param source      its tie to the text
     */
    public record TargetDocument(String code, String taskArea, String name, String nameEn, @Nullable String goal,
            String measure, String aggregation, List<String> units, @Nullable SourceDocument source) {
        /** Absent units read as none. */
        public TargetDocument {
            units = copy(units);
        }
    }

    /**
     * A work selected for a plaque, embedded.
     *
     * @param name   Vietnamese
     * @param nameEn English
     * @param source its tie to the text
     */
    public record PlaqueWorkDocument(String name, String nameEn, @Nullable SourceDocument source) {
    }

    /**
     * How an item is tied to the directive's text; absent for an untied item.
     *
     * @param start          the span's first character, if it has a span
     * @param end            the offset after its last character, if it has a span
     * @param interpretation why the item interprets its span, if it does
     * @param label          whether the item is an editorial heading
     */
    public record SourceDocument(@Nullable Integer start, @Nullable Integer end, @Nullable String interpretation,
            boolean label) {
    }

    /**
     * A text tied to the directive's text.
     *
     * @param text   the text
     * @param source its tie
     */
    public record PassageDocument(String text, @Nullable SourceDocument source) {
    }

    /**
     * A document of the register.
     *
     * @param id       its id within the campaign
     * @param number   its number, if known
     * @param kind     its kind's name
     * @param issuer   its issuer, if known
     * @param issuedOn its day (ISO-8601), if known
     * @param title    its title, if known
     * @param source   its tie
     */
    public record CitedDocument(String id, @Nullable String number, String kind, @Nullable String issuer,
            @Nullable String issuedOn, @Nullable String title, @Nullable SourceDocument source) {
    }

    /**
     * What the campaign says of its plaque list.
     *
     * @param complete whether the plaque works are the whole list
     * @param source   its tie
     */
    public record PlaqueListDocument(boolean complete, @Nullable SourceDocument source) {
    }
}
