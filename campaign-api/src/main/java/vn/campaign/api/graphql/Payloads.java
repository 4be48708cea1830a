package vn.campaign.api.graphql;

import java.util.List;

import org.jspecify.annotations.Nullable;

import vn.campaign.core.application.Outcome;
import vn.campaign.core.registration.Event;
import vn.campaign.core.registration.Work;
import vn.campaign.core.rule.Violation;

/** The payloads of the mutations: the changed object, or the user errors that refused the change. */
public final class Payloads {

    private Payloads() {
    }

    /**
     * The payload of every work mutation.
     *
     * @param work       the work as stored now; {@code null} when refused
     * @param userErrors the broken rules
     * @param warnings   remarks on a success
     */
    public record WorkPayload(@Nullable Work work, List<UserError> userErrors, List<UserError> warnings) {

        /**
         * The payload of an outcome.
         *
         * @param outcome what the core answered
         * @return the payload
         */
        public static WorkPayload of(Outcome<? extends Work> outcome) {
            return outcome instanceof Outcome.Success<? extends Work> s
                    ? new WorkPayload(s.value(), List.of(), UserError.warnings(s.warnings()))
                    : refused(outcome.violations());
        }

        /**
         * A refusal.
         *
         * @param violations why
         * @return the payload
         */
        public static WorkPayload refused(List<Violation> violations) {
            return new WorkPayload(null, UserError.errors(violations), UserError.warnings(violations));
        }
    }

    /**
     * The payload of every event mutation.
     *
     * @param event      the event as stored now; {@code null} when refused
     * @param userErrors the broken rules
     * @param warnings   remarks on a success
     */
    public record EventPayload(@Nullable Event event, List<UserError> userErrors, List<UserError> warnings) {

        /**
         * The payload of an outcome.
         *
         * @param outcome what the core answered
         * @return the payload
         */
        public static EventPayload of(Outcome<? extends Event> outcome) {
            return outcome instanceof Outcome.Success<? extends Event> s
                    ? new EventPayload(s.value(), List.of(), UserError.warnings(s.warnings()))
                    : refused(outcome.violations());
        }

        /**
         * A refusal.
         *
         * @param violations why
         * @return the payload
         */
        public static EventPayload refused(List<Violation> violations) {
            return new EventPayload(null, UserError.errors(violations), UserError.warnings(violations));
        }
    }

    /**
     * The payload of recordProgress.
     *
     * @param progressReport the recorded report; {@code null} when refused
     * @param targetProgress the target's progress with the report counted; {@code null} when refused
     * @param userErrors     the broken rules
     * @param warnings       remarks on a success
     */
    public record ProgressPayload(CampaignViews.@Nullable CampaignProgressReport progressReport,
            CampaignViews.@Nullable CampaignTargetProgress targetProgress, List<UserError> userErrors,
            List<UserError> warnings) {
    }
}
