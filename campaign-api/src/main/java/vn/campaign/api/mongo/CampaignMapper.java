package vn.campaign.api.mongo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import vn.campaign.api.mongo.CampaignDocument.AnniversaryDocument;
import vn.campaign.api.mongo.CampaignDocument.CommendationFormDocument;
import vn.campaign.api.mongo.CampaignDocument.CitedDocument;
import vn.campaign.api.mongo.CampaignDocument.DirectiveDocument;
import vn.campaign.api.mongo.CampaignDocument.KeyTaskDocument;
import vn.campaign.api.mongo.CampaignDocument.ObligationDocument;
import vn.campaign.api.mongo.CampaignDocument.PassageDocument;
import vn.campaign.api.mongo.CampaignDocument.PlaqueListDocument;
import vn.campaign.api.mongo.CampaignDocument.PlaqueWorkDocument;
import vn.campaign.api.mongo.CampaignDocument.SourceDocument;
import vn.campaign.api.mongo.CampaignDocument.TargetDocument;
import vn.campaign.api.mongo.CampaignDocument.TaskAreaDocument;
import vn.campaign.core.campaign.Anniversary;
import vn.campaign.core.campaign.ApprovedChanges;
import vn.campaign.core.campaign.Campaign;
import vn.campaign.core.campaign.CommendationForm;
import vn.campaign.core.campaign.Decider;
import vn.campaign.core.campaign.RecipientKind;
import vn.campaign.core.campaign.CampaignCode;
import vn.campaign.core.campaign.CampaignStatus;
import vn.campaign.core.campaign.DefinitionFormat;
import vn.campaign.core.campaign.Directive;
import vn.campaign.core.campaign.Document;
import vn.campaign.core.campaign.DocumentKind;
import vn.campaign.core.campaign.EventKind;
import vn.campaign.core.campaign.KeyTask;
import vn.campaign.core.campaign.Obligation;
import vn.campaign.core.campaign.Passage;
import vn.campaign.core.campaign.PlaqueList;
import vn.campaign.core.campaign.PlaqueWork;
import vn.campaign.core.campaign.Provenance;
import vn.campaign.core.campaign.RegistrationType;
import vn.campaign.core.campaign.SourceSpan;
import vn.campaign.core.campaign.StoredCampaign;
import vn.campaign.core.campaign.ReviewProcess;
import vn.campaign.core.campaign.ReviewStep;
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
        Passage purpose = c.purpose();
        return new CampaignDocument(c.code().value(), c.name(), c.nameEn(),
                new DirectiveDocument(d.number(), d.issuedOn().toString(), d.issuer(), d.issuerEn(), d.text(),
                        source(d.provenance())),
                c.organiser().value(), c.period().startsOn().toString(), c.period().endsOn().toString(),
                map(c.anniversaries(), a -> new AnniversaryDocument(a.name(), a.nameEn(), a.since().toString(),
                        a.celebratedOn().toString(), source(a.provenance()))),
                map(c.taskAreas(), a -> new TaskAreaDocument(a.code().value(), a.name(), a.nameEn(),
                        map(a.keyTasks(), t -> new KeyTaskDocument(t.text(), t.textEn(), t.documentIds(),
                                source(t.provenance()))), source(a.provenance()))),
                map(c.obligations(), o -> new ObligationDocument(o.code(), o.name(), o.nameEn(),
                        names(o.appliesTo()), o.registers().name(), names(o.workKinds()), names(o.eventKinds()),
                        o.minimum(), source(o.provenance()))),
                map(c.targets(), t -> new TargetDocument(t.code(), t.taskArea().value(), t.name(), t.nameEn(),
                        t.goalValue().map(BigDecimal::toString).orElse(null), t.measure(), t.aggregation().name(),
                        map(t.units(), UnitCode::value), source(t.provenance()))),
                map(c.plaqueWorks(), w -> new PlaqueWorkDocument(w.name(), w.nameEn(), source(w.provenance()))),
                c.registrationDeadline().toString(), c.reminderDays(), null, null, null, null,
                c.evidenceRequired(),
                purpose == null ? null : new PassageDocument(purpose.text(), source(purpose.provenance())),
                map(c.documents(), x -> new CitedDocument(x.id(), x.number(), x.kind().name(), x.issuer(),
                        x.issuedOn() == null ? null : String.valueOf(x.issuedOn()), x.title(), source(x.provenance()))),
                source(c.periodProvenance()),
                new PlaqueListDocument(c.plaqueList().complete(), source(c.plaqueList().provenance())),
                map(c.review().steps(), ReviewStep::name), c.review().approvedChanges().name(),
                c.closingGraceDays(), c.closedOn() == null ? null : c.closedOn().toString(),
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
        List<Document> register = map(doc.documents(), x -> new Document(x.id(), x.number(),
                DocumentKind.valueOf(x.kind()), x.issuer(), x.issuedOn() == null ? null : LocalDate.parse(x.issuedOn()),
                x.title(), provenance(x.source())));
        Map<String, Document> byId = new LinkedHashMap<>(); // the register, then any legacy citation
        register.forEach(x -> byId.put(x.id(), x));
        PassageDocument purpose = doc.purpose();
        PlaqueListDocument plaques = doc.plaqueList();
        CampaignStatus status = doc.status() == null ? CampaignStatus.OPEN : CampaignStatus.valueOf(doc.status());
        List<TaskArea> areas = map(doc.taskAreas(), a -> new TaskArea(new TaskAreaCode(a.code()), a.name(), a.nameEn(),
                map(a.keyTasks(), t -> new KeyTask(t.text(), t.textEn(), map(t.documents(), id -> cited(byId, id)),
                        provenance(t.source()))), provenance(a.source())));
        return new Campaign(new CampaignCode(doc.id()), doc.name(), doc.nameEn(),
                new Directive(d.number(), LocalDate.parse(d.issuedOn()), d.issuer(), d.issuerEn(), d.text(),
                        provenance(d.source())),
                new UnitCode(doc.organiser()), Period.of(LocalDate.parse(doc.startsOn()), LocalDate.parse(doc.endsOn())),
                map(doc.anniversaries(), a -> new Anniversary(a.name(), a.nameEn(), LocalDate.parse(a.since()),
                        LocalDate.parse(a.celebratedOn()), provenance(a.source()))),
                areas,
                map(doc.obligations(), o -> new Obligation(o.code(), o.name(), o.nameEn(),
                        enums(o.appliesTo(), UnitKind.class), RegistrationType.valueOf(o.registers()),
                        enums(o.workKinds(), WorkKind.class), enums(o.eventKinds(), EventKind.class), o.minimum(),
                        provenance(o.source()))),
                map(doc.targets(), t -> new Target(t.code(), new TaskAreaCode(t.taskArea()), t.name(), t.nameEn(),
                        t.goal() == null ? null : new BigDecimal(t.goal()), t.measure(),
                        Target.Aggregation.valueOf(t.aggregation()), map(t.units(), UnitCode::new), provenance(t.source()))),
                map(doc.plaqueWorks(), w -> new PlaqueWork(w.name(), w.nameEn(), provenance(w.source()))),
                doc.registrationDeadline() == null ? LocalDate.parse(doc.endsOn())
                        : LocalDate.parse(doc.registrationDeadline()),
                doc.reminderDays() == null ? Campaign.DEFAULT_REMINDER_DAYS : doc.reminderDays(),
                status,
                Boolean.TRUE.equals(doc.evidenceRequired()),
                purpose == null ? null : new Passage(purpose.text(), provenance(purpose.source())),
                List.copyOf(byId.values()), provenance(doc.periodSource()),
                plaques == null ? PlaqueList.CLOSED : new PlaqueList(plaques.complete(), provenance(plaques.source())),
                review(doc), doc.closingGraceDays() == null ? 0 : doc.closingGraceDays(),
                status == CampaignStatus.CLOSED ? (doc.closedOn() == null ? LocalDate.parse(doc.endsOn())
                        : LocalDate.parse(doc.closedOn())) : null,
                doc.commendationForms() == null ? List.of() : map(doc.commendationForms(),
                        f -> new CommendationForm(f.code(), f.name(), f.nameEn(), Decider.valueOf(f.decidedBy()),
                                enums(f.recipients(), RecipientKind.class))),
                doc.commendationsOpenOn() == null ? null : LocalDate.parse(doc.commendationsOpenOn()));
    }

    /**
     * A document cited by id. A campaign stored before documents were a register has none, and its key tasks
     * name their documents as "kind number" ("Nghị quyết 02-NQ/ThU"): such a citation reads as a document of
     * that kind and number, so that the stored campaign still loads; any other unknown id is refused.
     */
    private static Document cited(Map<String, Document> register, String id) {
        Document found = register.get(id);
        if (found != null) {
            return found;
        }
        for (DocumentKind kind : DocumentKind.values()) {
            String prefix = kind.label() + " ";
            if (id.startsWith(prefix) && id.length() > prefix.length()) {
                Document legacy = new Document(id, id.substring(prefix.length()).strip(), kind, null, null, null,
                        Provenance.none());
                register.put(id, legacy);
                return legacy;
            }
        }
        throw new IllegalArgumentException("a key task cites document '" + id + "', which the campaign's register lacks");
    }

    private static @Nullable SourceDocument source(Provenance p) {
        if (!p.isTied()) {
            return null;
        }
        SourceSpan span = p.source();
        return new SourceDocument(span == null ? null : span.start(), span == null ? null : span.end(),
                p.interpretation(), p.label());
    }

    private static Provenance provenance(@Nullable SourceDocument s) {
        if (s == null) {
            return Provenance.none();
        }
        Integer start = s.start();
        Integer end = s.end();
        SourceSpan span = start == null || end == null ? null : new SourceSpan(start, end);
        return new Provenance(span, s.interpretation(), s.label());
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
                stored.definition(), format == null ? null : format.name()).withBuiltInRevision(stored.builtInRevision());
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
                definition == null || format == null ? null : DefinitionFormat.valueOf(format),
                definition == null || format == null ? doc.builtInRevision() : null);
    }

    /** The review process of a document; the single-step default for one stored before review steps existed. */
    private static ReviewProcess review(CampaignDocument doc) {
        List<String> steps = doc.review();
        String changes = doc.approvedChanges();
        ReviewProcess byDefault = ReviewProcess.single();
        return new ReviewProcess(steps == null || steps.isEmpty() ? byDefault.steps() : map(steps, ReviewStep::valueOf),
                changes == null ? byDefault.approvedChanges() : ApprovedChanges.valueOf(changes));
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
