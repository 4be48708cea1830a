package vn.campaign.api.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.web.context.WebApplicationContext;

import vn.campaign.api.graphql.GlobalId;
import vn.campaign.api.support.EmbeddedStoreTestBase;
import vn.campaign.core.access.AccessPolicy;
import vn.campaign.core.access.Actor;
import vn.campaign.core.access.Role;
import vn.campaign.core.access.Visibility;
import vn.campaign.core.application.CampaignPlatform;
import vn.campaign.core.application.ChangeStatus;
import vn.campaign.core.application.RegisterEvent;
import vn.campaign.core.application.RegisterWork;
import vn.campaign.core.campaign.Directive32;
import vn.campaign.core.campaign.EventKind;
import vn.campaign.core.campaign.TaskAreaCode;
import vn.campaign.core.campaign.WorkKind;
import vn.campaign.core.registration.Event;
import vn.campaign.core.registration.EventDetails;
import vn.campaign.core.registration.Registration;
import vn.campaign.core.registration.Work;
import vn.campaign.core.registration.WorkDetails;
import vn.campaign.core.unit.UnitCode;

/**
 * What each caller reads: anonymous callers see approved and completed works and events only; a unit
 * officer also sees every one of their own unit; viewers and the city see everything. The rule holds in
 * the lists, their totals and their pages, in {@code node(id:)}, and in the lists nested under a unit —
 * because the store applies it in its query, not after it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReadVisibilityIT extends EmbeddedStoreTestBase {

    private static final String CT32 = "CT32-2022";
    private static final String TOKEN = "vis" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);

    @Autowired
    private WebApplicationContext context;

    @Autowired
    private CampaignPlatform platform;

    private Work registered18070;
    private Work approved18070;
    private Work registered18076;

    @BeforeAll
    void registerWorksAndEventsInEveryStatusInTwoWards() {
        registered18070 = work("18070", "Đã đăng ký A");
        approved18070 = (Work) change(ChangeStatus.approve(work("18070", "Đã duyệt B").id().value(), 0));
        change(ChangeStatus.reject(work("18070", "Bị từ chối C").id().value(), 0, "Thiếu hồ sơ"));
        registered18076 = work("18076", "Đã đăng ký D");
        String completed = work("18076", "Đã hoàn thành E").id().value();
        change(ChangeStatus.approve(completed, 0));
        change(ChangeStatus.complete(completed, 1, LocalDate.of(2022, 6, 1)));
        change(ChangeStatus.cancel(work("18076", "Đã hủy F").id().value(), 0, null));

        event("18070", "Lễ hội đã đăng ký G");
        change(ChangeStatus.approve(event("18076", "Lễ hội đã duyệt H").id().value(), 0));
    }

    @ParameterizedTest
    @EnumSource(Caller.class)
    void listsAndCountsOnlyTheWorksTheCallerMaySee(Caller caller) {
        Map<String, Object> response = post(caller, """
                query($s: String) { works(filter: {search: $s}, first: 100) { totalCount nodes { name status unit { code } } } }""",
                Map.of("s", TOKEN));

        List<String> expected = switch (caller) {
            case ANONYMOUS -> List.of("B", "E");
            case OFFICER_18070 -> List.of("A", "B", "C", "E");
            case OFFICER_18076 -> List.of("B", "D", "E", "F");
            case VIEWER, CITY_ADMIN -> List.of("A", "B", "C", "D", "E", "F");
        };
        assertThat(letters(GraphQlHttp.at(response, "data.works.nodes"))).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(GraphQlHttp.at(response, "data.works.totalCount")).isEqualTo(expected.size());
    }

    @ParameterizedTest
    @EnumSource(Caller.class)
    void pagesThroughExactlyTheVisibleWorksOneByOne(Caller caller) {
        List<String> seen = new ArrayList<>();
        String after = null;
        Map<String, Object> page;
        do {
            page = post(caller, """
                    query($s: String, $after: String) {
                      works(filter: {search: $s}, first: 1, after: $after) { totalCount nodes { name } pageInfo { hasNextPage endCursor } }
                    }""", after == null ? Map.of("s", TOKEN) : Map.of("s", TOKEN, "after", after));
            seen.addAll(letters(GraphQlHttp.at(page, "data.works.nodes")));
            after = (String) GraphQlHttp.at(page, "data.works.pageInfo.endCursor");
        } while (Boolean.TRUE.equals(GraphQlHttp.at(page, "data.works.pageInfo.hasNextPage")));

        assertThat(seen).hasSize(((Number) GraphQlHttp.at(page, "data.works.totalCount")).intValue())
                .doesNotHaveDuplicates();
        assertThat(seen.size()).isEqualTo(caller == Caller.ANONYMOUS ? 2 : caller.name().startsWith("OFFICER") ? 4 : 6);
    }

    @ParameterizedTest
    @EnumSource(Caller.class)
    void listsOnlyTheEventsTheCallerMaySee(Caller caller) {
        Map<String, Object> response = post(caller, """
                query($s: String) { events(filter: {search: $s}, first: 100) { totalCount nodes { name } } }""",
                Map.of("s", TOKEN));

        List<String> expected = caller == Caller.ANONYMOUS || caller == Caller.OFFICER_18076 ? List.of("H")
                : List.of("G", "H");
        assertThat(letters(GraphQlHttp.at(response, "data.events.nodes"))).containsExactlyElementsOf(expected);
        assertThat(GraphQlHttp.at(response, "data.events.totalCount")).isEqualTo(expected.size());
    }

    @Test
    void findsAnUnapprovedWorkByIdOnlyForItsUnitViewersAndTheCity() {
        String id = GlobalId.of(registered18070);
        String query = "query($id: ID!) { node(id: $id) { id ... on Work { name status } } }";

        assertThat(GraphQlHttp.at(post(Caller.ANONYMOUS, query, Map.of("id", id)), "data.node")).isNull();
        assertThat(GraphQlHttp.at(post(Caller.OFFICER_18076, query, Map.of("id", id)), "data.node")).isNull();
        assertThat(GraphQlHttp.at(post(Caller.OFFICER_18070, query, Map.of("id", id)), "data.node.id")).isEqualTo(id);
        assertThat(GraphQlHttp.at(post(Caller.VIEWER, query, Map.of("id", id)), "data.node.id")).isEqualTo(id);
        assertThat(GraphQlHttp.at(post(Caller.CITY_ADMIN, query, Map.of("id", id)), "data.node.id")).isEqualTo(id);
        assertThat(post(Caller.ANONYMOUS, query, Map.of("id", id))).doesNotContainKey("errors");
    }

    @Test
    void findsAnApprovedWorkByIdForEveryone() {
        String id = GlobalId.of(approved18070);

        for (Caller caller : Caller.values()) {
            assertThat(GraphQlHttp.at(post(caller, "query($id: ID!) { node(id: $id) { id } }", Map.of("id", id)),
                    "data.node.id")).as(caller.name()).isEqualTo(id);
        }
    }

    @ParameterizedTest
    @EnumSource(Caller.class)
    void countsAUnitsNestedWorksAsTheAccessPolicySaysWhateverElseTheStoreHolds(Caller caller) {
        Map<String, Object> response = post(caller, """
                { tranPhu: unit(code: "18070") { works(campaignCode: "CT32-2022", first: 100) { totalCount nodes { id } } }
                  bacHa: unit(code: "18076") { works(campaignCode: "CT32-2022", first: 100) { totalCount nodes { id } } } }""",
                Map.of());
        Visibility visibility = AccessPolicy.visibility(actorOf(caller));

        for (Map.Entry<String, String> unit : Map.of("tranPhu", "18070", "bacHa", "18076").entrySet()) {
            List<Registration> stored = platform.registrations()
                    .findByCampaignAndUnit(Directive32.CODE, new UnitCode(unit.getValue())).stream()
                    .filter(Work.class::isInstance).toList();
            long visible = stored.stream().filter(visibility::canSee).count();
            assertThat(stored.size()).as("some works of " + unit.getValue() + " are hidden from someone")
                    .isGreaterThan(2);
            assertThat(GraphQlHttp.at(response, "data." + unit.getKey() + ".works.totalCount")).as(unit.getValue())
                    .isEqualTo((int) visible);
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> nodes = (List<Map<String, Object>>) GraphQlHttp.at(response,
                    "data." + unit.getKey() + ".works.nodes");
            assertThat(nodes).hasSize((int) Math.min(100, visible));
        }
    }

    @Test
    void hidesAnotherUnitsUnapprovedWorkReachedThroughAnApprovedOnesUnit() {
        Map<String, Object> response = post(Caller.OFFICER_18070, """
                query($id: ID!) { node(id: $id) { ... on Work { unit { works(first: 100) { nodes { id } } } } } }""",
                Map.of("id", GlobalId.of(publicWorkOf18076())));

        @SuppressWarnings("unchecked")
        List<Map<String, Object>> nodes = (List<Map<String, Object>>) GraphQlHttp.at(response, "data.node.unit.works.nodes");
        assertThat(nodes).extracting(n -> n.get("id")).doesNotContain(GlobalId.of(registered18076)).isNotEmpty();
    }

    @ParameterizedTest
    @EnumSource(Caller.class)
    void showsTheComplianceSummaryToEveryone(Caller caller) {
        Map<String, Object> response = post(caller, """
                { campaign(code: "CT32-2022") { compliance { requiredUnits compliantUnits
                    units { unit { code } obligations { status approved pending } } } } }""", Map.of());

        assertThat(response).doesNotContainKey("errors");
        assertThat(GraphQlHttp.at(response, "data.campaign.compliance.requiredUnits")).isEqualTo(15);
    }

    private Work publicWorkOf18076() {
        return (Work) platform.registrations().findByCampaignAndUnit(Directive32.CODE, new UnitCode("18076")).stream()
                .filter(r -> r instanceof Work && r.name().contains(TOKEN) && r.name().contains(" E "))
                .findFirst().orElseThrow();
    }

    private Map<String, Object> post(Caller caller, String document, Map<String, ?> variables) {
        return GraphQlHttp.post(SecuredEndpoint.as(context, caller).client(), document, variables);
    }

    /** The letter each test registration's name carries ("Đã duyệt B vis…" → "B"). */
    @SuppressWarnings("unchecked")
    private static List<String> letters(@Nullable Object nodes) {
        return ((List<Map<String, Object>>) nodes).stream().map(n -> (String) n.get("name"))
                .map(name -> name.substring(0, name.indexOf(" " + TOKEN)))
                .map(name -> name.substring(name.lastIndexOf(' ') + 1)).toList();
    }

    private static Actor actorOf(Caller caller) {
        return switch (caller) {
            case ANONYMOUS -> Actor.anonymous();
            case VIEWER -> new Actor.User("viewer.test", Role.VIEWER, null);
            case OFFICER_18070 -> new Actor.User("officer.18070", Role.UNIT_OFFICER, new UnitCode("18070"));
            case OFFICER_18076 -> new Actor.User("officer.18076", Role.UNIT_OFFICER, new UnitCode("18076"));
            case CITY_ADMIN -> new Actor.User("admin.test", Role.CITY_ADMIN, null);
        };
    }

    private Work work(String unit, String name) {
        return platform.registrationService().registerWork(new RegisterWork(CT32, unit,
                WorkDetails.of(name + " " + TOKEN, WorkKind.INAUGURATION, LocalDate.of(2022, 5, 20))
                        .withTaskArea(new TaskAreaCode("URBAN")))).value();
    }

    private Event event(String unit, String name) {
        return platform.registrationService().registerEvent(new RegisterEvent(CT32, unit,
                EventDetails.of(name + " " + TOKEN, EventKind.TRADITIONAL_FESTIVAL, LocalDate.of(2022, 6, 1), null)))
                .value();
    }

    private Registration change(ChangeStatus command) {
        return platform.registrationService().changeStatus(command).value();
    }
}
