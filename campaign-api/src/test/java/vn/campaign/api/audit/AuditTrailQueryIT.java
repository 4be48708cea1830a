package vn.campaign.api.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.test.web.servlet.client.MockMvcWebTestClient;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.reactive.function.BodyInserters;

import vn.campaign.api.graphql.GlobalId;
import vn.campaign.api.security.Caller;
import vn.campaign.api.security.GraphQlHttp;
import vn.campaign.api.security.SecuredEndpoint;
import vn.campaign.api.support.EmbeddedStoreTestBase;

/**
 * {@code auditTrail} through the HTTP endpoint: each change made through the API, and each import with the
 * rows it stored, is there, newest first, with who made it, when, the object's global id and its values
 * before and after; it pages with cursors; only the city may read it. The entries are in MongoDB's {@code audit} collection.
 */
class AuditTrailQueryIT extends EmbeddedStoreTestBase {

    private static final String TRAIL = """
            query($id: ID, $first: Int!, $after: String) {
              auditTrail(objectId: $id, first: $first, after: $after) {
                totalCount
                pageInfo { hasNextPage hasPreviousPage endCursor }
                edges { cursor node { at actor action objectType objectId before { field value } after { field value } } }
              }
            }""";

    @Autowired
    private WebApplicationContext context;

    @Test
    void recordsWhoChangedAWorkWhenAndItsValuesBeforeAndAfterNewestFirst() {
        String id = registerUpdateAndApprove();

        Map<String, Object> response = post(Caller.CITY_ADMIN, TRAIL, Map.of("id", id, "first", 10));

        assertThat(GraphQlHttp.at(response, "data.auditTrail.totalCount")).isEqualTo(3);
        assertThat(nodes(response)).extracting(n -> n.get("action")).containsExactly("APPROVE", "UPDATE", "REGISTER");
        assertThat(nodes(response)).extracting(n -> n.get("actor"))
                .containsExactly("admin.test", "officer.18070", "officer.18070");
        assertThat(nodes(response)).allSatisfy(n -> {
            assertThat(n.get("objectId")).isEqualTo(id);
            assertThat(n.get("objectType")).isEqualTo("Work");
            assertThat((String) n.get("at")).matches("\\d{4}-\\d\\d-\\d\\dT.*Z");
        });
        Map<String, Object> approval = nodes(response).get(0);
        assertThat(values(approval.get("before"))).containsEntry("status", "REGISTERED").containsEntry("version", "1")
                .containsEntry("location", "Tổ dân phố 7");
        assertThat(values(approval.get("after"))).containsEntry("status", "APPROVED").containsEntry("version", "2");
        assertThat(fields(approval.get("after"))).isSorted();
        Map<String, Object> update = nodes(response).get(1);
        assertThat(values(update.get("before"))).doesNotContainKey("location");
        assertThat(values(update.get("after"))).containsEntry("location", "Tổ dân phố 7");
        assertThat(nodes(response).get(2).get("before")).isNull();
        assertThat(mongoTemplate().count(new Query(where("objectId").is(GlobalId.decode(id).orElseThrow().key())),
                AuditEntryDocument.COLLECTION)).isEqualTo(3);
    }

    @Test
    void pagesThroughAnObjectsEntriesWithCursors() {
        String id = registerUpdateAndApprove();

        Map<String, Object> first = post(Caller.CITY_ADMIN, TRAIL, Map.of("id", id, "first", 2));
        Map<String, Object> second = post(Caller.CITY_ADMIN, TRAIL, Map.of("id", id, "first", 2,
                "after", GraphQlHttp.at(first, "data.auditTrail.pageInfo.endCursor")));

        assertThat(nodes(first)).extracting(n -> n.get("action")).containsExactly("APPROVE", "UPDATE");
        assertThat(GraphQlHttp.at(first, "data.auditTrail.pageInfo.hasNextPage")).isEqualTo(true);
        assertThat(nodes(second)).extracting(n -> n.get("action")).containsExactly("REGISTER");
        assertThat(GraphQlHttp.at(second, "data.auditTrail.pageInfo.hasNextPage")).isEqualTo(false);
        assertThat(GraphQlHttp.at(second, "data.auditTrail.pageInfo.hasPreviousPage")).isEqualTo(true);
    }

    @Test
    void recordsProgressReportsInTheWholeTrail() {
        Map<String, Object> reported = post(Caller.OFFICER_18070, """
                mutation { recordProgress(input: {campaignCode: "CT32-2022", targetCode: "URBAN_TREES", unitCode: "18070",
                  reportedOn: "2022-05-03", value: "25", note: "Đường Phan Đình Phùng"}) { progressReport { value } } }""",
                Map.of());
        assertThat(GraphQlHttp.at(reported, "data.recordProgress.progressReport.value")).isEqualTo("25");

        Map<String, Object> newest = post(Caller.CITY_ADMIN, TRAIL, Map.of("first", 1));

        Map<String, Object> entry = nodes(newest).get(0);
        assertThat(entry).containsEntry("action", "REPORT_PROGRESS").containsEntry("objectType", "ProgressReport")
                .containsEntry("actor", "officer.18070");
        assertThat((String) entry.get("objectId")).startsWith("CT32-2022/URBAN_TREES/18070/");
        assertThat(values(entry.get("after"))).containsEntry("value", "25").containsEntry("note", "Đường Phan Đình Phùng");
        assertThat(((Number) GraphQlHttp.at(newest, "data.auditTrail.totalCount")).intValue()).isPositive();
    }

    @Test
    void recordsAnImportUnderTheRunsGlobalIdNextToTheRowsItStored() {
        String token = "t" + UUID.randomUUID().toString().substring(0, 8);
        String csv = "Đơn vị,Tên công trình,Loại,Thời gian dự kiến\r\n"
                + "Phường Bắc Hà,Khánh thành cầu " + token + ",Khánh thành,19/5/2022\r\n";
        MultipartBodyBuilder form = new MultipartBodyBuilder();
        form.part("file", csv.getBytes(StandardCharsets.UTF_8)).filename("bac-ha.csv");
        String importId = MockMvcWebTestClient.bindTo(SecuredEndpoint.mockMvc(context)).build().post()
                .uri("/api/imports").header(HttpHeaders.AUTHORIZATION, "Bearer " + Caller.CITY_ADMIN.token())
                .contentType(MediaType.MULTIPART_FORM_DATA).body(BodyInserters.fromMultipartData(form.build()))
                .exchange().expectStatus().isOk()
                .returnResult(String.class).getResponseHeaders().getFirst("Import-Id");

        Map<String, Object> trail = post(Caller.CITY_ADMIN, TRAIL, Map.of("id", importId, "first", 5));
        Map<String, Object> work = post(Caller.CITY_ADMIN, """
                query($s: String) { works(filter: {search: $s}, first: 1) { nodes { id } } }""", Map.of("s", token));
        Map<String, Object> rows = post(Caller.CITY_ADMIN, TRAIL,
                Map.of("id", GraphQlHttp.at(work, "data.works.nodes.0.id"), "first", 5));

        assertThat(nodes(trail)).singleElement().satisfies(entry -> {
            assertThat(entry).containsEntry("action", "IMPORT").containsEntry("objectType", "Import")
                    .containsEntry("objectId", importId).containsEntry("actor", "admin.test");
            assertThat(values(entry.get("after"))).containsEntry("fileName", "bac-ha.csv").containsEntry("imported", "1");
        });
        assertThat(nodes(rows)).extracting(n -> n.get("action"), n -> n.get("actor"))
                .containsExactly(org.assertj.core.groups.Tuple.tuple("REGISTER", "admin.test"));
        assertThat(GraphQlHttp.at(post(Caller.CITY_ADMIN, "query($id: ID!) { node(id: $id) { id } }",
                Map.of("id", importId)), "data.node.id")).isEqualTo(importId);
    }

    @ParameterizedTest
    @EnumSource(value = Caller.class, names = {"ANONYMOUS", "VIEWER", "OFFICER_18070", "OFFICER_18076"})
    void letsOnlyTheCityReadTheTrail(Caller caller) {
        Map<String, Object> response = post(caller, TRAIL, Map.of("first", 5));

        assertThat(GraphQlHttp.classifications(response))
                .containsExactly(caller == Caller.ANONYMOUS ? "UNAUTHORIZED" : "FORBIDDEN");
        assertThat(response).containsEntry("data", null);
    }

    @Test
    void refusesAForeignCursorAndAPageSizeOutOfBounds() {
        Map<String, Object> foreign = post(Caller.CITY_ADMIN, TRAIL, Map.of("first", 5, "after", "bm90LWEtY3Vyc29y"));
        Map<String, Object> tooMany = post(Caller.CITY_ADMIN, TRAIL, Map.of("first", 101));

        assertThat(GraphQlHttp.classifications(foreign)).containsExactly("BAD_REQUEST");
        assertThat((String) GraphQlHttp.at(foreign, "errors.0.message")).contains("is not a cursor of the audit trail");
        assertThat(GraphQlHttp.classifications(tooMany)).containsExactly("BAD_REQUEST");
    }

    @Test
    void findsNothingForAnObjectWithoutHistory() {
        Map<String, Object> response = post(Caller.CITY_ADMIN, TRAIL,
                Map.of("id", new GlobalId("Work", UUID.randomUUID().toString()).encode(), "first", 5));

        assertThat(GraphQlHttp.at(response, "data.auditTrail.totalCount")).isEqualTo(0);
        assertThat(nodes(response)).isEmpty();
    }

    private String registerUpdateAndApprove() {
        Map<String, Object> registered = post(Caller.OFFICER_18070, """
                mutation($input: RegisterWorkInput!) { registerWork(input: $input) { work { id } } }""",
                Map.of("input", Map.of("campaignCode", "CT32-2022", "unitCode", "18070",
                        "name", "Khánh thành nhà văn hóa " + UUID.randomUUID(), "kind", "INAUGURATION",
                        "plannedOn", "2022-05-19", "taskAreaCode", "URBAN")));
        String id = (String) GraphQlHttp.at(registered, "data.registerWork.work.id");
        post(Caller.OFFICER_18070, """
                mutation($input: UpdateWorkInput!) { updateWork(input: $input) { work { version } } }""",
                Map.of("input", Map.of("id", id, "expectedVersion", 0, "location", "Tổ dân phố 7")));
        Map<String, Object> approved = post(Caller.CITY_ADMIN, """
                mutation($input: ApproveWorkInput!) { approveWork(input: $input) { work { version } } }""",
                Map.of("input", Map.of("id", id, "expectedVersion", 1)));
        assertThat(GraphQlHttp.at(approved, "data.approveWork.work.version")).isEqualTo(2);
        return id;
    }

    private Map<String, Object> post(Caller caller, String document, Map<String, ?> variables) {
        return GraphQlHttp.post(SecuredEndpoint.as(context, caller).client(), document, variables);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> nodes(Map<String, Object> response) {
        List<Map<String, Object>> edges = (List<Map<String, Object>>) GraphQlHttp.at(response, "data.auditTrail.edges");
        return edges.stream().map(e -> (Map<String, Object>) e.get("node")).toList();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> values(Object list) {
        Map<String, String> values = new java.util.LinkedHashMap<>();
        ((List<Map<String, String>>) list).forEach(v -> values.put(v.get("field"), v.get("value")));
        return values;
    }

    @SuppressWarnings("unchecked")
    private static List<String> fields(Object list) {
        return ((List<Map<String, String>>) list).stream().map(v -> v.get("field")).toList();
    }
}
