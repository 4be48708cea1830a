package vn.campaign.api.site;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * Where the public pages live, for links that leave the browser (the QR codes on plaques): the configured
 * {@code campaign.public-base-url}, or else the address the request came to.
 *
 * @param base the configured base, such as {@code https://thidua.hatinh.gov.vn}, or {@code null} to use the
 *             request's
 */
public record PublicLinks(@Nullable URI base) {

    /**
     * Validates the base.
     *
     * @throws IllegalArgumentException if the base is not an absolute http(s) address without query or fragment
     */
    public PublicLinks {
        if (base != null) {
            String scheme = base.getScheme();
            if (!base.isAbsolute() || base.getHost() == null
                    || !("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme))
                    || base.getRawQuery() != null || base.getRawFragment() != null) {
                throw new IllegalArgumentException("campaign.public-base-url must be an absolute http or https address "
                        + "without query or fragment, such as https://thidua.hatinh.gov.vn; it is " + base);
            }
        }
    }

    /**
     * The links from a setting's text.
     *
     * @param setting the value of {@code campaign.public-base-url}; blank for the request's address
     * @return the links
     * @throws IllegalArgumentException if the setting is not a usable address
     */
    public static PublicLinks fromSetting(@Nullable String setting) {
        if (setting == null || setting.isBlank()) {
            return new PublicLinks(null);
        }
        try {
            return new PublicLinks(new URI(setting.strip()));
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("campaign.public-base-url is not an address: " + setting, e);
        }
    }

    /**
     * The public page of a work.
     *
     * @param requestBase the address the current request came to (scheme, host, port, context path), used when
     *                    no base is configured
     * @param workId      the work's global id, as in {@code /works/{id}}
     * @return the page's absolute address
     */
    public URI workPage(URI requestBase, String workId) {
        Objects.requireNonNull(requestBase, "requestBase");
        Objects.requireNonNull(workId, "workId");
        URI chosen = base == null ? requestBase : base;
        String text = chosen.toString();
        String root = text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
        // Global ids are URL-safe Base64, so they need no escaping in a path.
        return URI.create(root + "/works/" + workId);
    }
}
