package vn.campaign.core.commendation.paper;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import vn.campaign.core.access.AccessPolicy;
import vn.campaign.core.access.Actor;
import vn.campaign.core.application.Outcome;
import vn.campaign.core.campaign.Campaign;
import vn.campaign.core.campaign.CampaignCode;
import vn.campaign.core.campaign.Campaigns;
import vn.campaign.core.campaign.CommendationForm;
import vn.campaign.core.campaign.RecipientKind;
import vn.campaign.core.commendation.Commendation;
import vn.campaign.core.commendation.CommendationService;
import vn.campaign.core.commendation.CommendationStatus;
import vn.campaign.core.commendation.Decision;
import vn.campaign.core.registration.Registration;
import vn.campaign.core.registration.RegistrationId;
import vn.campaign.core.registration.Registrations;
import vn.campaign.core.report.Group;
import vn.campaign.core.report.ReportHeading;
import vn.campaign.core.rule.FieldPath;
import vn.campaign.core.rule.RuleCode;
import vn.campaign.core.rule.Violation;
import vn.campaign.core.text.Message;
import vn.campaign.core.text.VietnameseText;
import vn.campaign.core.unit.Unit;
import vn.campaign.core.unit.UnitCode;
import vn.campaign.core.unit.Units;

/**
 * Draws up the papers of commendation from what the caller may see through the {@link CommendationService}.
 *
 * <ul>
 *   <li>{@link #annex}: the list annexed to a decision. Decisions and decided commendations are public, so
 *       anyone may have it. It is issued by the people's committee of the campaign's organiser (as the summary
 *       report, adjusted by {@code organiserHeading}); the decision is the Chairman's, who decides the city's
 *       forms of commendation, so the list is "Kèm theo Quyết định số … của Chủ tịch Ủy ban nhân dân …".</li>
 *   <li>{@link #proposal}: a unit's tờ trình, for the unit's officers and the city's administrators (who see its
 *       undecided proposals): every proposal of the unit in the campaign but rejected ones, oldest first,
 *       addressed to the Chairman of the organiser's people's committee.</li>
 * </ul>
 *
 * <p>Failures are values: {@link RuleCode#CAMPAIGN_UNKNOWN} (field {@code campaign}), {@link RuleCode#NOT_FOUND}
 * for a decision the campaign does not have (field {@code decision}), {@link RuleCode#UNIT_UNKNOWN} (field
 * {@code unit}), and the access policy's {@code UNAUTHORIZED} or {@code FORBIDDEN}.
 *
 * @since 0.4.0
 */
public final class CommendationPapers {

    /** The people's committee, in running text. */
    static final String COMMITTEE = "Ủy ban nhân dân";
    /** The number line of a tờ trình, with room for the clerk's number. */
    public static final String PROPOSAL_NUMBER_LINE = "Số:        /TTr-UBND";

    private final Campaigns campaigns;
    private final Units units;
    private final Registrations registrations;
    private final CommendationService commendations;
    private final Clock clock;
    private final UnaryOperator<ReportHeading> adjustment;

    /**
     * A service over some stores.
     *
     * @param campaigns        the campaigns
     * @param units            the units, for the names of recipients' units and of the issuers
     * @param registrations    the registrations proposals rest on, for their names
     * @param commendations    the commendations, read as the caller may see them
     * @param clock            the clock that dates a proposal
     * @param organiserHeading what to change in the heading derived from the organiser (place, issuer)
     */
    public CommendationPapers(Campaigns campaigns, Units units, Registrations registrations,
            CommendationService commendations, Clock clock, UnaryOperator<ReportHeading> organiserHeading) {
        this.campaigns = Objects.requireNonNull(campaigns, "campaigns");
        this.units = Objects.requireNonNull(units, "units");
        this.registrations = Objects.requireNonNull(registrations, "registrations");
        this.commendations = Objects.requireNonNull(commendations, "commendations");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.adjustment = Objects.requireNonNull(organiserHeading, "organiserHeading");
    }

    /**
     * The list annexed to a decision.
     *
     * @param campaignCode the campaign's code
     * @param decision     the decision's number ("123/QĐ-UBND") or id
     * @return the list, or why there is none
     */
    public Outcome<DecisionAnnex> annex(String campaignCode, String decision) {
        Optional<Campaign> found = campaign(campaignCode);
        if (found.isEmpty()) {
            return Outcome.failure(List.of(Violation.on(RuleCode.CAMPAIGN_UNKNOWN, "campaign", campaignCode)));
        }
        Campaign campaign = found.get();
        String wanted = VietnameseText.normalize(decision);
        Optional<Decision> chosen = commendations.decisions(campaign.code()).stream()
                .filter(d -> d.number().equals(wanted) || d.id().equals(decision)).findFirst();
        if (chosen.isEmpty()) {
            return Outcome.failure(List.of(new Violation(RuleCode.NOT_FOUND, FieldPath.of("decision"), Message.format(
                    "Đợt thi đua %s không có quyết định khen thưởng %s.",
                    "Campaign %s has no commendation decision %s.", campaign.code().value(), wanted))));
        }
        Decision d = chosen.get();
        Map<String, Commendation> decided = new HashMap<>();
        commendations.visibleToAll(campaign.code()).stream().filter(c -> d.id().equals(c.decision()))
                .forEach(c -> decided.put(c.id(), c));
        List<Commendation> covered = d.commendations().stream().map(decided::get).filter(Objects::nonNull).toList();
        ReportHeading organiserHeading = ReportHeading.ofOrganiser(campaign, units);
        String organiser = organiserHeading.place();
        String attachedTo = "(Kèm theo Quyết định số " + d.number() + " ngày " + shortDate(d.decidedOn()) + " của Chủ tịch "
                + COMMITTEE + " " + inSentence(organiser) + ")";
        return Outcome.success(new DecisionAnnex(adjustment.apply(organiserHeading),
                DecisionAnnex.TITLE, "Có thành tích trong " + campaign.name(), attachedTo, d.number(),
                groups(campaign, covered, d.decidedOn(), c -> List.of())), List.of());
    }

    /**
     * A unit's proposal (tờ trình).
     *
     * @param caller       who asks: the unit's officer, a city administrator, or a reviewer of the campaign's
     *                     proposals (who sees them undecided)
     * @param campaignCode the campaign's code
     * @param unitCode     the proposing unit's code
     * @return the letter, or why there is none
     */
    public Outcome<ProposalLetter> proposal(Actor caller, String campaignCode, String unitCode) {
        List<Violation> denied = AccessPolicy.actForUnit(caller, unitCode);
        if (!denied.isEmpty() && !AccessPolicy.reviewCommendation(caller).isEmpty()) {
            return Outcome.failure(denied);
        }
        Optional<Campaign> found = campaign(campaignCode);
        if (found.isEmpty()) {
            return Outcome.failure(List.of(Violation.on(RuleCode.CAMPAIGN_UNKNOWN, "campaign", campaignCode)));
        }
        Campaign campaign = found.get();
        Optional<UnitCode> code = UnitCode.isWellFormed(unitCode) ? Optional.of(new UnitCode(unitCode)) : Optional.empty();
        if (code.isEmpty() || units.findAllByCode(code.get()).isEmpty()) {
            return Outcome.failure(List.of(Violation.on(RuleCode.UNIT_UNKNOWN, "unit", unitCode)));
        }
        UnitCode unit = code.get();
        LocalDate today = LocalDate.now(clock);
        CommendationService visible = commendations.as(caller);
        List<Commendation> proposals = visible.visible(campaign.code()).stream()
                .filter(c -> c.proposer().equals(unit) && c.status() != CommendationStatus.REJECTED)
                .sorted(Comparator.comparing(Commendation::proposedAt)).toList();
        ReportHeading organiserHeading = ReportHeading.ofOrganiser(campaign, units);
        String organiser = organiserHeading.place();
        String unitName = unitName(unit, campaign, today);
        ReportHeading heading = (unit.equals(campaign.organiser())
                ? adjustment.apply(organiserHeading)
                : ReportHeading.ofPeoplesCommittee(unitName)).withNumberLine(PROPOSAL_NUMBER_LINE);
        String addressee = "Chủ tịch " + COMMITTEE + " " + inSentence(organiser);
        List<Group<CommendationEntry>> groups = groups(campaign, proposals, today, this::works);
        long collectives = proposals.stream().filter(c -> c.recipient().kind() == RecipientKind.COLLECTIVE).count();
        long individuals = proposals.size() - collectives;
        List<String> counted = new ArrayList<>();
        if (collectives > 0) {
            counted.add(collectives + " tập thể");
        }
        if (individuals > 0) {
            counted.add(individuals + " cá nhân");
        }
        String directive = "Chỉ thị số " + campaign.directive().number() + " ngày "
                + shortDate(campaign.directive().issuedOn()) + " của " + campaign.directive().issuer();
        List<String> body = List.of(
                "Căn cứ kết quả thực hiện " + campaign.name() + " (" + directive + ");",
                COMMITTEE + " " + inSentence(unitName) + " kính đề nghị " + addressee + " xem xét, khen thưởng "
                        + (counted.isEmpty() ? "các tập thể, cá nhân" : String.join(" và ", counted))
                        + " đã có thành tích trong " + campaign.name() + ", cụ thể như sau:");
        return Outcome.success(new ProposalLetter(heading, today,
                "Về việc đề nghị khen thưởng tập thể, cá nhân có thành tích trong " + campaign.name(), addressee, body,
                groups, "Kính trình " + addressee + " xem xét, quyết định./.", List.of("- Như trên;", "- Lưu: VT.")),
                List.of());
    }

    /** The collectives, then the individuals, each numbered from 1; an empty group is left out. */
    private List<Group<CommendationEntry>> groups(Campaign campaign, List<Commendation> listed, LocalDate day,
            Function<Commendation, List<String>> works) {
        List<Group<CommendationEntry>> groups = new ArrayList<>();
        String[] numerals = {"I", "II"};
        for (RecipientKind kind : List.of(RecipientKind.COLLECTIVE, RecipientKind.INDIVIDUAL)) {
            Predicate<Commendation> ofKind = c -> c.recipient().kind() == kind;
            List<CommendationEntry> entries = new ArrayList<>();
            for (Commendation c : listed.stream().filter(ofKind).toList()) {
                entries.add(new CommendationEntry(entries.size() + 1, c.recipient().name(),
                        kind == RecipientKind.INDIVIDUAL ? c.recipient().position() : null,
                        unitName(c.recipient().unit(), campaign, day),
                        campaign.commendationForm(c.form()).map(CommendationForm::name).orElse(c.form()),
                        c.achievement(), works.apply(c)));
            }
            if (!entries.isEmpty()) {
                groups.add(new Group<>(numerals[groups.size()], kind == RecipientKind.COLLECTIVE ? "TẬP THỂ" : "CÁ NHÂN",
                        entries));
            }
        }
        return groups;
    }

    /** The names of the registrations a proposal rests on, in the order given; an id no longer stored stays an id. */
    private List<String> works(Commendation c) {
        return c.registrationIds().stream().map(id -> (RegistrationId.isWellFormed(id)
                ? registrations.findById(new RegistrationId(id)).map(Registration::name) : Optional.<String>empty())
                .orElse(id)).toList();
    }

    /** The unit's name on a day, else during the campaign, else its latest; its code when it is not stored. */
    private String unitName(UnitCode code, Campaign campaign, LocalDate day) {
        return units.findByCode(code, day).or(() -> units.findByCode(code, campaign.period()))
                .or(() -> units.findAllByCode(code).stream().reduce((a, b) -> b)).map(Unit::name).orElse(code.value());
    }

    private Optional<Campaign> campaign(String code) {
        return CampaignCode.isWellFormed(code) ? campaigns.findByCode(new CampaignCode(code)) : Optional.empty();
    }

    /**
     * A unit's name inside a sentence, after "Ủy ban nhân dân": its first letter in lower case.
     *
     * @param name "Thành phố Hà Tĩnh"
     * @return "thành phố Hà Tĩnh"
     */
    static String inSentence(String name) {
        return name.isEmpty() ? name : name.substring(0, 1).toLowerCase(Locale.ROOT) + name.substring(1);
    }

    /**
     * A date as a decision's number line cites it: days below 10 and the months January and February with a
     * leading zero.
     *
     * @param day the day
     * @return "01/7/2022", "05/01/2026"
     */
    public static String shortDate(LocalDate day) {
        int month = day.getMonthValue();
        return String.format("%02d/%s/%d", day.getDayOfMonth(), month < 3 ? String.format("%02d", month)
                : String.valueOf(month), day.getYear());
    }
}
