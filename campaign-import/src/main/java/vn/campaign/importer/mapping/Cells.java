package vn.campaign.importer.mapping;

import org.jspecify.annotations.Nullable;
import vn.campaign.importer.sheet.Field;

/** The core's field names, as its commands and violations name them, and the sheet field each comes from. */
final class Cells {

    static final String UNIT_CODE = "unitCode";
    static final String NAME = "name";
    static final String KIND = "kind";
    static final String PLANNED_ON = "plannedOn";
    static final String STARTS_ON = "startsOn";
    static final String ENDS_ON = "endsOn";
    static final String INVESTMENT = "investment";
    static final String LOCATION = "location";
    static final String VENUE = "venue";
    static final String FUNDING_SOURCE = "fundingSource";
    static final String INVESTOR = "investor";
    static final String EVIDENCE_NOTES = "evidenceNotes";
    static final String PLAQUE = "plaqueRequested";

    private Cells() {
    }

    /** The core's field a sheet field feeds, for locating issues; {@code null} for the sequence number. */
    static @Nullable String of(Field field) {
        return switch (field) {
            case SEQUENCE -> null;
            case UNIT -> UNIT_CODE;
            case NAME -> NAME;
            case KIND -> KIND;
            case PLANNED_DATE -> PLANNED_ON;
            case START_DATE -> STARTS_ON;
            case END_DATE -> ENDS_ON;
            case LOCATION -> LOCATION;
            case AMOUNT -> INVESTMENT;
            case FUNDING_SOURCE -> FUNDING_SOURCE;
            case INVESTOR -> INVESTOR;
            case PLAQUE -> PLAQUE;
            case NOTES -> EVIDENCE_NOTES;
        };
    }
}
