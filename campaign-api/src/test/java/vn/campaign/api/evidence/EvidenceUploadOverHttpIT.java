package vn.campaign.api.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import vn.campaign.api.CampaignApiApplication;
import vn.campaign.api.graphql.GlobalId;
import vn.campaign.api.security.TestTokens;
import vn.campaign.core.application.CampaignPlatform;
import vn.campaign.core.application.RegisterWork;
import vn.campaign.core.campaign.WorkKind;
import vn.campaign.core.registration.WorkDetails;

/**
 * Uploads over real HTTP (Tomcat parses the multipart body), with Spring's multipart limits set low: a
 * Vietnamese file name as a browser sends it, and a body beyond the limits answered 413 with the endpoint's
 * JSON, not an HTML page.
 */
@SpringBootTest(classes = CampaignApiApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"campaign.store.embedded=memory", "spring.mongodb.uri=", "spring.mongodb.host=",
            "spring.servlet.multipart.max-file-size=64KB", "spring.servlet.multipart.max-request-size=80KB",
            "campaign.evidence.max-file-size=64KB", "campaign.evidence.max-total-size=1MB"})
class EvidenceUploadOverHttpIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    private int port;

    @Autowired
    private CampaignPlatform platform;

    @Test
    void keepsAVietnameseFileNameSentByABrowser() throws Exception {
        HttpResponse<String> response = post(work(), "Ảnh lễ khánh thành.jpg", EvidenceFiles.jpeg(20_000));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        JsonNode evidence = JSON.readTree(response.body()).get("evidence").get(0);
        assertThat(evidence.get("fileName").asString()).isEqualTo("Ảnh lễ khánh thành.jpg");

        HttpResponse<byte[]> download = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + evidence.get("url").asString())).header("Authorization", "Bearer " + TestTokens.cityAdmin()).GET()
                .build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.body()).hasSize(20_000);
        assertThat(download.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    }

    @Test
    void answersABodyBeyondTheMultipartLimitsWith413AndJson() throws Exception {
        HttpResponse<String> response = post(work(), "ảnh lớn.jpg", EvidenceFiles.jpeg(200_000));

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
        JsonNode body = JSON.readTree(response.body());
        assertThat(body.get("code").asString()).isEqualTo("FILE_TOO_LARGE");
        assertThat(body.get("message").asString()).contains("65536 bytes");
        assertThat(body.get("messageVi").asString()).isNotBlank();
    }

    private String work() {
        return GlobalId.of(platform.registrationService().registerWork(new RegisterWork("CT32-2022", "18070",
                WorkDetails.of("Nhà văn hóa " + UUID.randomUUID(), WorkKind.INAUGURATION, LocalDate.of(2022, 5, 19))))
                .value());
    }

    private HttpResponse<String> post(String registration, String fileName, byte[] content) throws IOException,
            InterruptedException {
        String boundary = "evidence-" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: image/jpeg\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"caption\"\r\n\r\n"
                + "Cắt băng, ngày 19/5\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/registrations/"
                + registration + "/evidence"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Authorization", "Bearer " + TestTokens.unitOfficer("18070"))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
