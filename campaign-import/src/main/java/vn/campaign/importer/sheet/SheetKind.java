package vn.campaign.importer.sheet;

/**
 * What a sheet lists, as told by its headers and title.
 */
public enum SheetKind {
    /** Celebratory works (công trình): inaugurations and groundbreakings. */
    WORKS,
    /** Festivals and events (lễ hội, sự kiện). */
    EVENTS,
    /** Works and events together, told apart row by row by the kind column. */
    MIXED,
    /** Nothing in the headers or title says which. */
    UNKNOWN
}
