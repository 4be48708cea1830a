package vn.campaign.core.rule;

/**
 * How serious a violation is.
 *
 * @since 0.1.0
 */
public enum Severity {
    /** The action is refused; nothing is stored. */
    ERROR,
    /** The action goes ahead; the caller is told. */
    WARNING
}
