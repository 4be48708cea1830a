package vn.campaign.api.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.graphql.test.tester.GraphQlTester;

/** Connections of works and events: keyset cursors, totals, filters and search, and a unit's own lists. */
interface ConnectionsContract extends GraphQlApiContract {

    String PAGE = """
            query($s: String, $first: Int!, $after: String) {
              works(filter: {search: $s}, first: $first, after: $after) {
                totalCount
                edges { cursor node { name unit { code } } }
                pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
              }
            }""";

    @Test
    default void keepsACursorValidWhenWorksAreRegisteredBeforeAndAfterIt() {
        String t = token();
        for (String name : List.of("Cầu A", "Chợ C", "Đường D", "Ê-kíp E")) {
            registerWork("18070", name + " " + t);
        }
        registerWork("18073", "Ánh sáng B " + t);

        GraphQlTester.Response first = graphQl().document(PAGE).variable("s", t).variable("first", 2).execute();
        first.path("works.edges[*].node.name").entityList(String.class).containsExactly("Cầu A " + t, "Chợ C " + t);
        first.path("works.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(true);
        first.path("works.totalCount").entity(Integer.class).isEqualTo(5);
        String cursor = first.path("works.pageInfo.endCursor").entity(String.class).get();
        first.path("works.edges[1].cursor").entity(String.class).isEqualTo(cursor);

        registerWork("18070", "Bờ kè " + t);
        registerWork("18070", "Cống thoát nước " + t);

        List<String> rest = new ArrayList<>();
        String after = cursor;
        boolean more = true;
        while (more) {
            GraphQlTester.Response page = graphQl().document(PAGE).variable("s", t).variable("first", 2)
                    .variable("after", after).execute();
            page.path("works.pageInfo.hasPreviousPage").entity(Boolean.class).isEqualTo(true);
            page.path("works.totalCount").entity(Integer.class).isEqualTo(7);
            rest.addAll(page.path("works.edges[*].node.name").entityList(String.class).get());
            more = page.path("works.pageInfo.hasNextPage").entity(Boolean.class).get();
            after = page.path("works.pageInfo.endCursor").entity(String.class).get();
        }

        assertThat(rest).as("in order by unit, then folded name; nothing repeated or skipped")
                .containsExactly("Cống thoát nước " + t, "Đường D " + t, "Ê-kíp E " + t, "Ánh sáng B " + t);
    }

    @Test
    default void answersAnEmptyPageWithNullCursors() {
        graphQl().document(PAGE).variable("s", token()).variable("first", 5).execute()
                .path("works.totalCount").entity(Integer.class).isEqualTo(0)
                .path("works.edges").entityList(Object.class).hasSize(0)
                .path("works.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(false)
                .path("works.pageInfo.startCursor").valueIsNull()
                .path("works.pageInfo.endCursor").valueIsNull();
    }

    @Test
    default void searchesWorksIgnoringToneMarksCaseAndPunctuation() {
        String t = token();
        registerWork("18100", "Khánh thành Nhà văn hóa thôn Thạch Hạ " + t);
        registerWork("18100", "Khởi công Chợ Thạch Hà " + t);
        registerWork("18100", "Khánh thành đường Thạch Linh " + t);

        graphQl().document("""
                query($a: String, $b: String, $c: String) {
                  a: works(filter: {search: $a}, first: 10) { nodes { name } }
                  b: works(filter: {search: $b}, first: 10) { totalCount }
                  c: works(filter: {search: $c}, first: 10) { totalCount }
                }""")
                .variable("a", "nha van hoa thon thach ha " + t)
                .variable("b", "THẠCH HÀ " + t)
                .variable("c", "thạch-linh, " + t)
                .execute()
                .path("a.nodes[*].name").entityList(String.class)
                .containsExactly("Khánh thành Nhà văn hóa thôn Thạch Hạ " + t)
                .path("b.totalCount").entity(Integer.class).isEqualTo(2)
                .path("c.totalCount").entity(Integer.class).isEqualTo(1);
    }

    @Test
    default void filtersWorksByUnitKindStatusAndTaskAreaAndEventsByKind() {
        String t = token();
        String approved = registerWork("18082", "Khánh thành cổng chào " + t);
        registerWork("18082", "Khánh thành vườn hoa " + t);
        registerWork("18085", "Khánh thành bãi đỗ xe " + t);
        registerEvent("18082", "Giải cờ tướng " + t);
        change("approveWork", Map.of("id", approved, "expectedVersion", 0));

        graphQl().document("""
                query($s: String) {
                  approved: works(filter: {search: $s, unitCode: "18082", statuses: [APPROVED], kinds: [INAUGURATION],
                                           taskAreaCode: "URBAN", campaignCode: "CT32-2022"}, first: 10) { nodes { name } }
                  groundbreakings: works(filter: {search: $s, kinds: [GROUNDBREAKING]}, first: 10) { totalCount }
                  festivals: events(filter: {search: $s, kinds: [TRADITIONAL_FESTIVAL], unitCode: "18082"}, first: 10) {
                    totalCount nodes { name startsOn unit { code } campaign { code } }
                  }
                  sports: events(filter: {search: $s, kinds: [SPORTS]}, first: 10) { totalCount }
                }""").variable("s", t).execute()
                .path("approved.nodes[*].name").entityList(String.class).containsExactly("Khánh thành cổng chào " + t)
                .path("groundbreakings.totalCount").entity(Integer.class).isEqualTo(0)
                .path("festivals.totalCount").entity(Integer.class).isEqualTo(1)
                .path("festivals.nodes[0].unit.code").entity(String.class).isEqualTo("18082")
                .path("sports.totalCount").entity(Integer.class).isEqualTo(0);
    }

    @Test
    default void pagesThroughAUnitsOwnWorksAndEvents() {
        String t = token();
        for (String name : List.of("Cầu " + t, "Đường " + t, "Trường " + t)) {
            registerWork("18112", name);
        }
        registerEvent("18112", "Lễ hội " + t);

        GraphQlTester.Response first = graphQl().document("""
                {
                  unit(code: "18112") {
                    works(campaignCode: "CT32-2022", first: 100) { totalCount }
                    page: works(first: 1) { nodes { name } pageInfo { hasNextPage endCursor } }
                    events(first: 100) { totalCount nodes { name } }
                  }
                }""").execute();
        int total = first.path("unit.works.totalCount").entity(Integer.class).get();
        assertThat(total).isGreaterThanOrEqualTo(3);
        first.path("unit.events.nodes[*].name").entityList(String.class).contains("Lễ hội " + t);

        List<String> names = new ArrayList<>(first.path("unit.page.nodes[*].name").entityList(String.class).get());
        String after = first.path("unit.page.pageInfo.endCursor").entity(String.class).get();
        boolean more = first.path("unit.page.pageInfo.hasNextPage").entity(Boolean.class).get();
        while (more) {
            GraphQlTester.Response page = graphQl().document("""
                    query($after: String) { unit(code: "18112") { works(first: 2, after: $after) {
                      nodes { name } pageInfo { hasNextPage endCursor } } } }""").variable("after", after).execute();
            names.addAll(page.path("unit.works.nodes[*].name").entityList(String.class).get());
            more = page.path("unit.works.pageInfo.hasNextPage").entity(Boolean.class).get();
            after = page.path("unit.works.pageInfo.endCursor").entity(String.class).get();
        }

        assertThat(names).hasSize(total).doesNotHaveDuplicates().contains("Cầu " + t, "Đường " + t, "Trường " + t);
    }

    @Test
    default void listsTheWorksOfEveryWardInOneQuery() {
        String t = token();
        registerWork("18070", "Khánh thành A " + t);
        registerWork("18073", "Khánh thành B " + t);

        GraphQlTester.Response response = graphQl().document("""
                {
                  units(filter: {kinds: [WARD]}, first: 20) {
                    nodes { code works(campaignCode: "CT32-2022", first: 100) { totalCount nodes { name unit { code } } } }
                  }
                }""").execute();

        List<String> codes = response.path("units.nodes[*].code").entityList(String.class).get();
        assertThat(codes).hasSize(10);
        List<Map<String, Object>> wards = response.path("units.nodes").entity(
                new org.springframework.core.ParameterizedTypeReference<List<Map<String, Object>>>() { }).get();
        for (Map<String, Object> ward : wards) {
            Map<?, ?> works = (Map<?, ?>) ward.get("works");
            assertThat((List<?>) works.get("nodes")).allSatisfy(w ->
                    assertThat(((Map<?, ?>) ((Map<?, ?>) w).get("unit")).get("code")).isEqualTo(ward.get("code")));
        }
        assertThat(wards.stream().filter(w -> w.get("code").equals("18070")).findFirst().orElseThrow().get("works"))
                .asString().contains("Khánh thành A " + t);
    }
}
