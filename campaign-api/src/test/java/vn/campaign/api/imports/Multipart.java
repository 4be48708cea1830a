package vn.campaign.api.imports;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

/** Multipart uploads to {@code POST /api/imports} over real HTTP. */
final class Multipart {

    private Multipart() {
    }

    /**
     * A {@code multipart/form-data} POST of a file and some fields.
     *
     * @param endpoint the URL of {@code /api/imports}
     * @param fileName the file name sent in the part's header (UTF-8, as browsers send it)
     * @param content  the file's bytes
     * @param fields   other fields, such as {@code campaign} and {@code dryRun}
     * @param token    the caller's bearer token
     * @return the request
     */
    static HttpRequest post(URI endpoint, String fileName, byte[] content, Map<String, String> fields, String token) {
        String boundary = "test-" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        fields.forEach((name, value) -> write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\""
                + name + "\"\r\n\r\n" + value + "\r\n"));
        write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n");
        body.writeBytes(content);
        write(body, "\r\n--" + boundary + "--\r\n");
        return HttpRequest.newBuilder(endpoint)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Accept", "application/json")
                .header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                .build();
    }

    private static void write(ByteArrayOutputStream body, String text) {
        body.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }
}
