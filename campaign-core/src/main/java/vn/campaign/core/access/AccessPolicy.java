package vn.campaign.core.access;

import java.util.List;
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
 * <tr><th>action</th><th>anonymous</th><th>VIEWER</th><th>UNIT_OFFICER</th><th>CITY_ADMIN</th></tr>
 * <tr><td>read approved and completed registrations, campaigns, units, compliance</td><td>yes</td><td>yes</td><td>yes</td><td>yes</td></tr>
 * <tr><td>read registrations not yet approved, rejected or cancelled</td><td>no</td><td>yes</td><td>own unit</td><td>yes</td></tr>
 * <tr><td>register, edit, cancel; report progress</td><td>no</td><td>no</td><td>own unit</td><td>yes</td></tr>
 * <tr><td>approve, reject, complete; award plaques; import files</td><td>no</td><td>no</td><td>no</td><td>yes</td></tr>
 * <tr><td>define, open, copy campaigns; define, rename, merge units</td><td>no</td><td>no</td><td>no</td><td>yes</td></tr>
 * </table>
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
     * Changing the status of a registration: cancelling is for its unit, the rest for the city.
     *
     * @param actor        who acts
     * @param registration the registration as stored
     * @param target       the status wanted
     * @return no violation when allowed
     */
    public static List<Violation> change(Actor actor, Registration registration, RegistrationStatus target) {
        if (target == RegistrationStatus.CANCELLED) {
            return actForUnit(actor, registration.unit().value());
        }
        return adminOnly(actor, "set status " + target, "chuyển trạng thái sang " + target);
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
                case CITY_ADMIN, VIEWER -> new Visibility(true, null);
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
