package vn.campaign.core.campaign;

/**
 * What an obligation asks units to register.
 *
 * @since 0.1.0
 */
public enum RegistrationType {
    /** A celebratory work (công trình chào mừng). */
    WORK,
    /** An event: a festival, a cultural or a sports event. */
    EVENT
}
