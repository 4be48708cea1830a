package vn.campaign.importer.sheet;

import java.util.Objects;

/**
 * The unit of the rows of a sheet without a unit column that no group heading names.
 *
 * @param unit   the unit's name, as the campaign's units spell it
 * @param source where it was found: a title row, the sheet name or the file name
 * @param origin the text it was found in, for the report ("the title row 1 \"UBND PHƯỜNG VĂN YÊN\"")
 */
record UnitFallback(String unit, UnitSource source, String origin) {

    UnitFallback {
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(origin, "origin");
    }
}
