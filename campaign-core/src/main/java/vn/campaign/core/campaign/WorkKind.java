package vn.campaign.core.campaign;

/**
 * The kind of a celebratory work (công trình chào mừng).
 *
 * @since 0.1.0
 */
public enum WorkKind {
    /** Khánh thành: a finished work is inaugurated. */
    INAUGURATION,
    /** Khởi công: construction of a work begins. */
    GROUNDBREAKING
}
