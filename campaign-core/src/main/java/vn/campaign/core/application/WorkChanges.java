package vn.campaign.core.application;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import vn.campaign.core.campaign.TaskAreaCode;
import vn.campaign.core.campaign.WorkKind;
import vn.campaign.core.registration.Vnd;
import vn.campaign.core.registration.WorkDetails;
import vn.campaign.core.rule.RuleCode;
import vn.campaign.core.rule.Violation;

/**
 * The changes a partial update makes to a work's details, field by field: a field left {@link Change#keep}
 * keeps its stored value, {@link Change#clear} empties it, {@link Change#set} replaces it.
 *
 * @param name                 the name; cleared, it is empty and refused as REQUIRED
 * @param kind                 the kind; cannot be cleared
 * @param plannedOn            the planned ceremony day
 * @param taskArea             the task area
 * @param location             where it is
 * @param scale                its size
 * @param investment           total investment
 * @param fundingSource        where the money comes from
 * @param investor             the investor
 * @param plaqueRequested      whether a plaque is asked for; cleared, none is
 * @param evidenceNotes        notes and references to evidence
 * @since 0.1.0
 */
public record WorkChanges(Change<String> name,
        Change<WorkKind> kind,
        Change<LocalDate> plannedOn,
        Change<TaskAreaCode> taskArea,
        Change<String> location,
        Change<String> scale,
        Change<Vnd> investment,
        Change<String> fundingSource,
        Change<String> investor,
        Change<Boolean> plaqueRequested,
        Change<String> evidenceNotes) {

    /**
     * Validates the changes.
     *
     * @param name the name; cleared, it is empty and refused as REQUIRED
     * @param kind the kind; cannot be cleared
     * @param plannedOn the planned ceremony day
     * @param taskArea the task area
     * @param location where it is
     * @param scale its size
     * @param investment total investment
     * @param fundingSource where the money comes from
     * @param investor the investor
     * @param plaqueRequested whether a plaque is asked for; cleared, none is
     * @param evidenceNotes notes and references to evidence
     */
    public WorkChanges {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(plannedOn, "plannedOn");
        Objects.requireNonNull(taskArea, "taskArea");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(scale, "scale");
        Objects.requireNonNull(investment, "investment");
        Objects.requireNonNull(fundingSource, "fundingSource");
        Objects.requireNonNull(investor, "investor");
        Objects.requireNonNull(plaqueRequested, "plaqueRequested");
        Objects.requireNonNull(evidenceNotes, "evidenceNotes");
    }

    /**
     * No change at all: every field keeps its value.
     *
     * @return the changes
     */
    public static WorkChanges none() {
        return new WorkChanges(Change.keep(), Change.keep(), Change.keep(), Change.keep(), Change.keep(), Change.keep(), Change.keep(), Change.keep(), Change.keep(), Change.keep(), Change.keep());
    }

    /**
     * The details after these changes.
     *
     * @param stored the details stored
     * @return the merged details, still to be checked by the rules; the violation REQUIRED on {@code kind}
     *         when the kind is cleared
     */
    public Outcome<WorkDetails> applyTo(WorkDetails stored) {
        WorkKind newKind = kind.applyTo(stored.kind());
        if (newKind == null) {
            return Outcome.failure(List.of(Violation.on(RuleCode.REQUIRED, "kind", "kind")));
        }
        return Outcome.success(new WorkDetails(Objects.requireNonNullElse(name.applyTo(stored.name()), ""), newKind,
                plannedOn.applyTo(stored.plannedOn()), taskArea.applyTo(stored.taskArea()),
                location.applyTo(stored.location()), scale.applyTo(stored.scale()),
                investment.applyTo(stored.investment()), fundingSource.applyTo(stored.fundingSource()),
                investor.applyTo(stored.investor()),
                Boolean.TRUE.equals(plaqueRequested.applyTo(stored.plaqueRequested())),
                evidenceNotes.applyTo(stored.evidenceNotes())), List.of());
    }

    /**
     * The same changes with another change of the name; cleared, it is empty and refused as REQUIRED.
     *
     * @param change the change
     * @return the changes
     */
    public WorkChanges withName(Change<String> change) {
        return new WorkChanges(change, kind, plannedOn, taskArea, location, scale, investment, fundingSource, investor, plaqueRequested, evidenceNotes);
    }
    /**
     * The same changes with another change of the kind; cannot be cleared.
     *
     * @param change the change
     * @return the changes
     */
    public WorkChanges withKind(Change<WorkKind> change) {
        return new WorkChanges(name, change, plannedOn, taskArea, location, scale, investment, fundingSource, investor, plaqueRequested, evidenceNotes);
    }
    /**
     * The same changes with another change of the planned ceremony day.
     *
     * @param change the change
     * @return the changes
     */
    public WorkChanges withPlannedOn(Change<LocalDate> change) {
        return new WorkChanges(name, kind, change, taskArea, location, scale, investment, fundingSource, investor, plaqueRequested, evidenceNotes);
    }
    /**
     * The same changes with another change of the task area.
     *
     * @param change the change
     * @return the changes
     */
    public WorkChanges withTaskArea(Change<TaskAreaCode> change) {
        return new WorkChanges(name, kind, plannedOn, change, location, scale, investment, fundingSource, investor, plaqueRequested, evidenceNotes);
    }
    /**
     * The same changes with another change of where it is.
     *
     * @param change the change
     * @return the changes
     */
    public WorkChanges withLocation(Change<String> change) {
        return new WorkChanges(name, kind, plannedOn, taskArea, change, scale, investment, fundingSource, investor, plaqueRequested, evidenceNotes);
    }
    /**
     * The same changes with another change of its size.
     *
     * @param change the change
     * @return the changes
     */
    public WorkChanges withScale(Change<String> change) {
        return new WorkChanges(name, kind, plannedOn, taskArea, location, change, investment, fundingSource, investor, plaqueRequested, evidenceNotes);
    }
    /**
     * The same changes with another change of total investment.
     *
     * @param change the change
     * @return the changes
     */
    public WorkChanges withInvestment(Change<Vnd> change) {
        return new WorkChanges(name, kind, plannedOn, taskArea, location, scale, change, fundingSource, investor, plaqueRequested, evidenceNotes);
    }
    /**
     * The same changes with another change of where the money comes from.
     *
     * @param change the change
     * @return the changes
     */
    public WorkChanges withFundingSource(Change<String> change) {
        return new WorkChanges(name, kind, plannedOn, taskArea, location, scale, investment, change, investor, plaqueRequested, evidenceNotes);
    }
    /**
     * The same changes with another change of the investor.
     *
     * @param change the change
     * @return the changes
     */
    public WorkChanges withInvestor(Change<String> change) {
        return new WorkChanges(name, kind, plannedOn, taskArea, location, scale, investment, fundingSource, change, plaqueRequested, evidenceNotes);
    }
    /**
     * The same changes with another change of whether a plaque is asked for; cleared, none is.
     *
     * @param change the change
     * @return the changes
     */
    public WorkChanges withPlaqueRequested(Change<Boolean> change) {
        return new WorkChanges(name, kind, plannedOn, taskArea, location, scale, investment, fundingSource, investor, change, evidenceNotes);
    }
    /**
     * The same changes with another change of notes and references to evidence.
     *
     * @param change the change
     * @return the changes
     */
    public WorkChanges withEvidenceNotes(Change<String> change) {
        return new WorkChanges(name, kind, plannedOn, taskArea, location, scale, investment, fundingSource, investor, plaqueRequested, change);
    }
}
