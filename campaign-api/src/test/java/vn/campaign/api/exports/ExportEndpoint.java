package vn.campaign.api.exports;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.context.WebApplicationContext;
import tools.jackson.databind.JsonNode;

import vn.campaign.api.imports.ImportController;
import vn.campaign.api.security.SecuredEndpoint;

/**
 * The export endpoints through MockMvc with the real security filter chain, as one caller.
 *
 * @param mvc   MockMvc of the application, with its security filter chain
 * @param token the caller's bearer token, or {@code null} for an anonymous caller
 */
record ExportEndpoint(MockMvc mvc, @Nullable String token) {

    /** Validates the endpoint. */
    ExportEndpoint {
        Objects.requireNonNull(mvc, "mvc");
    }

    /**
     * The endpoints as the holder of a token.
     *
     * @param context the application
     * @param token   the bearer token, or {@code null} for none
     * @return the endpoints
     */
    static ExportEndpoint as(WebApplicationContext context, @Nullable String token) {
        return new ExportEndpoint(SecuredEndpoint.mockMvc(context), token);
    }

    /**
     * GETs an export.
     *
     * @param path       the path
     * @param parameters the query parameters, name then value, repeated as often as wanted
     * @return the response
     */
    MockHttpServletResponse get(String path, String... parameters) {
        MockHttpServletRequestBuilder request = MockMvcRequestBuilders.get(path);
        for (int i = 0; i + 1 < parameters.length; i += 2) {
            request.param(parameters[i], parameters[i + 1]);
        }
        return perform(request);
    }

    /**
     * Runs a GraphQL query and returns its {@code data}, failing on any error.
     *
     * @param document  the query
     * @param variables its variables
     * @return the data
     */
    JsonNode graphQlData(String document, Map<String, ?> variables) {
        JsonNode answer = SecuredEndpoint.graphQl(mvc, document, variables, token);
        if (answer.has("errors")) {
            throw new AssertionError("GraphQL errors: " + answer.get("errors"));
        }
        return answer.get("data");
    }

    /**
     * Uploads a spreadsheet to {@code POST /api/imports} for the Directive 32 campaign, as the server's
     * import of the {@code campaign-import --server} command does.
     *
     * @param fileName the file's name
     * @param content  its bytes
     * @return the response, the import report as JSON
     */
    MockHttpServletResponse upload(String fileName, byte[] content) {
        return perform(multipart(ImportController.PATH)
                .file(new MockMultipartFile("file", fileName, MediaType.APPLICATION_OCTET_STREAM_VALUE, content))
                .param("campaign", ExportFixtures.CT32));
    }

    /**
     * A body as JSON.
     *
     * @param response a response
     * @return its JSON
     */
    static JsonNode json(MockHttpServletResponse response) {
        return SecuredEndpoint.json(response);
    }

    private MockHttpServletResponse perform(AbstractMockHttpServletRequestBuilder<?> request) {
        return SecuredEndpoint.perform(mvc, request, token);
    }

    /** Keeps the static import of {@code get} from clashing with {@link #get(String, String...)}. */
    private static final class MockMvcRequestBuilders {
        static MockHttpServletRequestBuilder get(String path) {
            return org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(path);
        }
    }
}
