package vn.campaign.api.limits;

/**
 * The limits of {@link GraphQlLimits}, each named by its property.
 */
public enum Limit {

    /** {@link GraphQlLimits#maxDepth()}. */
    MAX_DEPTH("max-depth"),
    /** {@link GraphQlLimits#maxComplexity()}. */
    MAX_COMPLEXITY("max-complexity"),
    /** {@link GraphQlLimits#maxAliases()}. */
    MAX_ALIASES("max-aliases"),
    /** {@link GraphQlLimits#maxRootFields()}. */
    MAX_ROOT_FIELDS("max-root-fields"),
    /** {@link GraphQlLimits#maxDirectives()}. */
    MAX_DIRECTIVES("max-directives"),
    /** {@link GraphQlLimits#maxErrors()}. */
    MAX_ERRORS("max-errors"),
    /** {@link GraphQlLimits#maxDocumentCharacters()}. */
    MAX_DOCUMENT_CHARACTERS("max-document-characters"),
    /** {@link GraphQlLimits#maxDocumentTokens()}. */
    MAX_DOCUMENT_TOKENS("max-document-tokens"),
    /** {@link GraphQlLimits#requestTimeout()}. */
    REQUEST_TIMEOUT("request-timeout"),
    /** {@link GraphQlLimits#maxRequestSize()}. */
    MAX_REQUEST_SIZE("max-request-size");

    private final String name;

    Limit(String name) {
        this.name = name;
    }

    /**
     * The full property name.
     *
     * @return e.g. {@code campaign.graphql.limits.max-depth}
     */
    public String property() {
        return GraphQlLimits.PREFIX + "." + name;
    }
}
