package vn.campaign.api.evidence;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.web.context.WebApplicationContext;
import tools.jackson.databind.JsonNode;

import vn.campaign.api.security.SecuredEndpoint;

/**
 * The evidence endpoints and GraphQL through MockMvc with the real security filter chain, as one caller.
 *
 * @param mvc   MockMvc of the application
 * @param token the caller's bearer token, or {@code null} for an anonymous caller
 */
record EvidenceEndpoint(MockMvc mvc, @Nullable String token) {

    /** Validates the endpoint. */
    EvidenceEndpoint {
        Objects.requireNonNull(mvc, "mvc");
    }

    static EvidenceEndpoint as(WebApplicationContext context, @Nullable String token) {
        return new EvidenceEndpoint(SecuredEndpoint.mockMvc(context), token);
    }

    /** A file to upload: its name, its bytes and its caption (or {@code null}). */
    record Part(String name, byte[] bytes, @Nullable String caption) {
        static Part of(String name, byte[] bytes) {
            return new Part(name, bytes, null);
        }
    }

    /** Uploads files to a registration, captions in the order of the files. */
    MockHttpServletResponse upload(String registrationGlobalId, Part... parts) {
        MockMultipartHttpServletRequestBuilder request = multipart(EvidenceController.UPLOAD_PATH, registrationGlobalId);
        for (Part part : parts) {
            request.file(new MockMultipartFile("file", part.name(), MediaType.APPLICATION_OCTET_STREAM_VALUE, part.bytes()));
        }
        for (Part part : parts) {
            if (part.caption() != null) {
                request.param("caption", part.caption());
            }
        }
        return SecuredEndpoint.perform(mvc, request, token);
    }

    /** Uploads files with captions given apart from them. */
    MockHttpServletResponse upload(String registrationGlobalId, List<String> captions, Part... parts) {
        MockMultipartHttpServletRequestBuilder request = multipart(EvidenceController.UPLOAD_PATH, registrationGlobalId);
        for (Part part : parts) {
            request.file(new MockMultipartFile("file", part.name(), MediaType.APPLICATION_OCTET_STREAM_VALUE, part.bytes()));
        }
        captions.forEach(caption -> request.param("caption", caption));
        return SecuredEndpoint.perform(mvc, request, token);
    }

    MockHttpServletResponse download(String evidenceId) {
        return SecuredEndpoint.perform(mvc, get(EvidenceController.EVIDENCE_PATH, evidenceId), token);
    }

    MockHttpServletResponse delete(String evidenceId) {
        return SecuredEndpoint.perform(mvc,
                org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete(EvidenceController.EVIDENCE_PATH,
                        evidenceId), token);
    }

    /** The {@code evidence} of a work or event, by its global id, in GraphQL; failing on any error. */
    JsonNode evidenceInGraphQl(String registrationGlobalId) {
        JsonNode answer = graphQl("query($id: ID!) { node(id: $id) { ... on Work { evidence { id fileName contentType"
                + " size sha256 caption uploadedAt uploadedBy url } } ... on Event { evidence { id fileName } } } }",
                Map.of("id", registrationGlobalId));
        if (answer.has("errors")) {
            throw new AssertionError("GraphQL errors: " + answer.get("errors"));
        }
        return answer.get("data").get("node").get("evidence");
    }

    JsonNode graphQl(String document, Map<String, ?> variables) {
        return SecuredEndpoint.graphQl(mvc, document, variables, token);
    }

    static JsonNode json(MockHttpServletResponse response) {
        return SecuredEndpoint.json(response);
    }
}
