package vn.campaign.api.site;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import javax.imageio.ImageIO;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.campaign.api.security.TestTokens;

/**
 * Registrations the public tests create, the way the city's office would: through the GraphQL API of the
 * running service, as a city administrator. Every name carries a random suffix, so tests sharing a store do not
 * collide.
 *
 * @param graphql the service's GraphQL endpoint
 */
record PublicData(URI graphql) {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /**
     * A work's name with a random suffix.
     *
     * @param stem what the work is, such as "Khánh thành cầu"
     * @return the name
     */
    static String name(String stem) {
        return stem + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    /**
     * Registers an inauguration of the campaign CT32-2022 and approves it.
     *
     * @param unit       the registering unit's code
     * @param name       its name
     * @param investment its investment in đồng
     * @return the work's global id
     */
    String approvedWork(String unit, String name, String investment) {
        String id = registeredWork(unit, name, investment);
        change("approveWork", id, 0, Map.of());
        return id;
    }

    /**
     * Registers an inauguration, waiting for the city.
     *
     * @param unit       the registering unit's code
     * @param name       its name
     * @param investment its investment in đồng
     * @return the work's global id
     */
    String registeredWork(String unit, String name, String investment) {
        Map<String, Object> input = new LinkedHashMap<>();
        input.put("campaignCode", "CT32-2022");
        input.put("unitCode", unit);
        input.put("name", name);
        input.put("kind", "INAUGURATION");
        input.put("plannedOn", "2022-05-19");
        input.put("taskAreaCode", "URBAN");
        input.put("location", "Đường Trần Phú");
        input.put("investment", investment);
        input.put("plaqueRequested", true);
        JsonNode payload = run("""
                mutation($input: RegisterWorkInput!) {
                  registerWork(input: $input) { work { id } userErrors { code message } }
                }""", input).path("registerWork");
        return id(payload, "work");
    }

    /**
     * Awards an approved work (at version 1) its plaque.
     *
     * @param id the work's global id
     */
    void awardPlaque(String id) {
        change("awardPlaque", id, 1, Map.of("awardedBy", "436"));
    }

    /**
     * Records that an approved work took place, at its current version: after the campaign's end only completed
     * registrations meet an obligation.
     *
     * @param mutation {@code completeWork} or {@code completeEvent}
     * @param id       the registration's global id
     * @param version  the version it is at
     * @param actualOn the day it took place
     */
    void complete(String mutation, String id, int version, String actualOn) {
        change(mutation, id, version, Map.of("actualOn", actualOn));
    }

    /**
     * Cancels an approved work.
     *
     * @param id      the work's global id
     * @param version the version it is at
     * @param reason  why
     */
    void cancel(String id, int version, String reason) {
        change("cancelWork", id, version, Map.of("reason", reason));
    }

    /**
     * Registers a cultural event of the campaign CT32-2022 and approves it.
     *
     * @param unit     the registering unit's code
     * @param name     its name
     * @param startsOn its first day
     * @return the event's global id
     */
    String approvedEvent(String unit, String name, String startsOn) {
        JsonNode payload = run("""
                mutation($input: RegisterEventInput!) {
                  registerEvent(input: $input) { event { id } userErrors { code message } }
                }""", Map.of("campaignCode", "CT32-2022", "unitCode", unit, "name", name, "kind", "CULTURAL",
                "startsOn", startsOn, "venue", "Quảng trường thành phố")).path("registerEvent");
        String id = id(payload, "event");
        change("approveEvent", id, 0, Map.of());
        return id;
    }

    /**
     * Attaches a photo to a registration, as the city administrator.
     *
     * @param id      the registration's global id
     * @param photo   a PNG or JPEG
     * @param caption what it shows
     * @return the piece's id
     */
    String photo(String id, byte[] photo, String caption) {
        return upload(id, "anh.png", "image/png", photo, caption);
    }

    /**
     * Attaches a document (a PDF) to a registration, as the city administrator.
     *
     * @param id the registration's global id
     * @return the piece's id
     */
    String minutes(String id) {
        byte[] pdf = "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        return upload(id, "bien-ban.pdf", "application/pdf", pdf, "Biên bản nghiệm thu");
    }

    /**
     * A real PNG, drawn in memory, that a browser decodes.
     *
     * @param width  its width in pixels
     * @param height its height in pixels
     * @param rgb    its colour
     * @return the PNG's bytes
     */
    static byte[] png(int width, int height, int rgb) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < width; x++) {
            for (int y = 0; y < height; y++) {
                image.setRGB(x, y, (x + y) % 16 < 8 ? rgb : 0xFFFFFF);
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new AssertionError("could not draw a PNG", e);
        }
        return out.toByteArray();
    }

    /**
     * Links the first plaque work of CT32-2022's list to a work, unlinking whatever it stood for first.
     *
     * @param workId the work's global id
     * @return the plaque work's name
     */
    String linkFirstPlaqueWork(String workId) {
        JsonNode first = run("""
                query($input: String!) { campaign(code: $input) { plaqueWorks { key name version work { id } } } }""",
                "CT32-2022").path("campaign").path("plaqueWorks").path(0);
        String key = first.path("key").asString();
        int version = first.path("version").asInt();
        if (!first.path("work").isNull() && !first.path("work").isMissingNode()) {
            run("""
                    mutation($input: UnlinkPlaqueWorkInput!) { unlinkPlaqueWork(input: $input) { userErrors { code } } }""",
                    Map.of("campaignCode", "CT32-2022", "plaqueWork", key, "expectedVersion", version));
            version++;
        }
        JsonNode payload = run("""
                mutation($input: LinkPlaqueWorkInput!) { linkPlaqueWork(input: $input) { userErrors { code message } } }""",
                Map.of("campaignCode", "CT32-2022", "plaqueWork", key, "workId", workId, "expectedVersion", version))
                .path("linkPlaqueWork");
        if (!payload.path("userErrors").isEmpty()) {
            throw new AssertionError("linkPlaqueWork refused: " + payload);
        }
        return first.path("name").asString();
    }

    private String upload(String id, String fileName, String contentType, byte[] content, String caption) {
        String boundary = "evidence-" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: " + contentType + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"caption\"\r\n\r\n"
                + caption + "\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(graphql.resolve("/api/registrations/" + id + "/evidence"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Authorization", "Bearer " + TestTokens.cityAdmin())
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build();
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (response.statusCode() != 201) {
                throw new AssertionError("upload refused: " + response.statusCode() + " " + response.body());
            }
            return JSON.readTree(response.body()).path("evidence").path(0).path("id").asString();
        } catch (IOException e) {
            throw new AssertionError("the service did not answer", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    private void change(String mutation, String id, int version, Map<String, Object> more) {
        Map<String, Object> input = new LinkedHashMap<>(more);
        input.put("id", id);
        input.put("expectedVersion", version);
        String type = mutation.substring(0, 1).toUpperCase() + mutation.substring(1) + "Input";
        JsonNode payload = run("mutation($input: " + type + "!) { " + mutation + "(input: $input) { userErrors { code message } } }",
                input).path(mutation);
        if (!payload.path("userErrors").isEmpty()) {
            throw new AssertionError(mutation + " refused: " + payload);
        }
    }

    private static String id(JsonNode payload, String field) {
        String id = payload.path(field).path("id").asString("");
        if (id.isEmpty()) {
            throw new AssertionError("registration refused: " + payload);
        }
        return id;
    }

    private JsonNode run(String document, Object input) {
        String body = JSON.writeValueAsString(Map.of("query", document, "variables", Map.of("input", input)));
        HttpRequest request = HttpRequest.newBuilder(graphql)
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + TestTokens.cityAdmin())
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
        try {
            JsonNode answer = JSON.readTree(HTTP.send(request, HttpResponse.BodyHandlers.ofString()).body());
            if (answer.has("errors")) {
                throw new AssertionError("GraphQL errors: " + answer.path("errors"));
            }
            return answer.path("data");
        } catch (IOException e) {
            throw new AssertionError("the service did not answer", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }
}
