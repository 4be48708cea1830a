package vn.campaign.core.evidence;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import vn.campaign.core.access.AccessPolicy;
import vn.campaign.core.access.Actor;
import vn.campaign.core.access.Role;
import vn.campaign.core.campaign.Campaign;
import vn.campaign.core.registration.Registration;
import vn.campaign.core.registration.RegistrationStatus;
import vn.campaign.core.rule.CampaignOpenPolicy;
import vn.campaign.core.rule.FieldPath;
import vn.campaign.core.rule.RuleCode;
import vn.campaign.core.rule.Violation;

/**
 * The rules of evidence.
 *
 * <ul>
 *   <li>Attaching: whoever may act for the registration's unit (its unit officers and the city), while the
 *       registration is open: not once it is {@linkplain #CLOSED completed, rejected or cancelled}
 *       ({@link RuleCode#EVIDENCE_LOCKED}).</li>
 *   <li>Removing: the city, or the unit officer who uploaded the piece, until the registration is closed.</li>
 *   <li>Reading: whoever may see the registration ({@link AccessPolicy#visibility}): evidence becomes public
 *       with its registration.</li>
 *   <li>Completing a registration of a campaign that requires evidence: at least one piece
 *       ({@link RuleCode#EVIDENCE_REQUIRED}).</li>
 * </ul>
 *
 * @since 0.1.0
 */
public final class EvidencePolicy {

    /** The statuses in which a registration's evidence no longer changes. */
    public static final Set<RegistrationStatus> CLOSED = EnumSet.of(RegistrationStatus.COMPLETED,
            RegistrationStatus.REJECTED, RegistrationStatus.CANCELLED);

    private EvidencePolicy() {
    }

    /**
     * Attaching evidence to a registration.
     *
     * @param actor        who attaches
     * @param registration the registration as stored
     * @return no violation when allowed
     */
    public static List<Violation> attach(Actor actor, Registration registration) {
        List<Violation> denied = AccessPolicy.actForUnit(actor, registration.unit().value());
        if (!denied.isEmpty()) {
            return denied;
        }
        return open(registration);
    }

    /**
     * Attaching evidence to a registration of a campaign on a day: as {@link #attach(Actor, Registration)}, and
     * not once the campaign is closed, unless during its closing grace period ({@link RuleCode#CAMPAIGN_CLOSED}).
     *
     * @param actor        who attaches
     * @param registration the registration as stored
     * @param campaign     its campaign
     * @param day          today
     * @return no violation when allowed
     * @since 0.4.0
     */
    public static List<Violation> attach(Actor actor, Registration registration, Campaign campaign, LocalDate day) {
        List<Violation> denied = attach(actor, registration);
        return denied.isEmpty() ? CampaignOpenPolicy.changeAfterClosing(campaign, day, true) : denied;
    }

    /**
     * Removing a piece of evidence of a registration of a campaign on a day: as
     * {@link #remove(Actor, Registration, String)}, and not once the campaign is closed, unless during its closing
     * grace period ({@link RuleCode#CAMPAIGN_CLOSED}).
     *
     * @param actor        who removes it
     * @param registration the registration it is attached to, as stored
     * @param uploadedBy   the subject of whoever uploaded it
     * @param campaign     the registration's campaign
     * @param day          today
     * @return no violation when allowed
     * @since 0.4.0
     */
    public static List<Violation> remove(Actor actor, Registration registration, String uploadedBy, Campaign campaign,
            LocalDate day) {
        List<Violation> denied = remove(actor, registration, uploadedBy);
        return denied.isEmpty() ? CampaignOpenPolicy.changeAfterClosing(campaign, day, true) : denied;
    }

    /**
     * Removing a piece of evidence.
     *
     * @param actor        who removes it
     * @param registration the registration it is attached to, as stored
     * @param uploadedBy   the subject of whoever uploaded it
     * @return no violation when allowed
     */
    public static List<Violation> remove(Actor actor, Registration registration, String uploadedBy) {
        List<Violation> denied = AccessPolicy.actForUnit(actor, registration.unit().value());
        if (!denied.isEmpty()) {
            return denied;
        }
        if (actor instanceof Actor.User user && user.role() == Role.UNIT_OFFICER && !user.subject().equals(uploadedBy)) {
            return List.of(Violation.of(RuleCode.FORBIDDEN, FieldPath.ROOT,
                    "xoá minh chứng do người khác tải lên", "remove evidence someone else uploaded"));
        }
        return open(registration);
    }

    /**
     * Whether an actor may read a registration's evidence.
     *
     * @param actor        who reads
     * @param registration the registration
     * @return {@code true} when they may see the registration
     */
    public static boolean canRead(Actor actor, Registration registration) {
        return AccessPolicy.visibility(actor).canSee(registration);
    }

    /**
     * The evidence requirement of a completion.
     *
     * @param campaign     the registration's campaign
     * @param registration the registration as stored
     * @param target       the status wanted
     * @param evidence     the evidence counts
     * @return {@link RuleCode#EVIDENCE_REQUIRED} when the campaign requires evidence, the target is COMPLETED
     *         and the registration has none; otherwise nothing
     */
    public static List<Violation> completion(Campaign campaign, Registration registration, RegistrationStatus target,
            EvidenceCounts evidence) {
        if (target != RegistrationStatus.COMPLETED || !campaign.evidenceRequired()
                || evidence.countFor(registration.id()) > 0) {
            return List.of();
        }
        return List.of(Violation.on(RuleCode.EVIDENCE_REQUIRED, "evidence", campaign.code().value()));
    }

    private static List<Violation> open(Registration registration) {
        return CLOSED.contains(registration.status())
                ? List.of(Violation.of(RuleCode.EVIDENCE_LOCKED, FieldPath.ROOT, registration.status()))
                : List.of();
    }
}
