package vn.campaign.api.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.test.web.servlet.client.MockMvcWebTestClient;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.reactive.function.BodyInserters;

import vn.campaign.api.support.EmbeddedStoreTestBase;

/**
 * {@code POST /api/imports} is for the city only: the HTTP layer refuses an upload without a valid token
 * with 401 and one of another role with 403, each with a JSON body, before the file is read.
 */
class ImportEndpointAccessIT extends EmbeddedStoreTestBase {

    @Autowired
    private WebApplicationContext context;

    @ParameterizedTest
    @EnumSource(value = Caller.class, names = {"ANONYMOUS", "VIEWER", "OFFICER_18070", "OFFICER_18076"})
    void refusesAnUploadByAnyoneButTheCity(Caller caller) {
        int expected = caller == Caller.ANONYMOUS ? 401 : 403;

        String body = upload(caller.token()).expectStatus().isEqualTo(expected)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_JSON)
                .expectHeader().value(HttpHeaders.WWW_AUTHENTICATE, v -> assertThat(v).startsWith("Bearer"))
                .expectBody(String.class).returnResult().getResponseBody();

        Map<String, Object> response = GraphQlHttp.Json.read(body);
        assertThat(GraphQlHttp.classifications(response))
                .containsExactly(caller == Caller.ANONYMOUS ? "UNAUTHORIZED" : "FORBIDDEN");
    }

    @ParameterizedTest
    @EnumSource(value = Caller.class, names = {"VIEWER"})
    void refusesAnUploadWithABadTokenAs401(Caller caller) {
        upload(caller.token() + "x").expectStatus().isUnauthorized();
    }

    private WebTestClient.ResponseSpec upload(@Nullable String token) {
        MultipartBodyBuilder form = new MultipartBodyBuilder();
        form.part("file", "unit,name\n18070,Cầu\n".getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .filename("works.csv");
        WebTestClient client = MockMvcWebTestClient.bindTo(SecuredEndpoint.mockMvc(context)).build();
        WebTestClient.RequestBodySpec request = client.post().uri("/api/imports");
        if (token != null) {
            request = request.header(HttpHeaders.AUTHORIZATION, "Bearer " + token);
        }
        return request.contentType(MediaType.MULTIPART_FORM_DATA).body(BodyInserters.fromMultipartData(form.build()))
                .exchange();
    }
}
