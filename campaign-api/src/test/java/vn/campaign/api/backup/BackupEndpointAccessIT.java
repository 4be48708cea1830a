package vn.campaign.api.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.bson.Document;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.test.web.servlet.client.MockMvcWebTestClient;
import org.springframework.web.context.WebApplicationContext;

import vn.campaign.api.security.Caller;
import vn.campaign.api.security.SecuredEndpoint;
import vn.campaign.api.support.EmbeddedStoreTestBase;

/**
 * {@code POST /api/admin/backup} answers a city administrator with a zip of the store in mongodump's layout and
 * refuses everyone else: 401 without a valid token, 403 for another role.
 */
class BackupEndpointAccessIT extends EmbeddedStoreTestBase {

    @Autowired
    private WebApplicationContext context;

    @Test
    void answersTheCityAZipOfEveryCollectionWithAManifest() throws Exception {
        byte[] zip = backup(Caller.CITY_ADMIN.token()).expectStatus().isOk()
                .expectHeader().contentType("application/zip")
                .expectHeader().value(HttpHeaders.CONTENT_DISPOSITION, v -> assertThat(v).startsWith("attachment"))
                .expectBody(byte[].class).returnResult().getResponseBody();

        Map<String, byte[]> entries = new HashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                entries.put(entry.getName(), in.readAllBytes());
            }
        }
        Document manifest = Document.parse(new String(entries.get("backup.json"), StandardCharsets.UTF_8));
        Document collections = manifest.get("collections", Document.class);
        assertThat(collections.keySet()).contains("campaigns", "units");
        for (String collection : collections.keySet()) {
            assertThat(entries).containsKeys("campaign/" + collection + ".bson",
                    "campaign/" + collection + ".metadata.json");
        }
        assertThat(collections.get("units", Number.class).longValue()).isEqualTo(
                mongoTemplate().getCollection("units").countDocuments());
    }

    @ParameterizedTest
    @EnumSource(value = Caller.class, names = {"ANONYMOUS", "VIEWER", "OFFICER_18070"})
    void refusesABackupToAnyoneButTheCity(Caller caller) {
        int expected = caller == Caller.ANONYMOUS ? 401 : 403;

        backup(caller.token()).expectStatus().isEqualTo(expected)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_JSON);
    }

    @Test
    void refusesABadTokenAs401() {
        backup(Caller.CITY_ADMIN.token() + "x").expectStatus().isUnauthorized();
    }

    private WebTestClient.ResponseSpec backup(@Nullable String token) {
        WebTestClient client = MockMvcWebTestClient.bindTo(SecuredEndpoint.mockMvc(context)).build();
        WebTestClient.RequestBodySpec request = client.post().uri("/api/admin/backup");
        if (token != null) {
            request = request.header(HttpHeaders.AUTHORIZATION, "Bearer " + token);
        }
        return request.exchange();
    }
}
