package vn.campaign.api.graphql;

import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

import vn.campaign.core.campaign.Anniversary;
import vn.campaign.core.campaign.Campaign;
import vn.campaign.core.campaign.Directive;
import vn.campaign.core.campaign.Document;
import vn.campaign.core.campaign.KeyTask;
import vn.campaign.core.campaign.Obligation;
import vn.campaign.core.campaign.Passage;
import vn.campaign.core.campaign.SourceSpan;
import vn.campaign.core.campaign.TaskArea;
import vn.campaign.core.plaque.PlaqueWorkLink;

/**
 * How a campaign is tied to its directive's text ({@code directive.graphqls}): the text, the purpose, the
 * register of cited documents, and each item's source span and interpretation. Everything is read from the
 * campaign already fetched; nothing reaches the store.
 */
@Controller
public class DirectiveTextController {

    /** A controller; it needs nothing but the values it is given. */
    public DirectiveTextController() {
    }

    /**
     * The directive's text.
     *
     * @param campaign the campaign
     * @return the text, or {@code null} when the definition ships none
     */
    @SchemaMapping(typeName = "Campaign")
    public @Nullable String sourceText(Campaign campaign) {
        return campaign.directive().text();
    }

    /**
     * The passage that gives the period.
     *
     * @param campaign the campaign
     * @return the span, or {@code null}
     */
    @SchemaMapping(typeName = "Campaign")
    public @Nullable SourceSpan periodSource(Campaign campaign) {
        return campaign.periodProvenance().source();
    }

    /**
     * How the period interprets its passage.
     *
     * @param campaign the campaign
     * @return the interpretation, or {@code null}
     */
    @SchemaMapping(typeName = "Campaign")
    public @Nullable String periodInterpretation(Campaign campaign) {
        return campaign.periodProvenance().interpretation();
    }

    /**
     * Whether the plaque works are the whole list.
     *
     * @param campaign the campaign
     * @return {@code false} for a list of examples the city completes
     */
    @SchemaMapping(typeName = "Campaign")
    public boolean plaqueWorksComplete(Campaign campaign) {
        return campaign.plaqueList().complete();
    }

    /**
     * The passage that names the directive.
     *
     * @param directive the directive
     * @return the span, or {@code null}
     */
    @SchemaMapping(typeName = "Directive", field = "source")
    public @Nullable SourceSpan directiveSource(Directive directive) {
        return directive.provenance().source();
    }

    /**
     * The passage a purpose comes from.
     *
     * @param passage the purpose
     * @return the span, or {@code null}
     */
    @SchemaMapping(typeName = "Passage", field = "source")
    public @Nullable SourceSpan passageSource(Passage passage) {
        return passage.provenance().source();
    }

    /**
     * Why a purpose interprets its passage.
     *
     * @param passage the purpose
     * @return the interpretation, or {@code null}
     */
    @SchemaMapping(typeName = "Passage", field = "interpretation")
    public @Nullable String passageInterpretation(Passage passage) {
        return passage.provenance().interpretation();
    }

    /**
     * The Vietnamese name of a document's kind.
     *
     * @param document the document
     * @return "Nghị quyết", "Kế hoạch", …
     */
    @SchemaMapping(typeName = "Document")
    public String kindLabel(Document document) {
        return document.kind().label();
    }

    /**
     * Where the directive cites a document.
     *
     * @param document the document
     * @return the span, or {@code null}
     */
    @SchemaMapping(typeName = "Document", field = "source")
    public @Nullable SourceSpan documentSource(Document document) {
        return document.provenance().source();
    }

    /**
     * Why a document's entry interprets its citation.
     *
     * @param document the document
     * @return the interpretation, or {@code null}
     */
    @SchemaMapping(typeName = "Document", field = "interpretation")
    public @Nullable String documentInterpretation(Document document) {
        return document.provenance().interpretation();
    }

    /**
     * The passage an anniversary's name quotes.
     *
     * @param anniversary the anniversary
     * @return the span, or {@code null}
     */
    @SchemaMapping(typeName = "Anniversary", field = "source")
    public @Nullable SourceSpan anniversarySource(Anniversary anniversary) {
        return anniversary.provenance().source();
    }

    /**
     * Why an anniversary interprets its passage.
     *
     * @param anniversary the anniversary
     * @return the interpretation, or {@code null}
     */
    @SchemaMapping(typeName = "Anniversary", field = "interpretation")
    public @Nullable String anniversaryInterpretation(Anniversary anniversary) {
        return anniversary.provenance().interpretation();
    }

    /**
     * Whether a task area's name is an editorial heading.
     *
     * @param area the task area
     * @return {@code true} for a label
     */
    @SchemaMapping(typeName = "TaskArea", field = "label")
    public boolean taskAreaLabel(TaskArea area) {
        return area.provenance().label();
    }

    /**
     * The passage a key task quotes.
     *
     * @param task the key task
     * @return the span, or {@code null}
     */
    @SchemaMapping(typeName = "KeyTask", field = "source")
    public @Nullable SourceSpan keyTaskSource(KeyTask task) {
        return task.provenance().source();
    }

    /**
     * Why a key task interprets its passage.
     *
     * @param task the key task
     * @return the interpretation, or {@code null}
     */
    @SchemaMapping(typeName = "KeyTask", field = "interpretation")
    public @Nullable String keyTaskInterpretation(KeyTask task) {
        return task.provenance().interpretation();
    }

    /**
     * Whether a key task is an editorial heading.
     *
     * @param task the key task
     * @return {@code true} for a label
     */
    @SchemaMapping(typeName = "KeyTask", field = "label")
    public boolean keyTaskLabel(KeyTask task) {
        return task.provenance().label();
    }

    /**
     * The passage an obligation comes from.
     *
     * @param obligation the obligation
     * @return the span, or {@code null}
     */
    @SchemaMapping(typeName = "Obligation", field = "source")
    public @Nullable SourceSpan obligationSource(Obligation obligation) {
        return obligation.provenance().source();
    }

    /**
     * Why an obligation interprets its passage.
     *
     * @param obligation the obligation
     * @return the interpretation, or {@code null}
     */
    @SchemaMapping(typeName = "Obligation", field = "interpretation")
    public @Nullable String obligationInterpretation(Obligation obligation) {
        return obligation.provenance().interpretation();
    }

    /**
     * The passage that names a plaque work.
     *
     * @param line the plaque work with its link
     * @return the span, or {@code null}
     */
    @SchemaMapping(typeName = "PlaqueWork", field = "source")
    public @Nullable SourceSpan plaqueWorkSource(PlaqueWorkLink line) {
        return line.work().provenance().source();
    }

    /**
     * Why a plaque work's entry interprets its passage.
     *
     * @param line the plaque work with its link
     * @return the interpretation, or {@code null}
     */
    @SchemaMapping(typeName = "PlaqueWork", field = "interpretation")
    public @Nullable String plaqueWorkInterpretation(PlaqueWorkLink line) {
        return line.work().provenance().interpretation();
    }
}
