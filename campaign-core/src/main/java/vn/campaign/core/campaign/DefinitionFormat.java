package vn.campaign.core.campaign;

/**
 * The notation a campaign definition is written in.
 *
 * @since 0.3.0
 */
public enum DefinitionFormat {
    /** YAML 1.1, as the built-in {@code directive-32.yaml}. */
    YAML,
    /** JSON: an object at the top. */
    JSON
}
