package vn.campaign.api.imports;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.web.context.WebApplicationContext;
import tools.jackson.databind.JsonNode;

import vn.campaign.api.security.SecuredEndpoint;
import vn.campaign.api.security.TestTokens;
import vn.campaign.core.application.CampaignPlatform;
import vn.campaign.core.campaign.Directive32;
import vn.campaign.core.registration.Work;

/**
 * The application's HTTP endpoints through MockMvc with the real security filter chain, without opening a
 * port, as one caller: uploads to {@code POST /api/imports} and GraphQL requests to {@code /graphql}, each
 * with the caller's bearer token; and what the core's store holds.
 *
 * @param mvc      the MockMvc of the application context, with its security filter chain
 * @param platform the application's platform
 * @param token    the caller's bearer token, or {@code null} for an anonymous caller
 */
record ImportEndpoint(MockMvc mvc, CampaignPlatform platform, @Nullable String token) {

    /** Validates the endpoint. */
    ImportEndpoint {
        Objects.requireNonNull(mvc, "mvc");
        Objects.requireNonNull(platform, "platform");
    }

    /**
     * The endpoints as a city administrator ({@code admin.test}), who may import.
     *
     * @param context the application
     * @return the endpoints
     */
    static ImportEndpoint of(WebApplicationContext context) {
        return as(context, TestTokens.cityAdmin());
    }

    /**
     * The endpoints as the holder of a token.
     *
     * @param context the application
     * @param token   the bearer token, or {@code null} for none
     * @return the endpoints
     */
    static ImportEndpoint as(WebApplicationContext context, @Nullable String token) {
        return new ImportEndpoint(SecuredEndpoint.mockMvc(context), context.getBean(CampaignPlatform.class), token);
    }

    /**
     * Uploads a file for the Directive 32 campaign, committing.
     *
     * @param fileName the file name
     * @param content  the bytes
     * @return the response
     */
    MockHttpServletResponse upload(String fileName, byte[] content) {
        return upload(fileName, content, null, null);
    }

    /**
     * Uploads a file.
     *
     * @param fileName the file name
     * @param content  the bytes
     * @param campaign the campaign field, or {@code null} to leave it out
     * @param dryRun   the dryRun field, or {@code null} to leave it out
     * @return the response
     */
    MockHttpServletResponse upload(String fileName, byte[] content, @Nullable String campaign,
            @Nullable String dryRun) {
        MockMultipartHttpServletRequestBuilder request = multipart(ImportController.PATH)
                .file(new MockMultipartFile("file", fileName, MediaType.APPLICATION_OCTET_STREAM_VALUE, content));
        if (campaign != null) {
            request.param("campaign", campaign);
        }
        if (dryRun != null) {
            request.param("dryRun", dryRun);
        }
        return perform(request);
    }

    /**
     * Posts a multipart request without a file part.
     *
     * @return the response
     */
    MockHttpServletResponse uploadWithoutFile() {
        return perform(multipart(ImportController.PATH).param("campaign", "CT32-2022"));
    }

    /**
     * Runs a GraphQL query and returns its {@code data}, failing on any error.
     *
     * @param document  the query
     * @param variables its variables
     * @return the data
     */
    JsonNode data(String document, Map<String, ?> variables) {
        JsonNode answer = graphQl(document, variables);
        if (answer.has("errors")) {
            throw new AssertionError("GraphQL errors: " + answer.get("errors"));
        }
        return answer.get("data");
    }

    /**
     * Runs a GraphQL query and returns the whole answer.
     *
     * @param document  the query
     * @param variables its variables
     * @return the answer, with {@code data} and {@code errors}
     */
    JsonNode graphQl(String document, Map<String, ?> variables) {
        return SecuredEndpoint.graphQl(mvc, document, variables, token);
    }

    /**
     * The works of the Directive 32 campaign stored with a word in their name, read from the core's store.
     *
     * @param token the word
     * @return the works
     */
    List<Work> worksNamed(String token) {
        return platform.registrations().findByCampaign(Directive32.CODE).stream()
                .filter(Work.class::isInstance).map(Work.class::cast)
                .filter(w -> w.details().name().contains(token)).toList();
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

    /**
     * A body as text.
     *
     * @param response a response
     * @return its UTF-8 text
     */
    static String body(MockHttpServletResponse response) {
        return new String(response.getContentAsByteArray(), StandardCharsets.UTF_8);
    }

    private MockHttpServletResponse perform(AbstractMockHttpServletRequestBuilder<?> request) {
        return SecuredEndpoint.perform(mvc, request, token);
    }
}
