package vn.campaign.api.backup.mongo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.bson.Document;
import org.bson.RawBsonDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The client of {@code backup --server} writes only a whole backup into the directory: a zip cut short, one
 * whose counts disagree with its manifest, or one with an entry outside the dump's layout is refused.
 */
class BackupDownloadTest {

    private static final byte[] WORK = MongoDump.bytes(RawBsonDocument.parse("{\"_id\": \"w1\", \"name\": \"Cầu Hộ Độ\"}"));

    @TempDir
    Path directory;

    @Test
    void unpacksAWholeBackupIntoMongodumpsLayout() throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("campaign/registrations.bson", concat(WORK, WORK));
        entries.put("campaign/registrations.metadata.json", "{}".getBytes(StandardCharsets.UTF_8));
        entries.put("backup.json", manifest(2).getBytes(StandardCharsets.UTF_8));

        BackupDownload.Downloaded downloaded = BackupDownload.unpack(zip(entries), directory);

        assertThat(downloaded.collections()).containsExactly(new MongoDump.CollectionDump("registrations", 2));
        assertThat(directory.resolve("campaign/registrations.bson")).hasBinaryContent(concat(WORK, WORK));
        assertThat(directory.resolve("backup.json")).doesNotExist();
    }

    @Test
    void refusesABackupCutShortBeforeItsManifest() {
        Map<String, byte[]> entries = Map.of("campaign/registrations.bson", WORK);

        assertThatThrownBy(() -> BackupDownload.unpack(zip(entries), directory))
                .hasMessageContaining("ended before the backup was complete");
    }

    @Test
    void refusesABackupWhoseCountsDisagreeWithItsManifest() {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("campaign/registrations.bson", WORK);
        entries.put("backup.json", manifest(2).getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> BackupDownload.unpack(zip(entries), directory))
                .hasMessage("collection registrations: the server dumped 2 documents, the backup holds 1");
    }

    @Test
    void refusesAnEntryOutsideTheDumpsLayout() {
        Map<String, byte[]> entries = Map.of("../campaign/registrations.bson", WORK);

        assertThatThrownBy(() -> BackupDownload.unpack(zip(entries), directory))
                .hasMessageContaining("unexpected entry '../campaign/registrations.bson'");
        assertThat(directory.resolveSibling("campaign")).doesNotExist();
    }

    @Test
    void refusesABackupOfAServerOnAnExternalMongoDbAndSaysToUseMongodump() {
        MongoStoreBackups backups = new MongoStoreBackups(null);

        assertThat(backups.unavailableReason()).contains("mongodump");
        assertThatThrownBy(() -> backups.writeZip(new ByteArrayOutputStream()))
                .isInstanceOf(IllegalStateException.class);
    }

    private static String manifest(int registrations) {
        return new Document("database", "campaign").append("collections", new Document("registrations", registrations))
                .append("writesPausedMillis", 3).toJson();
    }

    private static ByteArrayInputStream zip(Map<String, byte[]> entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue());
                zip.closeEntry();
            }
        }
        return new ByteArrayInputStream(bytes.toByteArray());
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] both = new byte[first.length + second.length];
        System.arraycopy(first, 0, both, 0, first.length);
        System.arraycopy(second, 0, both, first.length, second.length);
        return both;
    }
}
