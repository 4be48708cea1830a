package vn.campaign.core.access;

import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.campaign.core.campaign.Campaign;
import vn.campaign.core.campaign.CampaignStatus;
import vn.campaign.core.campaign.ReviewStep;
import vn.campaign.core.registration.Registration;
import vn.campaign.core.registration.RegistrationStatus;
import vn.campaign.core.rule.FieldPath;
import vn.campaign.core.rule.RuleCode;
import vn.campaign.core.rule.Violation;
import vn.campaign.core.text.Message;

/**
 * What each actor may do. The application services ask it before anything else; an empty list means
 * allowed, otherwise the list holds one {@link RuleCode#UNAUTHORIZED} (not signed in) or
 * {@link RuleCode#FORBIDDEN} (signed in, not allowed) violation.
 *
 * <table>
 * <caption>Who may do what</caption>
 * <tr><th>action</th><th>anonymous</th><th>VIEWER</th><th>UNIT_OFFICER</th><th>CITY_OFFICE, CITY_LEADERSHIP</th><th>CITY_ADMIN</th></tr>
 * <tr><td>read approved and completed registrations, open and closed campaigns, units, compliance</td><td>yes</td><td>yes</td><td>yes</td><td>yes</td><td>yes</td></tr>
 * <tr><td>read DRAFT campaigns (to others they do not exist)</td><td>no</td><td>no</td><td>no</td><td>no</td><td>yes</td></tr>
 * <tr><td>read registrations not yet approved, returned, rejected or cancelled</td><td>no</td><td>yes</td><td>own unit</td><td>yes</td><td>yes</td></tr>
 * <tr><td>register, edit, resubmit, cancel; report progress</td><td>no</td><td>no</td><td>own unit</td><td>no</td><td>yes</td></tr>
 * <tr><td>approve, return, reject (review) registrations and commendation proposals</td><td>no</td><td>no</td><td>no</td><td>at their own step</td><td>at any step</td></tr>
 * <tr><td>complete; award plaques; import files</td><td>no</td><td>no</td><td>no</td><td>no</td><td>yes</td></tr>
 * <tr><td>define, open, copy campaigns; define, rename, merge units</td><td>no</td><td>no</td><td>no</td><td>no</td><td>yes</td></tr>
 * </table>
 *
 * <p>Whether a reviewer's role is the step a registration waits for depends on the registration and its
 * campaign: the application service answers that with a user error ({@code REVIEW_STEP_NOT_YOURS}) after
 * asking {@link #decidesAt}; {@link #review} refuses the roles that never review.
 *
 * <p>{@link Actor.System} may do everything.
 *
 * @since 0.1.0
 */
public final class AccessPolicy {

    private AccessPolicy() {
    }

    /**
     * Registering for a unit, or reporting its progress.
     *
     * @param actor    who acts
     * @param unitCode the unit, as given
     * @return no violation when allowed
     */
    public static List<Violation> actForUnit(Actor actor, String unitCode) {
        if (actor instanceof Actor.User user && user.role() == Role.UNIT_OFFICER) {
            return user.unit() != null && user.unit().value().equals(unitCode) ? List.of()
                    : forbidden("act for unit " + unitCode, "làm thay đơn vị " + unitCode);
        }
        return adminOnly(actor, "act for unit " + unitCode, "làm thay đơn vị " + unitCode);
    }

    /**
     * Changing the status of a registration: cancelling, resubmitting and sending back to review are for its
     * unit (or the city administrator), the rest for the city administrator. Reviews are checked by
     * {@link #review(Actor, RegistrationStatus)} instead.
     *
     * @param actor        who acts
     * @param registration the registration as stored
     * @param target       the status wanted
     * @return no violation when allowed
     */
    public static List<Violation> change(Actor actor, Registration registration, RegistrationStatus target) {
        if (target == RegistrationStatus.CANCELLED || target == RegistrationStatus.REGISTERED) {
            return actForUnit(actor, registration.unit().value());
        }
        return adminOnly(actor, "set status " + target, "chuyển trạng thái sang " + target);
    }

    /**
     * Reviewing (approving, returning, rejecting) a registration: for the city's reviewers. Whether the
     * reviewer's step is the one the registration waits for is {@link #decidesAt(Actor, ReviewStep)}.
     *
     * @param actor  who acts
     * @param target the status the decision leads to: APPROVED, RETURNED or REJECTED
     * @return no violation when allowed; FORBIDDEN for a role that never reviews, UNAUTHORIZED when anonymous
     * @since 0.3.0
     */
    public static List<Violation> review(Actor actor, RegistrationStatus target) {
        if (actor instanceof Actor.User user && reviewStepOf(user.role()) != null) {
            return List.of();
        }
        return adminOnly(actor, "set status " + target, "chuyển trạng thái sang " + target);
    }

    /**
     * Reviewing (approving, returning, rejecting) a commendation proposal: for the city's reviewers, as for
     * registrations. Whether the reviewer's step is the one the proposal waits for is
     * {@link #decidesAt(Actor, ReviewStep)}.
     *
     * @param actor who acts
     * @return no violation when allowed; FORBIDDEN for a role that never reviews, UNAUTHORIZED when anonymous
     * @since 0.4.0
     */
    public static List<Violation> reviewCommendation(Actor actor) {
        if (actor instanceof Actor.User user && reviewStepOf(user.role()) != null) {
            return List.of();
        }
        return adminOnly(actor, "review commendation proposals", "xét duyệt đề nghị khen thưởng");
    }

    /**
     * Whether an actor decides at a review step: the city administrator (and the program) at every step, a
     * reviewer at their own.
     *
     * @param actor who acts
     * @param step  a step
     * @return {@code true} when the actor may decide there
     * @since 0.3.0
     */
    public static boolean decidesAt(Actor actor, ReviewStep step) {
        if (actor instanceof Actor.System) {
            return true;
        }
        return actor instanceof Actor.User user
                && (user.role() == Role.CITY_ADMIN || reviewStepOf(user.role()) == step);
    }

    /**
     * The review step a role decides at, if it reviews at all.
     *
     * @param role a role
     * @return its step, or {@code null} for the roles that never review
     * @since 0.3.0
     */
    public static @Nullable ReviewStep reviewStepOf(Role role) {
        return switch (role) {
            case CITY_ADMIN -> ReviewStep.CITY_ADMIN;
            case CITY_OFFICE -> ReviewStep.CITY_OFFICE;
            case CITY_LEADERSHIP -> ReviewStep.CITY_LEADERSHIP;
            case UNIT_OFFICER, VIEWER -> null;
        };
    }

    /**
     * Whether an actor's changes to an approved registration count as the unit's (and send it back to
     * review, or are refused, as the campaign says) rather than the city's (which keep the approval).
     *
     * @param actor who acts
     * @return {@code true} for a unit officer
     * @since 0.3.0
     */
    public static boolean actsAsUnit(Actor actor) {
        return actor instanceof Actor.User user && user.role() == Role.UNIT_OFFICER;
    }

    /**
     * Editing a registration's details.
     *
     * @param actor        who acts
     * @param registration the registration as stored
     * @return no violation when allowed
     */
    public static List<Violation> edit(Actor actor, Registration registration) {
        return actForUnit(actor, registration.unit().value());
    }

    /**
     * Awarding a plaque.
     *
     * @param actor who acts
     * @return no violation when allowed
     */
    public static List<Violation> awardPlaque(Actor actor) {
        return adminOnly(actor, "award plaques", "gắn biển công trình");
    }

    /**
     * Importing files.
     *
     * @param actor who acts
     * @return no violation when allowed
     */
    public static List<Violation> importFiles(Actor actor) {
        return adminOnly(actor, "import files", "nhập tệp dữ liệu");
    }

    /**
     * Defining, opening and copying campaigns; defining, renaming and merging units.
     *
     * @param actor who acts
     * @return no violation when allowed
     * @since 0.3.0
     */
    public static List<Violation> administer(Actor actor) {
        return adminOnly(actor, "administer campaigns and units", "quản trị đợt thi đua và đơn vị");
    }

    /**
     * Reading the audit trail.
     *
     * @param actor who acts
     * @return no violation when allowed
     */
    public static List<Violation> readAudit(Actor actor) {
        return adminOnly(actor, "read the audit trail", "xem nhật ký thay đổi");
    }

    /**
     * Whether an actor may see a campaign: a {@link CampaignStatus#DRAFT} is being prepared and is for the city's
     * administrators (and the program) only; to anyone else it does not exist, so every read answers as for an
     * unknown code. An open or closed campaign is public.
     *
     * @param actor    who reads
     * @param campaign the campaign
     * @return {@code true} when visible
     * @since 0.4.0
     */
    public static boolean canSee(Actor actor, Campaign campaign) {
        return campaign.status() != CampaignStatus.DRAFT || administer(actor).isEmpty();
    }

    /**
     * Which registrations an actor may see.
     *
     * @param actor who reads
     * @return the visibility
     */
    public static Visibility visibility(Actor actor) {
        if (actor instanceof Actor.System) {
            return new Visibility(true, null);
        }
        if (actor instanceof Actor.User user) {
            return switch (user.role()) {
                case CITY_ADMIN, VIEWER, CITY_OFFICE, CITY_LEADERSHIP -> new Visibility(true, null);
                case UNIT_OFFICER -> new Visibility(false, user.unit());
            };
        }
        return new Visibility(false, null);
    }

    private static List<Violation> adminOnly(Actor actor, String action, String actionVi) {
        if (actor instanceof Actor.System
                || actor instanceof Actor.User user && user.role() == Role.CITY_ADMIN) {
            return List.of();
        }
        if (actor instanceof Actor.User user) {
            return forbiddenByRole(user.role(), action, actionVi);
        }
        return forbidden(action, actionVi, actor);
    }

    /** A refusal whose reason is the caller's role, not the thing acted on: the message names the role. */
    private static List<Violation> forbiddenByRole(Role role, String action, String actionVi) {
        String roleVi = role == Role.VIEWER ? role + " (chỉ xem)" : role.toString();
        String roleEn = role == Role.VIEWER ? role + " (read only)" : role.toString();
        return List.of(new Violation(RuleCode.FORBIDDEN, FieldPath.ROOT,
                new Message("Vai trò " + roleVi + " của bạn không được " + actionVi + ".",
                        "Your role " + roleEn + " does not allow you to " + action + ".")));
    }

    private static List<Violation> forbidden(String action, String actionVi) {
        return List.of(Violation.of(RuleCode.FORBIDDEN, List.of(), actionVi, action));
    }

    private static List<Violation> forbidden(String action, String actionVi, Actor actor) {
        if (actor instanceof Actor.Anonymous) {
            return List.of(Violation.of(RuleCode.UNAUTHORIZED, List.of()));
        }
        return forbidden(action, actionVi);
    }
}
