package vn.campaign.core.campaign;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
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

    private static final String DEFINITION = resource("directive-32.yaml");

    private static final String SOURCE_TEXT = Normalizer.normalize(resource(SOURCE_TEXT_RESOURCE), Normalizer.Form.NFC);

    private static final Campaign CAMPAIGN = CampaignDefinitions.parse(DEFINITION, SOURCE_TEXT).orThrow();

    private static final BuiltInCampaign BUILT_IN = new BuiltInCampaign(CAMPAIGN,
            BuiltInCampaign.revisionOf(DEFINITION, SOURCE_TEXT));

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

    /**
     * The campaign with the revision of its definition, for the seeding that stores it, and upgrades a copy an
     * earlier release stored when the definition has changed since.
     *
     * @return the built-in campaign
     * @since 0.4.0
     */
    public static BuiltInCampaign builtIn() {
        return BUILT_IN;
    }

    private static String resource(String name) {
        try (InputStream in = Objects.requireNonNull(Directive32.class.getResourceAsStream(name), name + " is missing")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
