package vn.campaign.api.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.web.context.WebApplicationContext;

import vn.campaign.api.graphql.GlobalId;
import vn.campaign.api.support.EmbeddedStoreTestBase;
import vn.campaign.core.application.CampaignPlatform;
import vn.campaign.core.application.ChangeStatus;
import vn.campaign.core.application.RegisterEvent;
import vn.campaign.core.application.RegisterWork;
import vn.campaign.core.audit.AuditEntry;
import vn.campaign.core.campaign.CampaignDefinitions;
import vn.campaign.core.campaign.EventKind;
import vn.campaign.core.campaign.WorkKind;
import vn.campaign.core.registration.Event;
import vn.campaign.core.registration.EventDetails;
import vn.campaign.core.registration.Registration;
import vn.campaign.core.registration.RegistrationStatus;
import vn.campaign.core.registration.Work;
import vn.campaign.core.registration.WorkDetails;

/**
 * The review mutations as every role — anonymous, a viewer, the officer of the registration's unit (18070) and of
 * another unit (18076), the city's office, its leadership and its administrator — under a campaign reviewed in two
 * steps (office, then leadership): returning is for the reviewer of the step the registration waits for (and the
 * administrator at any step), another reviewer gets the user error REVIEW_STEP_NOT_YOURS, every other role a
 * top-level FORBIDDEN (UNAUTHORIZED when anonymous); resubmitting is for the unit and the administrator. Nothing
 * changes for a refused caller.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReviewRolesIT extends EmbeddedStoreTestBase {

    private static final String CAMPAIGN = "TEST-REVIEW-2022";
    private static final String UNIT = "18070";

    /** The callers, one per role. */
    enum Role {
        ANONYMOUS(() -> null, "anonymous"),
        VIEWER(TestTokens::viewer, "viewer.test"),
        OFFICER_OWN_UNIT(() -> TestTokens.unitOfficer(UNIT), "officer.18070"),
        OFFICER_OTHER_UNIT(() -> TestTokens.unitOfficer("18076"), "officer.18076"),
        CITY_OFFICE(() -> TestTokens.user("office.test", "CITY_OFFICE", null), "office.test"),
        CITY_LEADERSHIP(() -> TestTokens.user("leadership.test", "CITY_LEADERSHIP", null), "leadership.test"),
        CITY_ADMIN(TestTokens::cityAdmin, "admin.test");

        private final Supplier<@Nullable String> token;
        private final String subject;

        Role(Supplier<@Nullable String> token, String subject) {
            this.token = token;
            this.subject = subject;
        }
    }

    /** What a role gets. */
    enum Answer { SUCCESS, NOT_YOUR_STEP, FORBIDDEN, UNAUTHORIZED }

    @Autowired
    private WebApplicationContext context;

    @Autowired
    private CampaignPlatform platform;

    @BeforeAll
    void defineTheTwoStepCampaign() {
        platform.campaigns().save(CampaignDefinitions.parse(getClass().getResourceAsStream(
                "/definitions/two-step-review.yaml")).orThrow());
    }

    Stream<Arguments> everyReviewMutationAsEveryRole() {
        List<Arguments> all = new ArrayList<>();
        for (String mutation : List.of("returnWork", "returnEvent", "resubmitWork", "resubmitEvent",
                "approveWork at the second step")) {
            for (Role role : Role.values()) {
                all.add(Arguments.of(mutation, role));
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("everyReviewMutationAsEveryRole")
    void answersEachRoleAsTheReviewRulesSay(String mutation, Role role) {
        Registration target = switch (mutation) {
            case "returnWork" -> work(RegistrationStatus.REGISTERED);
            case "returnEvent" -> event(RegistrationStatus.REGISTERED);
            case "resubmitWork" -> work(RegistrationStatus.RETURNED);
            case "resubmitEvent" -> event(RegistrationStatus.RETURNED);
            default -> afterTheOffice(work(RegistrationStatus.REGISTERED));
        };
        Answer expected = expected(mutation, role);
        List<AuditEntry> trailBefore = platform.auditLog().findByObject(target.id().value());
        String name = mutation.split(" ")[0];

        Map<String, Object> response = call(name, role, target);

        switch (expected) {
            case SUCCESS -> {
                assertThat(response.get("errors")).as("errors").isNull();
                assertThat(GraphQlHttp.at(response, "data." + name + ".userErrors")).asList().isEmpty();
                String object = name.endsWith("Event") ? "event" : "work";
                RegistrationStatus status = name.startsWith("return") ? RegistrationStatus.RETURNED
                        : name.startsWith("resubmit") ? RegistrationStatus.REGISTERED : RegistrationStatus.APPROVED;
                assertThat(GraphQlHttp.at(response, "data." + name + "." + object + ".status")).isEqualTo(status.name());
                assertThat(GraphQlHttp.at(response, "data." + name + "." + object + ".version"))
                        .isEqualTo((int) target.version() + 1);
                List<AuditEntry> trail = platform.auditLog().findByObject(target.id().value());
                assertThat(trail.get(trail.size() - 1).actor()).isEqualTo(role.subject);
            }
            case NOT_YOUR_STEP -> {
                assertThat(response.get("errors")).as("errors").isNull();
                assertThat(GraphQlHttp.at(response, "data." + name + ".userErrors.0.code"))
                        .isEqualTo("REVIEW_STEP_NOT_YOURS");
                assertNothingChanged(target, trailBefore);
            }
            case FORBIDDEN, UNAUTHORIZED -> {
                assertThat(GraphQlHttp.classifications(response)).containsExactly(expected.name());
                assertThat(response).containsEntry("data", null);
                assertNothingChanged(target, trailBefore);
            }
        }
    }

    private static Answer expected(String mutation, Role role) {
        if (role == Role.ANONYMOUS) {
            return Answer.UNAUTHORIZED;
        }
        if (mutation.startsWith("resubmit")) {
            return role == Role.OFFICER_OWN_UNIT || role == Role.CITY_ADMIN ? Answer.SUCCESS : Answer.FORBIDDEN;
        }
        // a return waits for the office's step; the approval at the second step for the leadership's
        Role ownStep = mutation.startsWith("return") ? Role.CITY_OFFICE : Role.CITY_LEADERSHIP;
        return switch (role) {
            case CITY_ADMIN -> Answer.SUCCESS;
            case CITY_OFFICE, CITY_LEADERSHIP -> role == ownStep ? Answer.SUCCESS : Answer.NOT_YOUR_STEP;
            default -> Answer.FORBIDDEN;
        };
    }

    private Map<String, Object> call(String mutation, Role role, Registration target) {
        String inputType = Character.toUpperCase(mutation.charAt(0)) + mutation.substring(1) + "Input";
        String object = mutation.endsWith("Event") ? "event" : "work";
        Map<String, Object> input = new java.util.HashMap<>();
        input.put("id", target instanceof Work w ? GlobalId.of(w) : GlobalId.of((Event) target));
        input.put("expectedVersion", (int) target.version());
        if (mutation.startsWith("return")) {
            input.put("reason", "Bổ sung biên bản và ảnh");
        }
        String document = "mutation($input: " + inputType + "!) { " + mutation + "(input: $input) { " + object
                + " { id status version reviews { step decision reason } } userErrors { code field message } } }";
        return GraphQlHttp.post(SecuredEndpoint.withToken(context, role.token.get()).client(), document,
                Map.of("input", input));
    }

    private void assertNothingChanged(Registration target, List<AuditEntry> trailBefore) {
        assertThat(platform.registrations().findById(target.id())).contains(target);
        assertThat(platform.auditLog().findByObject(target.id().value())).isEqualTo(trailBefore);
    }

    // --- fixtures, written by the trusted program ---

    private static String name(String what) {
        return what + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    private Work work(RegistrationStatus status) {
        Work work = platform.registrationService().registerWork(new RegisterWork(CAMPAIGN, UNIT,
                WorkDetails.of(name("Khánh thành nhà văn hóa"), WorkKind.INAUGURATION, LocalDate.of(2022, 5, 19))))
                .value();
        return status == RegistrationStatus.RETURNED ? (Work) returned(work) : work;
    }

    private Event event(RegistrationStatus status) {
        Event event = platform.registrationService().registerEvent(new RegisterEvent(CAMPAIGN, UNIT,
                EventDetails.of(name("Giải bóng đá"), EventKind.SPORTS, LocalDate.of(2022, 6, 1), null))).value();
        return status == RegistrationStatus.RETURNED ? (Event) returned(event) : event;
    }

    private Registration returned(Registration r) {
        return platform.registrationService().changeStatus(ChangeStatus.returnForInformation(r.id().value(),
                r.version(), "Bổ sung hồ sơ")).value();
    }

    private Registration afterTheOffice(Registration r) {
        Registration checked = platform.registrationService().changeStatus(ChangeStatus.approve(r.id().value(),
                r.version())).value();
        assertThat(checked.status()).isEqualTo(RegistrationStatus.REGISTERED);
        return checked;
    }
}
