package vn.campaign.importer.mapping;

import org.jspecify.annotations.Nullable;
import vn.campaign.core.rule.FieldPath;
import vn.campaign.importer.sheet.Field;

/** The core's fields, as its commands and violations name them, and the sheet field each comes from. */
final class Cells {

    static final FieldPath UNIT_CODE = FieldPath.of("unitCode");
    static final FieldPath NAME = FieldPath.of("name");
    static final FieldPath KIND = FieldPath.of("kind");
    static final FieldPath PLANNED_ON = FieldPath.of("plannedOn");
    static final FieldPath STARTS_ON = FieldPath.of("startsOn");
    static final FieldPath ENDS_ON = FieldPath.of("endsOn");
    static final FieldPath INVESTMENT = FieldPath.of("investment");
    static final FieldPath LOCATION = FieldPath.of("location");
    static final FieldPath VENUE = FieldPath.of("venue");
    static final FieldPath FUNDING_SOURCE = FieldPath.of("fundingSource");
    static final FieldPath INVESTOR = FieldPath.of("investor");
    static final FieldPath EVIDENCE_NOTES = FieldPath.of("evidenceNotes");
    static final FieldPath PLAQUE = FieldPath.of("plaqueRequested");
    /** The registration id, as the core's update names it. */
    static final FieldPath ID = FieldPath.of("id");
    /** The version read, as the core's update names it. */
    static final FieldPath EXPECTED_VERSION = FieldPath.of("expectedVersion");

    private Cells() {
    }

    /** The core's field a sheet field feeds, for locating issues; {@code null} for the sequence number. */
    static @Nullable FieldPath of(Field field) {
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
            case REGISTRATION_ID -> ID;
            case VERSION -> EXPECTED_VERSION;
        };
    }
}
