package vn.campaign.api.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.GraphQlTester;

/** The read side: campaigns with everything hanging off them, units, and node(id:). */
interface CampaignQueriesContract extends GraphQlApiContract {

    @Test
    default void listsTheDirective32CampaignWithItsPeriodDirectiveAndOrganiser() {
        GraphQlTester.Response response = graphQl().document("""
                {
                  campaigns { code }
                  campaign(code: "CT32-2022") {
                    code name nameEn startsOn endsOn
                    directive { number issuedOn issuer }
                    organiser { code name kind }
                    anniversaries { since celebratedOn years }
                    plaqueWorks { name }
                  }
                }""").execute();

        response.path("campaigns[*].code").entityList(String.class).contains(CT32);
        response.path("campaign.startsOn").entity(String.class).isEqualTo("2022-04-01");
        response.path("campaign.endsOn").entity(String.class).isEqualTo("2022-06-15");
        response.path("campaign.directive.number").entity(String.class).isEqualTo("32-CT/Th.Uy");
        response.path("campaign.directive.issuedOn").entity(String.class).isEqualTo("2022-04-08");
        response.path("campaign.organiser.name").entity(String.class).isEqualTo("Thành phố Hà Tĩnh");
        response.path("campaign.organiser.kind").entity(String.class).isEqualTo("CITY");
        response.path("campaign.anniversaries[*].years").entityList(Integer.class).contains(65, 15);
    }

    @Test
    default void showsTheDirectivesTextWithEveryKeyTaskTiedToItAndTheDocumentsAsARegister() {
        GraphQlTester.Response response = graphQl().document("""
                {
                  campaign(code: "CT32-2022") {
                    sourceText
                    purpose { text source { start end } interpretation }
                    periodSource { start end }
                    periodInterpretation
                    plaqueWorksComplete
                    plaqueText
                    documents { id number kind kindLabel issuer issuedOn title displayName source { start end } }
                    taskAreas {
                      code label
                      keyTasks { text source { start end } interpretation label
                                 documents { number kind issuer issuedOn title } }
                    }
                    obligations { code appliesTo source { start end } interpretation }
                    targets { code goal source { start end } interpretation }
                    plaqueWorks { name source { start end } }
                  }
                }""").execute();

        String text = response.path("campaign.sourceText").entity(String.class).get();
        assertThat(text).startsWith("Thiết thực lập thành tích chào mừng kỷ niệm 65 năm Ngày Bác Hồ về thăm Hà Tĩnh");
        List<Map<String, Object>> tasks = response.path("campaign.taskAreas[*].keyTasks[*]").entity(
                new org.springframework.core.ParameterizedTypeReference<List<Map<String, Object>>>() { }).get();
        assertThat(tasks).hasSize(27).allSatisfy(task -> {
            Map<?, ?> span = (Map<?, ?>) task.get("source");
            assertThat(text.substring((Integer) span.get("start"), (Integer) span.get("end")))
                    .as("a key task quotes its span").isEqualTo(task.get("text"));
            assertThat(task.get("interpretation")).isNull();
            assertThat(task.get("label")).isEqualTo(false);
        });
        response.path("campaign.taskAreas[*].label").entityList(Boolean.class).containsExactly(
                true, true, true, true, true, true, true);
        response.path("campaign.taskAreas[1].keyTasks[0].documents[*].number").entityList(String.class)
                .containsExactly("09-KL/TU", "374", "36/2021/NQ-HĐND");
        response.path("campaign.taskAreas[1].keyTasks[0].documents[0].kind").entity(String.class).isEqualTo("KET_LUAN")
                .path("campaign.taskAreas[1].keyTasks[0].documents[0].issuer").entity(String.class)
                .isEqualTo("Ban Thường vụ Tỉnh ủy")
                .path("campaign.taskAreas[1].keyTasks[0].documents[0].issuedOn").entity(String.class)
                .isEqualTo("2021-04-12")
                .path("campaign.taskAreas[1].keyTasks[2].documents[0].number").valueIsNull()
                .path("campaign.taskAreas[1].keyTasks[2].documents[0].title").entity(String.class)
                .isEqualTo("trồng 100.000 cây xanh đô thị");
        response.path("campaign.documents[*].kind").entityList(String.class).hasSize(10)
                .contains("NGHI_QUYET", "KET_LUAN", "KE_HOACH", "DU_AN", "CHUONG_TRINH");
        response.path("campaign.documents[0].displayName").entity(String.class)
                .isEqualTo("Nghị quyết 02-NQ/ThU về công tác cán bộ")
                .path("campaign.documents[0].kindLabel").entity(String.class).isEqualTo("Nghị quyết");
        response.path("campaign.purpose.text").entity(String.class).satisfies(purpose -> assertThat(text).startsWith(purpose));
        response.path("campaign.periodInterpretation").entity(String.class)
                .satisfies(why -> assertThat(why).contains("từ tháng 4/2022"));
        response.path("campaign.plaqueWorksComplete").entity(Boolean.class).isEqualTo(false)
                .path("campaign.plaqueText").entity(String.class).isEqualTo(
                        "Công trình chào mừng kỷ niệm 65 năm Ngày Bác Hồ về thăm Hà Tĩnh và 15 năm thành lập thành phố Hà Tĩnh");
        response.path("campaign.obligations[2].code").entity(String.class).isEqualTo("ORGANISATIONS_COMMEMORATE")
                .path("campaign.obligations[2].appliesTo").entityList(String.class)
                .containsExactly("PARTY_ORGANISATION", "MASS_ORGANISATION")
                .path("campaign.obligations[2].interpretation").entity(String.class)
                .satisfies(why -> assertThat(why).contains("party committees and cells"));
    }

    @Test
    default void answersNullForACampaignThatDoesNotExist() {
        graphQl().document("{ a: campaign(code: \"CT99-2099\") { code } b: campaign(code: \"not a code\") { code } }")
                .execute()
                .path("a").valueIsNull()
                .path("b").valueIsNull();
    }

    @Test
    default void showsTaskAreasObligationsAndTargetsAsObjects() {
        GraphQlTester.Response response = graphQl().document("""
                {
                  campaign(code: "CT32-2022") {
                    taskAreas { code name keyTasks { text documents { number kind } } }
                    obligations { code appliesTo registers workKinds eventKinds minimum }
                    targets { code goal measure aggregation taskArea { code } units { code name } }
                  }
                }""").execute();

        response.path("campaign.taskAreas[*].code").entityList(String.class).contains("URBAN", "CULTURE");
        response.path("campaign.obligations[0].code").entity(String.class).isEqualTo("WORK_REQUIRED");
        response.path("campaign.obligations[0].appliesTo").entityList(String.class)
                .containsExactly("WARD", "COMMUNE");
        response.path("campaign.obligations[1].eventKinds").entityList(String.class).hasSize(3);
        List<Map<String, Object>> targets = response.path("campaign.targets").entity(
                new org.springframework.core.ParameterizedTypeReference<List<Map<String, Object>>>() { }).get();
        Map<String, Object> trees = targets.stream().filter(t -> t.get("code").equals("URBAN_TREES")).findFirst()
                .orElseThrow();
        assertThat(trees).as("the directive gives the multi-year tree plan no goal for the campaign")
                .containsEntry("goal", null).containsEntry("aggregation", "SUM")
                .containsEntry("taskArea", Map.of("code", "URBAN"));
        assertThat(targets).filteredOn(t -> t.get("code").equals("VACCINATION_COVERAGE")).singleElement()
                .satisfies(t -> assertThat(t).containsEntry("goal", "100"));
        Map<String, Object> rural = targets.stream().filter(t -> t.get("code").equals("MODEL_NEW_RURAL_CRITERIA"))
                .findFirst().orElseThrow();
        assertThat(((List<?>) rural.get("units")).stream().map(u -> (Object) ((Map<?, ?>) u).get("name")).toList())
                .containsExactly("Xã Thạch Hạ", "Xã Thạch Bình");
    }

    @Test
    default void evaluatesComplianceForEveryWardAndCommuneAndSatisfiesAUnitOnceCompletedAfterTheCampaignsEnd() {
        // Directive 32 ended on 15/6/2022: from then on only completed registrations satisfy an obligation
        String t = token();
        String work = registerWork("18082", "Khánh thành nhà văn hóa " + t);
        String event = registerEvent("18082", "Lễ hội đua thuyền " + t);
        change("completeWork", Map.of("id", work, "expectedVersion", change("approveWork",
                Map.of("id", work, "expectedVersion", 0)), "actualOn", "2022-05-19"));
        change("completeEvent", Map.of("id", event, "expectedVersion", change("approveEvent",
                Map.of("id", event, "expectedVersion", 0)), "actualOn", "2022-06-03"));

        GraphQlTester.Response response = graphQl().document("""
                {
                  campaign(code: "CT32-2022") {
                    compliance {
                      requiredUnits compliantUnits
                      units { unit { code name kind } compliant obligations { obligation { code } status approved pending } }
                      nonCompliant { unit { code } }
                    }
                  }
                }""").execute();

        response.path("campaign.compliance.requiredUnits").entity(Integer.class).isEqualTo(15);
        List<Map<String, Object>> units = response.path("campaign.compliance.units").entity(
                new org.springframework.core.ParameterizedTypeReference<List<Map<String, Object>>>() { }).get();
        assertThat(units).hasSize(15);
        Map<String, Object> daiNai = units.stream().filter(u -> ((Map<?, ?>) u.get("unit")).get("code").equals("18082"))
                .findFirst().orElseThrow();
        assertThat(daiNai.get("compliant")).isEqualTo(true);
        assertThat(daiNai.get("unit")).isEqualTo(Map.of("code", "18082", "name", "Phường Đại Nài", "kind", "WARD"));
        assertThat(((List<?>) daiNai.get("obligations")).stream().map(o -> (Object) ((Map<?, ?>) o).get("status")).toList())
                .containsOnly("SATISFIED");
        response.path("campaign.compliance.nonCompliant[*].unit.code").entityList(String.class)
                .doesNotContain("18082");
    }

    @Test
    default void showsWhereEachTargetStands() {
        graphQl().document("""
                {
                  campaign(code: "CT32-2022") {
                    progress { target { code taskArea { code } } figure reached units { unit { code } value asOf } silent { code } }
                  }
                }""").execute()
                .path("campaign.progress[*].target.code").entityList(String.class)
                .contains("URBAN_TREES", "VACCINATION_COVERAGE", "MODEL_NEW_RURAL_CRITERIA");
    }

    @Test
    default void findsAWardOrCommuneByItsGsoCode() {
        GraphQlTester.Response response = graphQl().document("""
                {
                  unit(code: "18100") { id code name kind validFrom parent { code name kind parent { code } } }
                  none: unit(code: "99999") { code }
                  malformed: unit(code: "a b") { code }
                }""").execute();

        response.path("unit.name").entity(String.class).isEqualTo("Xã Thạch Hạ");
        response.path("unit.kind").entity(String.class).isEqualTo("COMMUNE");
        response.path("unit.validFrom").valueIsNull();
        response.path("unit.parent.code").entity(String.class).isEqualTo("436");
        response.path("unit.parent.parent").valueIsNull();
        response.path("none").valueIsNull();
        response.path("malformed").valueIsNull();
    }

    @Test
    default void resolvesAReusedCodeToTheUnitOfTheDayAskedFor() {
        graphQl().document("""
                {
                  before: unit(code: "18103", on: "2019-06-01") { name validUntil }
                  after: unit(code: "18103", on: "2022-05-01") { name validFrom }
                  today: unit(code: "18103") { name }
                }""").execute()
                .path("before.name").entity(String.class).isEqualTo("Xã Thạch Môn")
                .path("before.validUntil").entity(String.class).isEqualTo("2019-12-31")
                .path("after.name").entity(String.class).isEqualTo("Xã Đồng Môn")
                .path("after.validFrom").entity(String.class).isEqualTo("2020-01-01")
                .path("today.name").entity(String.class).isEqualTo("Xã Đồng Môn");
    }

    @Test
    default void listsUnitsFilteredByKindDayAndParentWithTotalCount() {
        graphQl().document("""
                {
                  all: units(first: 100) { totalCount }
                  communes: units(filter: {kinds: [COMMUNE], validOn: "2022-05-01", parentCode: "436"}, first: 10) {
                    totalCount nodes { name }
                  }
                }""").execute()
                .path("all.totalCount").entity(Integer.class).isEqualTo(18)
                .path("communes.totalCount").entity(Integer.class).isEqualTo(5)
                .path("communes.nodes[*].name").entityList(String.class).containsExactly(
                        "Xã Thạch Trung", "Xã Thạch Hạ", "Xã Đồng Môn", "Xã Thạch Hưng", "Xã Thạch Bình");
    }

    @Test
    default void searchesUnitsIgnoringToneMarksAndCase() {
        graphQl().document("""
                {
                  a: units(filter: {search: "thach ha"}, first: 10) { nodes { name } }
                  b: units(filter: {search: "PHƯỜNG ĐẠI NÀI"}, first: 10) { nodes { name } }
                  c: units(filter: {search: "dong mon"}, first: 10) { nodes { name } }
                }""").execute()
                .path("a.nodes[*].name").entityList(String.class).containsExactly("Xã Thạch Hạ")
                .path("b.nodes[*].name").entityList(String.class).containsExactly("Phường Đại Nài")
                .path("c.nodes[*].name").entityList(String.class).containsExactly("Xã Đồng Môn");
    }

    @Test
    default void pagesThroughUnitsWithCursors() {
        GraphQlTester.Response first = graphQl().document(
                "{ units(first: 10) { edges { cursor node { code } } pageInfo { hasNextPage hasPreviousPage endCursor } } }")
                .execute();
        first.path("units.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(true);
        first.path("units.pageInfo.hasPreviousPage").entity(Boolean.class).isEqualTo(false);
        String end = first.path("units.pageInfo.endCursor").entity(String.class).get();
        List<String> firstCodes = first.path("units.edges[*].node.code").entityList(String.class).get();

        GraphQlTester.Response second = graphQl().document(
                "query($after: String) { units(first: 10, after: $after) { nodes { code } pageInfo { hasNextPage hasPreviousPage } } }")
                .variable("after", end).execute();

        second.path("units.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(false);
        second.path("units.pageInfo.hasPreviousPage").entity(Boolean.class).isEqualTo(true);
        List<String> secondCodes = second.path("units.nodes[*].code").entityList(String.class).get();
        assertThat(firstCodes.size() + secondCodes.size()).isEqualTo(18);
        assertThat(secondCodes).doesNotContainAnyElementsOf(firstCodes.subList(0, firstCodes.size() - 1));
    }

    @Test
    default void findsEveryKindOfNodeByItsGlobalId() {
        String t = token();
        String work = registerWork("18070", "Khánh thành cầu " + t);
        String event = registerEvent("18070", "Giải bóng đá " + t);
        String campaign = graphQl().document("{ campaign(code: \"CT32-2022\") { id } }").execute()
                .path("campaign.id").entity(String.class).get();
        String unit = graphQl().document("{ unit(code: \"18103\", on: \"2019-01-01\") { id } }").execute()
                .path("unit.id").entity(String.class).get();

        graphQl().document("""
                query($c: ID!, $u: ID!, $w: ID!, $e: ID!) {
                  c: node(id: $c) { __typename id ... on Campaign { code } }
                  u: node(id: $u) { __typename ... on Unit { name } }
                  w: node(id: $w) { __typename ... on Work { name } }
                  e: node(id: $e) { __typename ... on Event { name } }
                }""")
                .variable("c", campaign).variable("u", unit).variable("w", work).variable("e", event)
                .execute()
                .path("c.__typename").entity(String.class).isEqualTo("Campaign")
                .path("c.id").entity(String.class).isEqualTo(campaign)
                .path("c.code").entity(String.class).isEqualTo(CT32)
                .path("u.name").entity(String.class).isEqualTo("Xã Thạch Môn")
                .path("w.__typename").entity(String.class).isEqualTo("Work")
                .path("w.name").entity(String.class).isEqualTo("Khánh thành cầu " + t)
                .path("e.__typename").entity(String.class).isEqualTo("Event");
    }

    @Test
    default void answersNullForAGlobalIdThatNamesNothing() {
        String workTypedEvent = new GlobalId("Work", "00000000-0000-0000-0000-000000000000").encode();
        graphQl().document("""
                query($a: ID!, $b: ID!, $c: ID!) { a: node(id: $a) { id } b: node(id: $b) { id } c: node(id: $c) { id } }""")
                .variable("a", workTypedEvent).variable("b", "%%% not base64").variable("c",
                        new GlobalId("Planet", "Mars").encode())
                .execute()
                .path("a").valueIsNull()
                .path("b").valueIsNull()
                .path("c").valueIsNull();
    }

    @Test
    default void refusesAPageSizeOutsideOneToAHundredAsABadRequest() {
        for (int first : new int[] {0, -1, 101}) {
            GraphQlTester.Response response = graphQl().document("query($n: Int!) { works(first: $n) { totalCount } }")
                    .variable("n", first).execute();
            response.errors().satisfy(errors -> {
                assertThat(errors).hasSize(1);
                assertThat(errors.get(0).getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
                assertThat(errors.get(0).getMessage()).isEqualTo("first must be between 1 and 100, got " + first);
                assertThat(errors.get(0).getPath()).isEqualTo("works");
            });
        }
    }

    @Test
    default void refusesACursorThatIsNotOneOfOursAsABadRequest() {
        GraphQlTester.Response response = graphQl().document("{ units(first: 5, after: \"bm9wZQ\") { totalCount } }")
                .execute();
        response.errors().satisfy(errors -> {
            assertThat(errors).hasSize(1);
            assertThat(errors.get(0).getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
            assertThat(errors.get(0).getMessage()).startsWith("after: 'bm9wZQ' is not a cursor");
        });
    }

    @Test
    default void refusesAQueryWithoutAPageSizeOrWithAMalformedDate() {
        assertRequestError(graphQl().document("{ works { totalCount } }").execute(), "first");
        assertRequestError(graphQl().document("{ unit(code: \"18100\", on: \"15/06/2022\") { name } }").execute(),
                "Date must be an ISO-8601 date");
    }
}
