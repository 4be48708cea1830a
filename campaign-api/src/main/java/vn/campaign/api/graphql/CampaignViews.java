package vn.campaign.api.graphql;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import vn.campaign.core.campaign.Campaign;
import vn.campaign.core.campaign.SourceSpan;
import vn.campaign.core.campaign.Target;
import vn.campaign.core.campaign.TaskArea;
import vn.campaign.core.progress.ProgressReport;
import vn.campaign.core.progress.TargetProgress;
import vn.campaign.core.progress.UnitFigure;

/**
 * What the schema shows of targets and progress, each value with the campaign it belongs to: a core
 * {@link Target} names its task area and its units by code only, and units are resolved in the campaign's
 * period, so the fields below a target need the campaign at hand. (graphql-java's local context would carry
 * it too, but Spring's schema inspection cannot see through the {@code DataFetcherResult} that sets it.)
 */
public final class CampaignViews {

    private CampaignViews() {
    }

    /**
     * {@code Target}: a target of a campaign.
     *
     * @param campaign the campaign
     * @param target   the target
     */
    public record CampaignTarget(Campaign campaign, Target target) {

        /** Validates the view. */
        public CampaignTarget {
            Objects.requireNonNull(campaign, "campaign");
            Objects.requireNonNull(target, "target");
        }

        /**
         * The targets of a campaign.
         *
         * @param campaign the campaign
         * @return its targets, in order
         */
        public static List<CampaignTarget> of(Campaign campaign) {
            return campaign.targets().stream().map(t -> new CampaignTarget(campaign, t)).toList();
        }

        /**
         * The target of a campaign with a code.
         *
         * @param campaign the campaign
         * @param code     the target's code
         * @return the view
         * @throws IllegalStateException when the campaign has no such target
         */
        public static CampaignTarget of(Campaign campaign, String code) {
            return new CampaignTarget(campaign, campaign.target(code).orElseThrow(() -> new IllegalStateException(
                    "campaign " + campaign.code() + " has no target " + code)));
        }

        /**
         * The code.
         *
         * @return the target's code
         */
        public String code() {
            return target.code();
        }

        /**
         * The task area, looked up in the campaign.
         *
         * @return the task area
         * @throws IllegalStateException when the campaign lacks it (a campaign refuses such a target)
         */
        public TaskArea taskArea() {
            return campaign.taskArea(target.taskArea()).orElseThrow(() -> new IllegalStateException(
                    "target " + target.code() + " names task area " + target.taskArea() + ", which campaign "
                            + campaign.code() + " lacks"));
        }

        /**
         * The Vietnamese name.
         *
         * @return the name
         */
        public String name() {
            return target.name();
        }

        /**
         * The English name.
         *
         * @return the name
         */
        public String nameEn() {
            return target.nameEn();
        }

        /**
         * The goal, where the directive states one.
         *
         * @return the goal, or {@code null}
         */
        public @Nullable BigDecimal goal() {
            return target.goal();
        }

        /**
         * The passage of the directive the target comes from.
         *
         * @return the span, or {@code null} when the campaign ships no text
         */
        public @Nullable SourceSpan source() {
            return target.provenance().source();
        }

        /**
         * Why the target interprets its passage, if it does.
         *
         * @return the interpretation, or {@code null} for a quotation
         */
        public @Nullable String interpretation() {
            return target.provenance().interpretation();
        }

        /**
         * What the value counts.
         *
         * @return the measure
         */
        public String measure() {
            return target.measure();
        }

        /**
         * How reports add up.
         *
         * @return the aggregation
         */
        public Target.Aggregation aggregation() {
            return target.aggregation();
        }
    }

    /**
     * {@code TargetProgress}: where a target of a campaign stands.
     *
     * @param campaign the campaign
     * @param progress the target's progress
     */
    public record CampaignTargetProgress(Campaign campaign, TargetProgress progress) {

        /** Validates the view. */
        public CampaignTargetProgress {
            Objects.requireNonNull(campaign, "campaign");
            Objects.requireNonNull(progress, "progress");
        }

        /**
         * The target.
         *
         * @return the target
         */
        public CampaignTarget target() {
            return new CampaignTarget(campaign, progress.target());
        }

        /**
         * The campaign figure.
         *
         * @return the figure
         */
        public BigDecimal figure() {
            return progress.figure();
        }

        /**
         * Whether the goal is reached.
         *
         * @return whether reached
         */
        public boolean reached() {
            return progress.reached();
        }

        /**
         * Each reporting unit's figure.
         *
         * @return the figures, in code order
         */
        public List<CampaignUnitFigure> units() {
            return progress.units().stream().map(f -> new CampaignUnitFigure(campaign, f)).toList();
        }
    }

    /**
     * {@code UnitFigure}: one unit's figure for a target of a campaign.
     *
     * @param campaign the campaign
     * @param figure   the figure
     */
    public record CampaignUnitFigure(Campaign campaign, UnitFigure figure) {

        /** Validates the view. */
        public CampaignUnitFigure {
            Objects.requireNonNull(campaign, "campaign");
            Objects.requireNonNull(figure, "figure");
        }

        /**
         * The unit's total or latest figure.
         *
         * @return the value
         */
        public BigDecimal value() {
            return figure.value();
        }

        /**
         * The day of its latest report.
         *
         * @return the day
         */
        public LocalDate asOf() {
            return figure.asOf();
        }
    }

    /**
     * {@code ProgressReport}: a report recorded against a target of a campaign.
     *
     * @param campaign the campaign
     * @param report   the report
     */
    public record CampaignProgressReport(Campaign campaign, ProgressReport report) {

        /** Validates the view. */
        public CampaignProgressReport {
            Objects.requireNonNull(campaign, "campaign");
            Objects.requireNonNull(report, "report");
        }

        /**
         * The target.
         *
         * @return the target
         */
        public CampaignTarget target() {
            return CampaignTarget.of(campaign, report.target());
        }

        /**
         * The day the figure stands for.
         *
         * @return the day
         */
        public LocalDate reportedOn() {
            return report.reportedOn();
        }

        /**
         * The figure.
         *
         * @return the value
         */
        public BigDecimal value() {
            return report.value();
        }

        /**
         * The note.
         *
         * @return the note, or {@code null}
         */
        public @Nullable String note() {
            return report.note();
        }

        /**
         * When it was recorded.
         *
         * @return the instant
         */
        public Instant recordedAt() {
            return report.recordedAt();
        }
    }
}
