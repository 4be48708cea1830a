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
 * @param review          the names of the review steps in order; absent in documents stored before review steps
 *                        existed, read as the single city administrator's step
 * @param approvedChanges what a unit's change to an approved registration does ({@code REVIEW} or {@code REFUSE});
 *                        absent read as {@code REVIEW}
 */
@Document(CampaignDocument.COLLECTION)
public record CampaignDocument(@MongoId(FieldType.STRING) String id, String name, String nameEn,
        DirectiveDocument directive, String organiser, String startsOn, String endsOn,
        List<AnniversaryDocument> anniversaries, List<TaskAreaDocument> taskAreas,
        List<ObligationDocument> obligations, List<TargetDocument> targets, List<PlaqueWorkDocument> plaqueWorks,
        @Nullable List<String> review, @Nullable String approvedChanges) {

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
    }

    @SuppressWarnings("ConstantValue") // a document written by hand may lack a list
    static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }

    /**
     * The directive, embedded.
     *
     * @param number   its number
     * @param issuedOn the day it was issued (ISO-8601)
     * @param issuer   who issued it, Vietnamese
     * @param issuerEn who issued it, English
     */
    public record DirectiveDocument(String number, String issuedOn, String issuer, String issuerEn) {
    }

    /**
     * An anniversary, embedded.
     *
     * @param name         Vietnamese
     * @param nameEn       English
     * @param since        the original day (ISO-8601)
     * @param celebratedOn the anniversary day (ISO-8601)
     */
    public record AnniversaryDocument(String name, String nameEn, String since, String celebratedOn) {
    }

    /**
     * A task area, embedded.
     *
     * @param code     its code
     * @param name     Vietnamese
     * @param nameEn   English
     * @param keyTasks its key tasks
     */
    public record TaskAreaDocument(String code, String name, String nameEn, List<KeyTaskDocument> keyTasks) {
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
     * @param documents the documents cited
     */
    public record KeyTaskDocument(String text, String textEn, List<String> documents) {
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
     */
    public record ObligationDocument(String code, String name, String nameEn, List<String> appliesTo,
            String registers, List<String> workKinds, List<String> eventKinds, int minimum) {
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
     * @param goal        the goal as exact decimal text ({@link java.math.BigDecimal#toString()}, which reads back equal)
     * @param measure     what the value counts
     * @param aggregation {@code SUM} or {@code LATEST_PER_UNIT}
     * @param units       the codes of the units it concerns
     */
    public record TargetDocument(String code, String taskArea, String name, String nameEn, String goal,
            String measure, String aggregation, List<String> units) {
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
     */
    public record PlaqueWorkDocument(String name, String nameEn) {
    }
}
