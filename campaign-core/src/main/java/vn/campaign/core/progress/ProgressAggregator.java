package vn.campaign.core.progress;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import vn.campaign.core.campaign.Campaign;
import vn.campaign.core.campaign.Target;
import vn.campaign.core.unit.UnitCode;

/**
 * Adds up the progress reports of a campaign per target, following each target's
 * {@link Target.Aggregation}.
 *
 * @since 0.1.0
 */
public final class ProgressAggregator {

    private ProgressAggregator() {
    }

    /**
     * Aggregates reports.
     *
     * @param campaign the campaign
     * @param reports  its reports (others are ignored)
     * @return one entry per target, in the campaign's order
     */
    public static List<TargetProgress> aggregate(Campaign campaign, Collection<ProgressReport> reports) {
        List<TargetProgress> out = new ArrayList<>();
        for (Target target : campaign.targets()) {
            Map<String, UnitFigure> perUnit = new TreeMap<>();
            reports.stream()
                    .filter(r -> r.campaign().equals(campaign.code()) && r.target().equals(target.code()))
                    .sorted(Comparator.comparing(ProgressReport::reportedOn).thenComparing(ProgressReport::recordedAt))
                    .forEach(r -> perUnit.merge(r.unit().value(), new UnitFigure(r.unit(), r.value(), r.reportedOn()),
                            (old, now) -> target.aggregation() == Target.Aggregation.SUM
                                    ? new UnitFigure(now.unit(), old.value().add(now.value()), now.asOf())
                                    : now));
            List<UnitFigure> figures = List.copyOf(perUnit.values());
            List<UnitCode> silent = target.units().stream().filter(u -> !perUnit.containsKey(u.value())).toList();
            BigDecimal figure;
            boolean reached;
            BigDecimal goal = target.goal();
            if (target.aggregation() == Target.Aggregation.SUM) {
                figure = figures.stream().map(UnitFigure::value).reduce(BigDecimal.ZERO, BigDecimal::add);
                reached = goal != null && figure.compareTo(goal) >= 0;
            } else {
                figure = figures.stream().map(UnitFigure::value).min(Comparator.naturalOrder()).orElse(BigDecimal.ZERO);
                reached = goal != null && !figures.isEmpty() && silent.isEmpty() && figure.compareTo(goal) >= 0;
            }
            out.add(new TargetProgress(target, figure, reached, figures, silent));
        }
        return out;
    }
}
