package vn.campaign.core.unit;

import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import vn.campaign.core.text.VietnameseText;
import vn.campaign.core.time.Period;

/**
 * A unit that takes part in campaigns: the city, a ward or commune, or an organisation under a parent.
 *
 * <p>A unit is valid from {@code validFrom} to {@code validUntil} (both inclusive; {@code null} means
 * open). Codes are reused after mergers, so the same code may name different units in different
 * periods: 18103 was Xã Thạch Môn until 2019, then Xã Đồng Môn.
 *
 * @param code       the unit's code
 * @param name       the official name in Vietnamese ("Phường Trần Phú"), stored in NFC
 * @param kind       what the unit is
 * @param parent     the code of the unit above it, {@code null} for the top
 * @param validFrom  the first day it exists, {@code null} when unknown or always
 * @param validUntil the last day it exists, {@code null} while it still exists
 * @param mergedInto the unit it merged into the day after {@code validUntil}, {@code null} when it did not
 *                   merge (since 0.3.0)
 * @since 0.1.0
 */
public record Unit(UnitCode code, String name, UnitKind kind, @Nullable UnitCode parent,
        @Nullable LocalDate validFrom, @Nullable LocalDate validUntil, @Nullable Succession mergedInto) {

    /**
     * Validates the unit.
     *
     * @param code the unit's code
     * @param name the official name in Vietnamese ("Phường Trần Phú"), stored in NFC
     * @param kind what the unit is
     * @param parent the code of the unit above it, {@code null} for the top
     * @param validFrom the first day it exists, {@code null} when unknown or always
     * @param validUntil the last day it exists, {@code null} while it still exists
     * @param mergedInto the unit it merged into the day after {@code validUntil}, {@code null} when it did not
     *        merge (since 0.3.0)
     */
    public Unit {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        name = VietnameseText.normalize(name);
        if (name.isEmpty()) {
            throw new IllegalArgumentException("unit " + code + " has a blank name");
        }
        if (validFrom != null && validUntil != null && validUntil.isBefore(validFrom)) {
            throw new IllegalArgumentException("unit " + code + " is valid until " + validUntil
                    + ", before it is valid from " + validFrom);
        }
        if (code.equals(parent)) {
            throw new IllegalArgumentException("unit " + code + " cannot be its own parent");
        }
        if (mergedInto != null && (validUntil == null || !mergedInto.on().equals(validUntil.plusDays(1)))) {
            throw new IllegalArgumentException("unit " + code + " merged into " + mergedInto.code() + " on "
                    + mergedInto.on() + ", so its last day must be the day before, not " + validUntil);
        }
    }

    /**
     * A unit that did not merge into another.
     *
     * @param code       the code
     * @param name       the name
     * @param kind       the kind
     * @param parent     the parent's code, or {@code null}
     * @param validFrom  the first day, or {@code null}
     * @param validUntil the last day, or {@code null}
     */
    public Unit(UnitCode code, String name, UnitKind kind, @Nullable UnitCode parent, @Nullable LocalDate validFrom,
            @Nullable LocalDate validUntil) {
        this(code, name, kind, parent, validFrom, validUntil, null);
    }

    /**
     * The same unit ending the day before a merger into another.
     *
     * @param successor the unit it merges into, and the day
     * @return the unit, valid until the day before
     * @since 0.3.0
     */
    public Unit mergingInto(Succession successor) {
        return new Unit(code, name, kind, parent, validFrom, successor.on().minusDays(1), successor);
    }

    /**
     * The same unit with other validity dates and no merger.
     *
     * @param from  the first day, or {@code null}
     * @param until the last day, or {@code null}
     * @return the unit
     * @since 0.3.0
     */
    public Unit withValidity(@Nullable LocalDate from, @Nullable LocalDate until) {
        return new Unit(code, name, kind, parent, from, until, null);
    }

    /**
     * The same unit under another name.
     *
     * @param newName the name
     * @return the unit
     * @since 0.3.0
     */
    public Unit withName(String newName) {
        return new Unit(code, newName, kind, parent, validFrom, validUntil, mergedInto);
    }

    /**
     * A unit that exists with no known end.
     *
     * @param code   the code
     * @param name   the name
     * @param kind   the kind
     * @param parent the parent's code, or {@code null}
     * @return the unit
     */
    public static Unit of(String code, String name, UnitKind kind, @Nullable String parent) {
        return new Unit(new UnitCode(code), name, kind, parent == null ? null : new UnitCode(parent), null, null);
    }

    /**
     * Whether the unit exists on a day.
     *
     * @param day a day
     * @return {@code true} when the day lies within the validity period
     */
    public boolean isValidOn(LocalDate day) {
        return (validFrom == null || !day.isBefore(validFrom)) && (validUntil == null || !day.isAfter(validUntil));
    }

    /**
     * Whether the unit exists on at least one day of a period.
     *
     * @param period a period
     * @return {@code true} when the validity overlaps the period
     */
    public boolean isValidDuring(Period period) {
        return (validFrom == null || !period.endsOn().isBefore(validFrom))
                && (validUntil == null || !period.startsOn().isAfter(validUntil));
    }

    /**
     * Whether the unit exists on every day of a period.
     *
     * @param period a period
     * @return {@code true} when the validity covers the period
     */
    public boolean isValidThroughout(Period period) {
        return isValidOn(period.startsOn()) && isValidOn(period.endsOn());
    }
}
