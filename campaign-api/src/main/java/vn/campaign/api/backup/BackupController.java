package vn.campaign.api.backup;

import java.io.IOException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/admin/backup}: a zip of a consistent dump of the store, for city administrators (the
 * security configuration refuses everyone else). The {@code backup --server} command of the service's jar
 * calls it and unpacks the zip into a mongodump directory.
 */
@RestController
public class BackupController {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")
            .withZone(ZoneOffset.UTC);

    private final StoreBackups backups;
    private final Clock clock;

    /**
     * A controller.
     *
     * @param backups the store's backups
     * @param clock   the clock naming the file
     */
    public BackupController(StoreBackups backups, Clock clock) {
        this.backups = backups;
        this.clock = clock;
    }

    /**
     * Streams the backup, or answers 409 when the store cannot be backed up by the service.
     *
     * @param response the response the zip is written to
     * @return {@code null} once the zip is written, or the 409 answer
     * @throws IOException if the client goes away
     */
    @PostMapping("/api/admin/backup")
    public @org.jspecify.annotations.Nullable ResponseEntity<Map<String, String>> backup(HttpServletResponse response)
            throws IOException {
        String unavailable = backups.unavailableReason();
        if (unavailable != null) {
            return ResponseEntity.status(HttpStatus.CONFLICT).contentType(MediaType.APPLICATION_JSON)
                    .body(Map.of("message", unavailable));
        }
        response.setStatus(HttpStatus.OK.value());
        response.setContentType("application/zip");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                "attachment; filename=\"campaign-backup-" + STAMP.format(clock.instant()) + ".zip\"");
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        backups.writeZip(response.getOutputStream());
        response.flushBuffer();
        return null;
    }
}
