package vn.campaign.api.graphql;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

import vn.campaign.core.compliance.UnitCompliance;
import vn.campaign.core.registration.Event;
import vn.campaign.core.registration.Work;
import vn.campaign.core.text.Message;

/**
 * Overdue works and events, and why a unit's compliance is at risk: {@code Work.overdue}, {@code Event.overdue}
 * (judged by the core on the platform clock's day) and the words of {@code UnitCompliance.atRiskReasons}.
 */
@Controller
public class OverdueController {

    private final Clock clock;

    /**
     * A controller judging on a clock's day.
     *
     * @param clock the platform's clock
     */
    public OverdueController(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Whether a work is overdue today.
     *
     * @param work the work
     * @return {@code true} when approved and its planned day has passed
     */
    @SchemaMapping(typeName = "Work", field = "overdue")
    public boolean workOverdue(Work work) {
        return work.isOverdueOn(LocalDate.now(clock));
    }

    /**
     * Whether an event is overdue today.
     *
     * @param event the event
     * @return {@code true} when approved and its last day has passed
     */
    @SchemaMapping(typeName = "Event", field = "overdue")
    public boolean eventOverdue(Event event) {
        return event.isOverdueOn(LocalDate.now(clock));
    }

    /**
     * Why a unit is at risk, in Vietnamese.
     *
     * @param unit the unit's compliance
     * @return one sentence per obligation at risk
     */
    @SchemaMapping(typeName = "UnitCompliance", field = "atRiskReasons")
    public List<String> atRiskReasons(UnitCompliance unit) {
        return unit.atRiskReasons().stream().map(Message::vi).toList();
    }

    /**
     * Why a unit is at risk, in English.
     *
     * @param unit the unit's compliance
     * @return one sentence per obligation at risk
     */
    @SchemaMapping(typeName = "UnitCompliance", field = "atRiskReasonsEn")
    public List<String> atRiskReasonsEn(UnitCompliance unit) {
        return unit.atRiskReasons().stream().map(Message::en).toList();
    }
}
