package vn.campaign.api.site;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A work's public page, {@code /works/{id}}: the static page {@code static/site/work.html}, whose script reads
 * the work from the public GraphQL API with the id in the address. The page at {@code /} is
 * {@code static/index.html}, served by Spring Boot as the welcome page.
 */
@Controller
public class PublicPageController {

    /** A controller. */
    public PublicPageController() {
    }

    /**
     * The work page.
     *
     * @param id the work's global id (read by the page's script, not here)
     * @return the forward to the static page
     */
    @GetMapping("/works/{id}")
    public String work(@PathVariable String id) {
        return "forward:/site/work.html";
    }
}
