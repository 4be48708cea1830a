package vn.campaign.api.mongo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

import vn.campaign.api.mongo.CampaignDocument.AnniversaryDocument;
import vn.campaign.api.mongo.CampaignDocument.CommendationFormDocument;
import vn.campaign.api.mongo.CampaignDocument.DirectiveDocument;
import vn.campaign.api.mongo.CampaignDocument.KeyTaskDocument;
import vn.campaign.api.mongo.CampaignDocument.ObligationDocument;
import vn.campaign.api.mongo.CampaignDocument.PlaqueWorkDocument;
import vn.campaign.api.mongo.CampaignDocument.TargetDocument;
import vn.campaign.api.mongo.CampaignDocument.TaskAreaDocument;
import vn.campaign.core.campaign.Anniversary;
import vn.campaign.core.campaign.Campaign;
import vn.campaign.core.campaign.CommendationForm;
import vn.campaign.core.campaign.Decider;
import vn.campaign.core.campaign.RecipientKind;
import vn.campaign.core.campaign.CampaignCode;
import vn.campaign.core.campaign.CampaignStatus;
import vn.campaign.core.campaign.DefinitionFormat;
import vn.campaign.core.campaign.Directive;
import vn.campaign.core.campaign.EventKind;
import vn.campaign.core.campaign.KeyTask;
import vn.campaign.core.campaign.Obligation;
import vn.campaign.core.campaign.PlaqueWork;
import vn.campaign.core.campaign.RegistrationType;
import vn.campaign.core.campaign.StoredCampaign;
import vn.campaign.core.campaign.Target;
import vn.campaign.core.campaign.TaskArea;
import vn.campaign.core.campaign.TaskAreaCode;
import vn.campaign.core.campaign.WorkKind;
import vn.campaign.core.time.Period;
import vn.campaign.core.unit.UnitCode;
import vn.campaign.core.unit.UnitKind;

/** Maps campaigns to and from their documents. */
public final class CampaignMapper {

    private CampaignMapper() {
    }

    /**
     * The document of a campaign.
     *
     * @param c the campaign
     * @return its document
     */
    public static CampaignDocument toDocument(Campaign c) {
        Directive d = c.directive();
        return new CampaignDocument(c.code().value(), c.name(), c.nameEn(),
                new DirectiveDocument(d.number(), d.issuedOn().toString(), d.issuer(), d.issuerEn()),
                c.organiser().value(), c.period().startsOn().toString(), c.period().endsOn().toString(),
                map(c.anniversaries(), a -> new AnniversaryDocument(a.name(), a.nameEn(), a.since().toString(),
                        a.celebratedOn().toString())),
                map(c.taskAreas(), a -> new TaskAreaDocument(a.code().value(), a.name(), a.nameEn(),
                        map(a.keyTasks(), t -> new KeyTaskDocument(t.text(), t.textEn(), t.documents())))),
                map(c.obligations(), o -> new ObligationDocument(o.code(), o.name(), o.nameEn(),
                        names(o.appliesTo()), o.registers().name(), names(o.workKinds()), names(o.eventKinds()),
                        o.minimum())),
                map(c.targets(), t -> new TargetDocument(t.code(), t.taskArea().value(), t.name(), t.nameEn(),
                        t.goal().toString(), t.measure(), t.aggregation().name(),
                        map(t.units(), UnitCode::value))),
                map(c.plaqueWorks(), w -> new PlaqueWorkDocument(w.name(), w.nameEn())),
                c.registrationDeadline().toString(), c.reminderDays(), null, null, null, null,
                c.evidenceRequired(), c.closingGraceDays(), c.closedOn() == null ? null : c.closedOn().toString(),
                map(c.commendationForms(), f -> new CommendationFormDocument(f.code(), f.name(), f.nameEn(),
                        f.decidedBy().name(), names(f.recipients()))),
                c.commendationsOpenOn() == null ? null : c.commendationsOpenOn().toString());
    }

    /**
     * The campaign a document holds.
     *
     * @param doc the document
     * @return the campaign
     * @throws IllegalArgumentException when the document breaks a rule of the campaign's records
     */
    public static Campaign toDomain(CampaignDocument doc) {
        DirectiveDocument d = Objects.requireNonNull(doc.directive(), "directive");
        Campaign campaign = new Campaign(new CampaignCode(doc.id()), doc.name(), doc.nameEn(),
                new Directive(d.number(), LocalDate.parse(d.issuedOn()), d.issuer(), d.issuerEn()),
                new UnitCode(doc.organiser()), Period.of(LocalDate.parse(doc.startsOn()), LocalDate.parse(doc.endsOn())),
                map(doc.anniversaries(), a -> new Anniversary(a.name(), a.nameEn(), LocalDate.parse(a.since()),
                        LocalDate.parse(a.celebratedOn()))),
                map(doc.taskAreas(), a -> new TaskArea(new TaskAreaCode(a.code()), a.name(), a.nameEn(),
                        map(a.keyTasks(), t -> new KeyTask(t.text(), t.textEn(), t.documents())))),
                map(doc.obligations(), o -> new Obligation(o.code(), o.name(), o.nameEn(),
                        enums(o.appliesTo(), UnitKind.class), RegistrationType.valueOf(o.registers()),
                        enums(o.workKinds(), WorkKind.class), enums(o.eventKinds(), EventKind.class), o.minimum())),
                map(doc.targets(), t -> new Target(t.code(), new TaskAreaCode(t.taskArea()), t.name(), t.nameEn(),
                        new BigDecimal(t.goal()), t.measure(), Target.Aggregation.valueOf(t.aggregation()),
                        map(t.units(), UnitCode::new))),
                map(doc.plaqueWorks(), w -> new PlaqueWork(w.name(), w.nameEn())))
                .withRegistrationDeadline(doc.registrationDeadline() == null ? LocalDate.parse(doc.endsOn())
                        : LocalDate.parse(doc.registrationDeadline()),
                        doc.reminderDays() == null ? Campaign.DEFAULT_REMINDER_DAYS : doc.reminderDays())
                .withStatus(doc.status() == null ? CampaignStatus.OPEN : CampaignStatus.valueOf(doc.status()))
                .withEvidenceRequired(Boolean.TRUE.equals(doc.evidenceRequired()))
                .withClosingGraceDays(doc.closingGraceDays() == null ? 0 : doc.closingGraceDays())
                .withCommendation(doc.commendationForms() == null ? List.of() : map(doc.commendationForms(),
                        f -> new CommendationForm(f.code(), f.name(), f.nameEn(), Decider.valueOf(f.decidedBy()),
                                enums(f.recipients(), RecipientKind.class))),
                        doc.commendationsOpenOn() == null ? null : LocalDate.parse(doc.commendationsOpenOn()));
        String closedOn = doc.closedOn();
        return closedOn != null && campaign.status() == CampaignStatus.CLOSED
                ? campaign.closedOn(LocalDate.parse(closedOn)) : campaign;
    }

    /**
     * The document of a stored campaign: its content, status, version and definition.
     *
     * @param stored the stored campaign
     * @return its document
     */
    public static CampaignDocument toDocument(StoredCampaign stored) {
        DefinitionFormat format = stored.format();
        return toDocument(stored.campaign()).withLifecycle(stored.campaign().status().name(), stored.version(),
                stored.definition(), format == null ? null : format.name());
    }

    /**
     * The stored campaign a document holds. A document without lifecycle fields (stored before campaigns had
     * one) is an OPEN campaign at version 1.
     *
     * @param doc the document
     * @return the stored campaign
     */
    public static StoredCampaign toStored(CampaignDocument doc) {
        Campaign campaign = toDomain(doc);
        String definition = doc.definition();
        String format = doc.format();
        return new StoredCampaign(campaign, Objects.requireNonNullElse(doc.version(), 1L),
                definition == null || format == null ? null : definition,
                definition == null || format == null ? null : DefinitionFormat.valueOf(format));
    }

    private static <A, B> List<B> map(List<A> list, Function<A, B> mapper) {
        return list.stream().map(mapper).toList();
    }

    private static List<String> names(Collection<? extends Enum<?>> values) {
        return values.stream().map(Enum::name).sorted().toList();
    }

    private static <E extends Enum<E>> Set<E> enums(List<String> names, Class<E> type) {
        EnumSet<E> set = EnumSet.noneOf(type);
        names.forEach(n -> set.add(Enum.valueOf(type, n)));
        return set;
    }
}
