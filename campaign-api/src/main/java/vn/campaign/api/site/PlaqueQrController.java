package vn.campaign.api.site;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import vn.campaign.api.graphql.GlobalId;
import vn.campaign.core.access.AccessPolicy;
import vn.campaign.core.access.Actor;
import vn.campaign.core.access.Visibility;
import vn.campaign.core.application.CampaignPlatform;
import vn.campaign.core.registration.Work;

/**
 * The QR code of an awarded plaque: {@code GET /api/plaques/{workId}/qr.png} and {@code .svg}, public, holding
 * the link to the work's public page ({@code /works/{workId}}). A work id that names no work, a work without an
 * awarded plaque, or one the public may not see, is answered 404.
 */
@RestController
public class PlaqueQrController {

    /** The SVG media type. */
    static final MediaType SVG = MediaType.parseMediaType("image/svg+xml");

    private final CampaignPlatform platform;
    private final PublicLinks links;

    /**
     * A controller.
     *
     * @param platform      the platform, whose registrations are read
     * @param publicBaseUrl {@code campaign.public-base-url}: where the public pages live; blank for the address
     *                      each request came to
     */
    public PlaqueQrController(CampaignPlatform platform, @Value("${campaign.public-base-url:}") String publicBaseUrl) {
        this.platform = Objects.requireNonNull(platform, "platform");
        this.links = PublicLinks.fromSetting(publicBaseUrl);
    }

    /**
     * The QR code as a PNG image.
     *
     * @param workId the work's global id
     * @return the image
     */
    @GetMapping(path = "/api/plaques/{workId}/qr.png", produces = MediaType.IMAGE_PNG_VALUE)
    public ResponseEntity<byte[]> png(@PathVariable String workId) {
        return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG).cacheControl(caching()).body(code(workId).png());
    }

    /**
     * The QR code as an SVG image, for print.
     *
     * @param workId the work's global id
     * @return the image
     */
    @GetMapping(path = "/api/plaques/{workId}/qr.svg", produces = "image/svg+xml")
    public ResponseEntity<String> svg(@PathVariable String workId) {
        return ResponseEntity.ok().contentType(SVG).cacheControl(caching()).body(code(workId).svg());
    }

    private QrCode code(String workId) {
        Visibility publicView = AccessPolicy.visibility(Actor.anonymous());
        boolean awarded = GlobalId.registration(workId, "Work").flatMap(platform.registrations()::findById)
                .filter(publicView::canSee)
                .filter(registration -> registration instanceof Work work && work.plaqueAwarded())
                .isPresent();
        if (!awarded) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        URI requestBase = ServletUriComponentsBuilder.fromCurrentContextPath().build().toUri();
        return QrCode.of(links.workPage(requestBase, workId));
    }

    /** A plaque's code changes only if the public address does: let browsers and proxies keep it an hour. */
    private static CacheControl caching() {
        return CacheControl.maxAge(Duration.ofHours(1)).cachePublic();
    }
}
