package vn.campaign.core.campaign;

/**
 * The kind of a registered event.
 *
 * @since 0.1.0
 */
public enum EventKind {
    /** Lễ hội văn hóa dân gian truyền thống: a traditional folk festival. */
    TRADITIONAL_FESTIVAL,
    /** Sự kiện văn hóa: a cultural event. */
    CULTURAL,
    /** Sự kiện thể thao: a sports event. */
    SPORTS
}
