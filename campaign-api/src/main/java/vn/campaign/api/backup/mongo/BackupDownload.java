package vn.campaign.api.backup.mongo;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.bson.Document;

import vn.campaign.api.backup.mongo.MongoDump.CollectionDump;

/**
 * The client side of {@code backup --server}: asks a running service for its backup
 * ({@code POST /api/admin/backup}) and unpacks the zip into a mongodump directory, checking every entry's name
 * and that each collection has the number of documents the server's manifest states.
 */
final class BackupDownload {

    private static final Pattern DATABASE = Pattern.compile("[A-Za-z0-9_-]{1,63}");
    private static final long MAX_ERROR_BODY = 4096;

    private BackupDownload() {
    }

    /**
     * What a download brought.
     *
     * @param collections  the collections written, in name order
     * @param pausedMillis how long the server held writes while it read the store
     */
    record Downloaded(List<CollectionDump> collections, long pausedMillis) {

        /** Copies the list. */
        Downloaded {
            collections = List.copyOf(collections);
        }
    }

    /**
     * Downloads and unpacks a backup.
     *
     * @param server    the service's base URL, e.g. {@code http://localhost:8080}
     * @param token     a city administrator's bearer token
     * @param directory the empty directory the dump goes to
     * @return what was written
     * @throws IOException           if the server cannot be reached or a file cannot be written
     * @throws IllegalStateException if the server refuses or its answer is not a whole backup
     */
    static Downloaded download(URI server, String token, Path directory) throws IOException {
        String base = server.toString().replaceAll("/+$", "");
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/admin/backup"))
                .header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.noBody()).build();
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        HttpResponse<InputStream> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for " + base, e);
        }
        try (InputStream body = response.body()) {
            if (response.statusCode() != 200) {
                String text = new String(body.readNBytes((int) MAX_ERROR_BODY), StandardCharsets.UTF_8);
                throw new IllegalStateException(refusal(response.statusCode(), text));
            }
            return unpack(body, directory);
        }
    }

    private static String refusal(int status, String body) {
        return switch (status) {
            case 401 -> "the server refused the token (401): give a valid --token of a city administrator";
            case 403 -> "the token's role may not take backups (403): a city administrator's token is needed";
            case 404 -> "the server has no backup endpoint (404): is --server the campaign service's address?";
            case 409 -> "the server cannot take the backup (409): " + messageOf(body);
            default -> "the server answered " + status + " instead of the backup";
        };
    }

    private static String messageOf(String body) {
        try {
            Object message = Document.parse(body).get("message");
            return message instanceof String text ? text : body;
        } catch (RuntimeException e) {
            return body;
        }
    }

    /**
     * Unpacks a backup zip.
     *
     * @param zipped    the zip
     * @param directory the directory the dump goes to
     * @return what was written
     * @throws IOException           if a file cannot be written
     * @throws IllegalStateException if the zip is not a whole backup
     */
    static Downloaded unpack(InputStream zipped, Path directory) throws IOException {
        Map<String, Long> counted = new LinkedHashMap<>();
        Document manifest = null;
        try (ZipInputStream zip = new ZipInputStream(zipped, StandardCharsets.UTF_8)) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                String name = entry.getName();
                if (name.equals(MongoStoreBackups.MANIFEST)) {
                    manifest = Document.parse(new String(zip.readAllBytes(), StandardCharsets.UTF_8));
                    continue;
                }
                Path file = fileOf(name, directory);
                Path parent = file.getParent();
                if (parent != null) {
                    Files.createDirectories(parent);
                }
                try (OutputStream out = Files.newOutputStream(file)) {
                    zip.transferTo(out);
                }
                if (name.endsWith(".bson")) {
                    String collection = name.substring(name.indexOf('/') + 1, name.length() - ".bson".length());
                    counted.put(collection, MongoDump.countDocuments(file));
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("the server's answer is not a whole backup: " + e.getMessage(), e);
        }
        if (manifest == null) {
            throw new IllegalStateException("the server's answer ended before the backup was complete"
                    + " (no manifest); the files in " + directory + " are incomplete");
        }
        Document expected = manifest.get("collections", Document.class);
        List<CollectionDump> collections = new ArrayList<>();
        for (Map.Entry<String, Object> collection : expected.entrySet()) {
            long documents = ((Number) collection.getValue()).longValue();
            Long found = counted.get(collection.getKey());
            if (found == null || found != documents) {
                throw new IllegalStateException("collection " + collection.getKey() + ": the server dumped "
                        + documents + " documents, the backup holds " + (found == null ? "none" : found));
            }
            collections.add(new CollectionDump(collection.getKey(), documents));
        }
        Number paused = manifest.get("writesPausedMillis", Number.class);
        return new Downloaded(collections, paused == null ? 0 : paused.longValue());
    }

    private static Path fileOf(String entry, Path directory) {
        int slash = entry.indexOf('/');
        String database = slash < 0 ? "" : entry.substring(0, slash);
        String file = slash < 0 ? entry : entry.substring(slash + 1);
        String collection = file.endsWith(".metadata.json")
                ? file.substring(0, file.length() - ".metadata.json".length())
                : file.endsWith(".bson") ? file.substring(0, file.length() - ".bson".length()) : "";
        if (!DATABASE.matcher(database).matches() || !MongoDump.COLLECTION_NAME.matcher(collection).matches()) {
            throw new IllegalStateException("the server's backup holds an unexpected entry '" + entry + "'");
        }
        return directory.resolve(database).resolve(file);
    }
}
