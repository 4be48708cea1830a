package vn.campaign.core.admin;

import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import vn.campaign.core.unit.UnitKind;

/**
 * Add a unit: a ward or commune, or an organisation (party committee or cell, agency, mass organisation,
 * school, enterprise) under its parent unit.
 *
 * @param code       its code, as given
 * @param name       its official name
 * @param kind       what it is
 * @param parentCode the code of the unit above it, as given; required for an organisation
 * @param validFrom  its first day; {@code null} when unknown or always
 * @since 0.3.0
 */
public record DefineUnit(String code, String name, UnitKind kind, @Nullable String parentCode,
        @Nullable LocalDate validFrom) {

    /**
     * Validates the command.
     *
     * @param code its code, as given
     * @param name its official name
     * @param kind what it is
     * @param parentCode the code of the unit above it, as given; required for an organisation
     * @param validFrom its first day; {@code null} when unknown or always
     */
    public DefineUnit {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
    }
}
