package vn.campaign.api.security;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.campaign.api.security.Caller.ANONYMOUS;
import static vn.campaign.api.security.Caller.CITY_ADMIN;
import static vn.campaign.api.security.Caller.OFFICER_18070;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
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
import vn.campaign.core.audit.AuditAction;
import vn.campaign.core.audit.AuditEntry;
import vn.campaign.core.campaign.Directive32;
import vn.campaign.core.campaign.EventKind;
import vn.campaign.core.campaign.TaskAreaCode;
import vn.campaign.core.campaign.WorkKind;
import vn.campaign.core.registration.Event;
import vn.campaign.core.registration.EventDetails;
import vn.campaign.core.registration.NaturalKey;
import vn.campaign.core.registration.Registration;
import vn.campaign.core.registration.RegistrationStatus;
import vn.campaign.core.registration.Work;
import vn.campaign.core.registration.WorkDetails;
import vn.campaign.core.text.VietnameseText;
import vn.campaign.core.unit.UnitCode;

/**
 * Every mutation, as every caller — anonymous, a viewer, the officer of the registration's unit (18070), the
 * officer of another unit (18076) and a city administrator — on a registration of Phường Trần Phú (18070):
 * the allowed callers get the success payload and an audit entry under their name; the others get a
 * top-level UNAUTHORIZED (anonymous) or FORBIDDEN error with {@code data} null, and nothing changes. Each
 * mutation also answers a broken rule, by an allowed caller, with {@code userErrors} and stores nothing.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MutationRolesIT extends EmbeddedStoreTestBase {

    private static final String CT32 = "CT32-2022";
    private static final String UNIT = "18070";
    private static final Set<Caller> OWN_UNIT = EnumSet.of(OFFICER_18070, CITY_ADMIN);
    private static final Set<Caller> CITY = EnumSet.of(CITY_ADMIN);
    /**
     * The mutations whose roles other tests hold, each for every caller: administration
     * ({@code vn.campaign.api.admin.AdministrationIT}), closing ({@code vn.campaign.api.closing.ClosingIT}),
     * commendation ({@code vn.campaign.api.commendation.CommendationIT}), the inbox
     * ({@code vn.campaign.api.notifications.NotificationsIT}) and the plaque register
     * ({@code vn.campaign.api.plaque.PlaqueRegisterIT}).
     */
    private static final Set<String> ADMINISTRATION = Set.of("defineCampaign", "openCampaign", "copyCampaign",
            "defineUnit", "renameUnit", "mergeUnits", "closeCampaign", "reopenCampaign", "proposeCommendation",
            "approveCommendation", "returnCommendation", "rejectCommendation", "resubmitCommendation",
            "decideCommendations", "markNotificationsRead", "linkPlaqueWork", "unlinkPlaqueWork");

    @Autowired
    private WebApplicationContext context;

    @Autowired
    private CampaignPlatform platform;

    /**
     * A mutation's cases.
     *
     * @param allowed the callers the access rules let through
     * @param success prepares the input of a call that succeeds, creating what it acts on
     * @param status  the status of the changed work or event, or {@code null} for a progress report
     * @param version its version after the change
     * @param action  what the audit trail records
     * @param broken  prepares the input of a call that breaks a business rule
     * @param code    the rule it breaks
     */
    record Case(Set<Caller> allowed, Supplier<Prepared> success, @Nullable RegistrationStatus status, int version,
            AuditAction action, Supplier<Prepared> broken, String code) {
    }

    /**
     * A call's input and the registration it acts on.
     *
     * @param input  the mutation's input
     * @param target the registration, or {@code null} when the call creates one or reports progress
     */
    record Prepared(Map<String, Object> input, @Nullable Registration target) {
    }

    private Map<String, Case> cases() {
        Map<String, Case> cases = new LinkedHashMap<>();
        cases.put("registerWork", new Case(OWN_UNIT, () -> new Prepared(registerWorkInput(), null),
                RegistrationStatus.REGISTERED, 0, AuditAction.REGISTER,
                () -> new Prepared(with(registerWorkInput(), "plannedOn", "2022-07-01"), null), "DATE_OUTSIDE_CAMPAIGN"));
        cases.put("registerEvent", new Case(OWN_UNIT, () -> new Prepared(registerEventInput(), null),
                RegistrationStatus.REGISTERED, 0, AuditAction.REGISTER,
                () -> new Prepared(with(registerEventInput(), "endsOn", "2022-05-01"), null), "EVENT_ENDS_BEFORE_START"));
        cases.put("updateWork", new Case(OWN_UNIT, () -> on(work(RegistrationStatus.REGISTERED), "location", "Tổ dân phố 3"),
                RegistrationStatus.REGISTERED, 1, AuditAction.UPDATE,
                () -> withVersion(on(work(RegistrationStatus.REGISTERED), "location", "Tổ 4"), 5), "CONFLICT"));
        cases.put("updateEvent", new Case(OWN_UNIT, () -> on(event(RegistrationStatus.REGISTERED), "venue", "Quảng trường"),
                RegistrationStatus.REGISTERED, 1, AuditAction.UPDATE,
                () -> on(event(RegistrationStatus.REGISTERED), "name", null), "REQUIRED"));
        cases.put("approveWork", new Case(CITY, () -> on(work(RegistrationStatus.REGISTERED)),
                RegistrationStatus.APPROVED, 1, AuditAction.APPROVE,
                () -> on(work(RegistrationStatus.APPROVED)), "ILLEGAL_TRANSITION"));
        cases.put("rejectWork", new Case(CITY, () -> on(work(RegistrationStatus.REGISTERED), "reason", "Thiếu hồ sơ"),
                RegistrationStatus.REJECTED, 1, AuditAction.REJECT,
                () -> on(work(RegistrationStatus.REGISTERED)), "REASON_REQUIRED"));
        cases.put("completeWork", new Case(CITY, () -> on(work(RegistrationStatus.APPROVED), "actualOn", "2022-06-10"),
                RegistrationStatus.COMPLETED, 2, AuditAction.COMPLETE,
                () -> on(work(RegistrationStatus.APPROVED)), "ACTUAL_DATE_REQUIRED"));
        cases.put("cancelWork", new Case(OWN_UNIT, () -> on(work(RegistrationStatus.REGISTERED), "reason", "Đổi kế hoạch"),
                RegistrationStatus.CANCELLED, 1, AuditAction.CANCEL,
                () -> on(work(RegistrationStatus.COMPLETED)), "ILLEGAL_TRANSITION"));
        cases.put("approveEvent", new Case(CITY, () -> on(event(RegistrationStatus.REGISTERED)),
                RegistrationStatus.APPROVED, 1, AuditAction.APPROVE,
                () -> withVersion(on(event(RegistrationStatus.REGISTERED)), 7), "CONFLICT"));
        cases.put("rejectEvent", new Case(CITY, () -> on(event(RegistrationStatus.REGISTERED), "reason", "Trùng lịch"),
                RegistrationStatus.REJECTED, 1, AuditAction.REJECT,
                () -> on(event(RegistrationStatus.REGISTERED)), "REASON_REQUIRED"));
        cases.put("completeEvent", new Case(CITY, () -> on(event(RegistrationStatus.APPROVED), "actualOn", "2022-06-02"),
                RegistrationStatus.COMPLETED, 2, AuditAction.COMPLETE,
                () -> on(event(RegistrationStatus.REGISTERED), "actualOn", "2022-06-02"), "ILLEGAL_TRANSITION"));
        cases.put("cancelEvent", new Case(OWN_UNIT, () -> on(event(RegistrationStatus.REGISTERED)),
                RegistrationStatus.CANCELLED, 1, AuditAction.CANCEL,
                () -> on(event(RegistrationStatus.REJECTED)), "ILLEGAL_TRANSITION"));
        cases.put("awardPlaque", new Case(CITY, () -> on(work(RegistrationStatus.APPROVED), "awardedBy", "436"),
                RegistrationStatus.APPROVED, 2, AuditAction.AWARD_PLAQUE,
                () -> on(work(RegistrationStatus.APPROVED), "awardedBy", UNIT), "PLAQUE_NOT_BY_CITY"));
        cases.put("returnWork", new Case(CITY, () -> on(work(RegistrationStatus.REGISTERED), "reason", "Bổ sung ảnh"),
                RegistrationStatus.RETURNED, 1, AuditAction.RETURN,
                () -> on(work(RegistrationStatus.REGISTERED), "reason", " "), "REASON_REQUIRED"));
        cases.put("resubmitWork", new Case(OWN_UNIT, () -> on(work(RegistrationStatus.RETURNED)),
                RegistrationStatus.REGISTERED, 2, AuditAction.RESUBMIT,
                () -> on(work(RegistrationStatus.REGISTERED)), "ILLEGAL_TRANSITION"));
        cases.put("returnEvent", new Case(CITY, () -> on(event(RegistrationStatus.REGISTERED), "reason", "Bổ sung kế hoạch"),
                RegistrationStatus.RETURNED, 1, AuditAction.RETURN,
                () -> on(event(RegistrationStatus.APPROVED), "reason", "Bổ sung"), "ILLEGAL_TRANSITION"));
        cases.put("resubmitEvent", new Case(OWN_UNIT, () -> on(event(RegistrationStatus.RETURNED)),
                RegistrationStatus.REGISTERED, 2, AuditAction.RESUBMIT,
                () -> withVersion(on(event(RegistrationStatus.RETURNED)), 0), "CONFLICT"));
        cases.put("recordProgress", new Case(OWN_UNIT, () -> new Prepared(progressInput("12"), null),
                null, 0, AuditAction.REPORT_PROGRESS,
                () -> new Prepared(progressInput("-1"), null), "PROGRESS_NEGATIVE"));
        return cases;
    }

    Stream<Arguments> everyMutationAsEveryCaller() {
        List<Arguments> all = new ArrayList<>();
        for (String mutation : cases().keySet()) {
            for (Caller caller : Caller.values()) {
                all.add(Arguments.of(mutation, caller));
            }
        }
        return all.stream();
    }

    Stream<String> everyMutation() {
        return cases().keySet().stream();
    }

    @Test
    void coversEveryMutationOfTheSchema() {
        Map<String, Object> response = GraphQlHttp.post(SecuredEndpoint.as(context, ANONYMOUS).client(),
                "{ __schema { mutationType { fields { name } } } }", Map.of());
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> fields = (List<Map<String, Object>>) GraphQlHttp.at(response,
                "data.__schema.mutationType.fields");

        assertThat(fields).extracting(f -> f.get("name")).filteredOn(name -> !ADMINISTRATION.contains(name))
                .containsExactlyInAnyOrderElementsOf(cases().keySet());
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("everyMutationAsEveryCaller")
    void answersEachCallerAsTheAccessRulesSay(String mutation, Caller caller) {
        Case c = cases().get(mutation);
        Prepared prepared = c.success().get();
        int reportsBefore = progressReports();
        List<AuditEntry> trailBefore = trail(prepared.target());

        Map<String, Object> response = call(mutation, caller, prepared.input());

        if (c.allowed().contains(caller)) {
            assertThat(response.get("errors")).as("errors").isNull();
            assertThat(GraphQlHttp.at(response, "data." + mutation + ".userErrors")).asList().isEmpty();
            String object = objectOf(mutation);
            if (c.status() != null) {
                assertThat(GraphQlHttp.at(response, "data." + mutation + "." + object + ".status"))
                        .isEqualTo(c.status().name());
                assertThat(GraphQlHttp.at(response, "data." + mutation + "." + object + ".version"))
                        .isEqualTo(c.version());
                String id = (String) GraphQlHttp.at(response, "data." + mutation + "." + object + ".id");
                String uuid = GlobalId.decode(id).orElseThrow().key();
                List<AuditEntry> trail = platform.auditLog().findByObject(uuid);
                assertThat(trail.get(trail.size() - 1)).satisfies(entry -> {
                    assertThat(entry.actor()).isEqualTo(subjectOf(caller));
                    assertThat(entry.action()).isEqualTo(c.action());
                });
            } else {
                assertThat(GraphQlHttp.at(response, "data." + mutation + ".progressReport.unit.code")).isEqualTo(UNIT);
                assertThat(progressReports()).isEqualTo(reportsBefore + 1);
            }
        } else {
            assertThat(GraphQlHttp.classifications(response))
                    .containsExactly(caller == ANONYMOUS ? "UNAUTHORIZED" : "FORBIDDEN");
            assertThat(GraphQlHttp.at(response, "errors.0.path")).isEqualTo(List.of(mutation));
            assertThat(GraphQlHttp.at(response, "errors.0.extensions.code"))
                    .isEqualTo(caller == ANONYMOUS ? "UNAUTHORIZED" : "FORBIDDEN");
            assertThat(response).containsEntry("data", null);
            assertNothingChanged(prepared, reportsBefore, trailBefore);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyMutation")
    void answersABrokenRuleWithUserErrorsAndStoresNothing(String mutation) {
        Case c = cases().get(mutation);
        Prepared prepared = c.broken().get();
        int reportsBefore = progressReports();
        List<AuditEntry> trailBefore = trail(prepared.target());
        Caller caller = c.allowed().contains(OFFICER_18070) ? OFFICER_18070 : CITY_ADMIN;

        Map<String, Object> response = call(mutation, caller, prepared.input());

        assertThat(response.get("errors")).as("errors").isNull();
        assertThat(GraphQlHttp.at(response, "data." + mutation + "." + objectOf(mutation))).isNull();
        assertThat(GraphQlHttp.at(response, "data." + mutation + ".userErrors.0.code")).isEqualTo(c.code());
        assertNothingChanged(prepared, reportsBefore, trailBefore);
    }

    @Test
    void refusesAnOfficerWritingForAnotherUnitEvenWhenTheWorkIsPublic() {
        Prepared approved = on(work(RegistrationStatus.APPROVED), "location", "Đổi chỗ");

        Map<String, Object> response = call("updateWork", Caller.OFFICER_18076, approved.input());

        assertThat(GraphQlHttp.classifications(response)).containsExactly("FORBIDDEN");
        assertThat((String) GraphQlHttp.at(response, "errors.0.message")).isEqualTo("You are not allowed to act for unit 18070.");
        assertThat((String) GraphQlHttp.at(response, "errors.0.extensions.messageVi"))
                .isEqualTo("Bạn không có quyền làm thay đơn vị 18070.");
    }

    @Test
    void refusesAnAnonymousWriteBeforeLookingAnythingUp() {
        Map<String, Object> response = call("approveWork", ANONYMOUS,
                Map.of("id", new GlobalId("Work", UUID.randomUUID().toString()).encode(), "expectedVersion", 0));

        assertThat(GraphQlHttp.classifications(response)).containsExactly("UNAUTHORIZED");
        assertThat((String) GraphQlHttp.at(response, "errors.0.message")).isEqualTo("Sign in to do this.");
    }

    // --- calls ---

    private Map<String, Object> call(String mutation, Caller caller, Map<String, Object> input) {
        String inputType = Character.toUpperCase(mutation.charAt(0)) + mutation.substring(1) + "Input";
        String object = objectOf(mutation);
        String fields = object.equals("progressReport") ? "unit { code } value" : "id status version";
        String document = "mutation($input: " + inputType + "!) { " + mutation + "(input: $input) { " + object + " { "
                + fields + " } userErrors { code field } } }";
        return GraphQlHttp.post(SecuredEndpoint.as(context, caller).client(), document, Map.of("input", input));
    }

    private static String objectOf(String mutation) {
        if (mutation.equals("recordProgress")) {
            return "progressReport";
        }
        return mutation.endsWith("Event") ? "event" : "work";
    }

    private static String subjectOf(Caller caller) {
        return switch (caller) {
            case CITY_ADMIN -> "admin.test";
            case OFFICER_18070 -> "officer.18070";
            case OFFICER_18076 -> "officer.18076";
            case VIEWER -> "viewer.test";
            case ANONYMOUS -> "anonymous";
        };
    }

    private void assertNothingChanged(Prepared prepared, int reportsBefore, List<AuditEntry> trailBefore) {
        Registration target = prepared.target();
        if (target != null) {
            assertThat(platform.registrations().findById(target.id())).contains(target);
            assertThat(trail(target)).isEqualTo(trailBefore);
        } else if (prepared.input().containsKey("name")) {
            String name = (String) prepared.input().get("name");
            assertThat(platform.registrations().findByNaturalKey(new NaturalKey(Directive32.CODE, new UnitCode(UNIT),
                    VietnameseText.fold(name)))).isEmpty();
        }
        assertThat(progressReports()).isEqualTo(reportsBefore);
    }

    private List<AuditEntry> trail(@Nullable Registration target) {
        return target == null ? List.of() : platform.auditLog().findByObject(target.id().value());
    }

    private int progressReports() {
        return platform.progressReports().findByCampaign(Directive32.CODE).size();
    }

    // --- fixtures, written by the trusted program ---

    private static String name(String what) {
        return what + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    private static Map<String, Object> registerWorkInput() {
        return new HashMap<>(Map.of("campaignCode", CT32, "unitCode", UNIT, "name", name("Khánh thành cầu"),
                "kind", "INAUGURATION", "plannedOn", "2022-05-19", "taskAreaCode", "URBAN"));
    }

    private static Map<String, Object> registerEventInput() {
        return new HashMap<>(Map.of("campaignCode", CT32, "unitCode", UNIT, "name", name("Hội diễn văn nghệ"),
                "kind", "CULTURAL", "startsOn", "2022-06-01", "taskAreaCode", "CULTURE"));
    }

    private static Map<String, Object> progressInput(String value) {
        return new HashMap<>(Map.of("campaignCode", CT32, "targetCode", "URBAN_TREES", "unitCode", UNIT,
                "reportedOn", "2022-05-02", "value", value));
    }

    private static Map<String, Object> with(Map<String, Object> input, String key, @Nullable Object value) {
        input.put(key, value);
        return input;
    }

    private static Prepared on(Registration target, Object... keysAndValues) {
        Map<String, Object> input = new HashMap<>();
        input.put("id", target instanceof Work w ? GlobalId.of(w) : GlobalId.of((Event) target));
        input.put("expectedVersion", (int) target.version());
        for (int i = 0; i < keysAndValues.length; i += 2) {
            input.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return new Prepared(input, target);
    }

    private static Prepared withVersion(Prepared prepared, int version) {
        prepared.input().put("expectedVersion", version);
        return prepared;
    }

    private Work work(RegistrationStatus status) {
        Work work = platform.registrationService().registerWork(new RegisterWork(CT32, UNIT,
                WorkDetails.of(name("Khánh thành nhà văn hóa"), WorkKind.INAUGURATION, LocalDate.of(2022, 5, 19))
                        .withTaskArea(new TaskAreaCode("URBAN")))).value();
        return (Work) bring(work, status);
    }

    private Event event(RegistrationStatus status) {
        Event event = platform.registrationService().registerEvent(new RegisterEvent(CT32, UNIT,
                EventDetails.of(name("Giải bóng đá"), EventKind.SPORTS, LocalDate.of(2022, 6, 1), null))).value();
        return (Event) bring(event, status);
    }

    private Registration bring(Registration registration, RegistrationStatus status) {
        String id = registration.id().value();
        Registration current = registration;
        switch (status) {
            case REGISTERED -> {
            }
            case APPROVED -> current = change(ChangeStatus.approve(id, 0));
            case COMPLETED -> {
                change(ChangeStatus.approve(id, 0));
                current = change(ChangeStatus.complete(id, 1, LocalDate.of(2022, 6, 5)));
            }
            case REJECTED -> current = change(ChangeStatus.reject(id, 0, "Không phù hợp"));
            case CANCELLED -> current = change(ChangeStatus.cancel(id, 0, null));
            case RETURNED -> current = change(ChangeStatus.returnForInformation(id, 0, "Bổ sung hồ sơ"));
        }
        return current;
    }

    private Registration change(ChangeStatus command) {
        return platform.registrationService().changeStatus(command).value();
    }
}
