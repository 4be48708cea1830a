package vn.campaign.api.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.context.WebApplicationContext;

import vn.campaign.api.limits.JsonErrorController;
import vn.campaign.api.security.Caller;
import vn.campaign.api.security.GraphQlHttp;
import vn.campaign.api.security.SecuredEndpoint;
import vn.campaign.api.support.EmbeddedStoreTestBase;

/**
 * Top-level errors carry {@code extensions.messageVi} next to the English message, whoever raised them: the
 * GraphQL engine (syntax, schema validation, variables), the API's malformed-argument checks, the request
 * limits, and the HTTP boundary.
 */
class ErrorMessagesViIT extends EmbeddedStoreTestBase {

    @Autowired
    private WebApplicationContext context;

    private Map<String, Object> post(String document, Map<String, ?> variables) {
        return GraphQlHttp.post(client(), document, variables);
    }

    private WebTestClient client() {
        return SecuredEndpoint.as(context, Caller.ANONYMOUS).client();
    }

    private static String vi(Map<String, Object> response) {
        return (String) GraphQlHttp.at(response, "errors.0.extensions.messageVi");
    }

    @Test
    void aSyntaxErrorSaysWhereInVietnamese() {
        Map<String, Object> response = post("{ campaigns { code }", Map.of());

        assertThat(GraphQlHttp.classifications(response)).containsExactly("InvalidSyntax");
        assertThat(vi(response)).startsWith("Câu truy vấn sai cú pháp ở dòng 1, cột");
    }

    @Test
    void anUnknownFieldNamesTheFieldAndTheType() {
        Map<String, Object> response = post("{ campaign(code: \"CT32-2022\") { colour } }", Map.of());

        assertThat(GraphQlHttp.classifications(response)).containsExactly("ValidationError");
        assertThat(vi(response)).isEqualTo(
                "Truy vấn không hợp lệ (FieldUndefined tại campaign/colour): kiểu không có trường này — 'colour', 'Campaign'.");
    }

    @Test
    void aVariableOfTheWrongTypeIsRefusedInVietnamese() {
        Map<String, Object> response = post("query($first: Int!) { works(first: $first) { totalCount } }",
                Map.of("first", "many"));

        assertThat(GraphQlHttp.classifications(response)).containsExactly("ValidationError");
        assertThat(vi(response)).startsWith("Yêu cầu không hợp lệ theo lược đồ");
    }

    @Test
    void aMalformedArgumentOfTheApiCarriesItsOwnVietnameseMessage() {
        Map<String, Object> response = post("{ works(first: 1000) { totalCount } }", Map.of());

        assertThat(GraphQlHttp.classifications(response)).containsExactly("BAD_REQUEST");
        assertThat((String) GraphQlHttp.at(response, "errors.0.message")).isEqualTo("first must be between 1 and 100, got 1000");
        assertThat(vi(response)).isEqualTo("first phải từ 1 đến 100, nhận được 1000");
    }

    @Test
    void aLimitSaysWhichInVietnamese() {
        String deep = "{ unit(code: \"18070\") { " + "parent { ".repeat(16) + "code" + " }".repeat(16) + " } }";
        Map<String, Object> response = post(deep, Map.of());

        assertThat(GraphQlHttp.at(response, "errors.0.extensions.limit")).isEqualTo("campaign.graphql.limits.max-depth");
        assertThat(vi(response)).isEqualTo("Truy vấn lồng quá sâu; giới hạn là 15 cấp (campaign.graphql.limits.max-depth).");
    }

    @Test
    void anErrorBodyOfTheHttpBoundaryHasAVietnameseMessageForItsStatus() {
        // The bodies the servlet container's error dispatch and the request filters write (not run by MockMvc;
        // MalformedRequestsIT sends them to a started server and checks every messageVi).
        Map<String, Object> body = JsonErrorController.body(HttpStatus.NOT_FOUND, "Nothing is served for GET /x.",
                Map.of());

        assertThat(GraphQlHttp.at(body, "errors.0.extensions.messageVi")).isEqualTo("Không có gì được phục vụ tại yêu cầu này.");
        assertThat(GraphQlHttp.at(JsonErrorController.body(HttpStatus.BAD_REQUEST, "x", Map.of("messageVi", "y")),
                "errors.0.extensions.messageVi")).isEqualTo("y");
    }
}
