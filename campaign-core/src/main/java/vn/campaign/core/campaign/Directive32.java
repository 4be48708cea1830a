package vn.campaign.core.campaign;

import java.util.Objects;

/**
 * The built-in campaign of Directive 32-CT/Th.Uy (8/4/2022) of the Standing Board of the Hà Tĩnh City
 * Party Committee: the peak campaign from April 2022 to 15/6/2022. Its definition is data, the
 * {@code directive-32.yaml} document read by {@link CampaignDefinitions}, tied to the directive's text shipped
 * beside it ({@code directive-32.vi.txt}, UTF-8, NFC): every item quotes, interprets or labels a span of it.
 *
 * @since 0.1.0
 */
public final class Directive32 {

    /** The campaign's code. */
    public static final CampaignCode CODE = new CampaignCode("CT32-2022");

    /** The name of the resource, beside this class, that holds the directive's text. */
    public static final String SOURCE_TEXT_RESOURCE = "directive-32.vi.txt";

    private static final Campaign CAMPAIGN = CampaignDefinitions.parse(
            Objects.requireNonNull(Directive32.class.getResourceAsStream("directive-32.yaml"), "directive-32.yaml is missing"),
            Objects.requireNonNull(Directive32.class.getResourceAsStream(SOURCE_TEXT_RESOURCE),
                    SOURCE_TEXT_RESOURCE + " is missing"))
            .orThrow();

    private Directive32() {
    }

    /**
     * The campaign.
     *
     * @return the Directive 32 campaign
     */
    public static Campaign campaign() {
        return CAMPAIGN;
    }
}
