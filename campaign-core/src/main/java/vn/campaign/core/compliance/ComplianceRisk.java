package vn.campaign.core.compliance;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import vn.campaign.core.campaign.Obligation;
import vn.campaign.core.text.Message;

/**
 * Why one obligation of a unit is at risk on the day of an evaluation, so the city's office knows whom to chase.
 *
 * @param kind       which of the reasons
 * @param obligation the obligation at risk
 * @param count      for {@link Kind#RESTS_ON_OVERDUE}, how many overdue registrations it rests on; for the
 *                   deadline reasons, the days left before the registration deadline (0 on the deadline, and
 *                   negative once it has passed)
 * @param deadline   the campaign's registration deadline
 * @since 0.2.0
 */
public record ComplianceRisk(Kind kind, Obligation obligation, int count, LocalDate deadline) {

    private static final DateTimeFormatter DAY_VI = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** The reasons an obligation is at risk. */
    public enum Kind {
        /**
         * It is SATISFIED (or, after the campaign's end, PENDING) only by counting approved registrations whose
         * due day has passed without their completion being recorded: without them it would not be met.
         */
        RESTS_ON_OVERDUE,
        /** It is still MISSING, and the registration deadline is at most the campaign's reminder days away. */
        MISSING_NEAR_DEADLINE,
        /** It is still MISSING, and the registration deadline has passed. */
        MISSING_AFTER_DEADLINE
    }

    /**
     * Validates the risk.
     *
     * @param kind which of the reasons
     * @param obligation the obligation at risk
     * @param count for {@link Kind#RESTS_ON_OVERDUE}, how many overdue registrations it rests on; for the
     *        deadline reasons, the days left before the registration deadline (0 on the deadline, and
     *        negative once it has passed)
     * @param deadline the campaign's registration deadline
     */
    public ComplianceRisk {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(obligation, "obligation");
        Objects.requireNonNull(deadline, "deadline");
        if (kind == Kind.RESTS_ON_OVERDUE && count < 1) {
            throw new IllegalArgumentException("an obligation resting on overdue registrations counts at least one");
        }
        if (kind == Kind.MISSING_NEAR_DEADLINE && count < 0) {
            throw new IllegalArgumentException("a deadline still ahead leaves 0 or more days, got " + count);
        }
        if (kind == Kind.MISSING_AFTER_DEADLINE && count >= 0) {
            throw new IllegalArgumentException("a passed deadline leaves a negative number of days, got " + count);
        }
    }

    /**
     * The reason in words, naming the obligation as the campaign does: "Đăng ký ít nhất 01 công trình…: dựa vào 1
     * đăng ký đã quá ngày dự kiến nhưng chưa hoàn thành".
     *
     * @return the message, in Vietnamese and English
     */
    public Message message() {
        String vi = obligation.name();
        String en = obligation.nameEn();
        return switch (kind) {
            case RESTS_ON_OVERDUE -> new Message(
                    String.format("%s: dựa vào %d đăng ký đã quá ngày dự kiến nhưng chưa hoàn thành", vi, count),
                    String.format("%s: rests on %d registration(s) past their due day and not completed", en, count));
            case MISSING_NEAR_DEADLINE -> new Message(
                    String.format("%s: còn thiếu, hạn đăng ký %s (còn %d ngày)", vi, DAY_VI.format(deadline), count),
                    String.format("%s: still missing, registration deadline %s (%d day(s) left)", en, deadline, count));
            case MISSING_AFTER_DEADLINE -> new Message(
                    String.format("%s: còn thiếu, đã quá hạn đăng ký %s", vi, DAY_VI.format(deadline)),
                    String.format("%s: still missing, the registration deadline %s has passed", en, deadline));
        };
    }
}
