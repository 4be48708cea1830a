package vn.campaign.api.mongo;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import vn.campaign.core.text.VietnameseText;
import vn.campaign.core.unit.Succession;
import vn.campaign.core.unit.Unit;
import vn.campaign.core.unit.UnitCode;
import vn.campaign.core.unit.UnitKind;

/** Maps units to and from their documents. */
public final class UnitMapper {

    private UnitMapper() {
    }

    /**
     * The document of a unit.
     *
     * @param unit the unit
     * @return its document
     */
    public static UnitDocument toDocument(Unit unit) {
        String validFrom = Dates.text(unit.validFrom());
        return new UnitDocument(UnitDocument.idOf(unit.code().value(), validFrom), unit.code().value(), unit.name(),
                VietnameseText.fold(unit.name()), unit.kind().name(),
                unit.parent() == null ? null : unit.parent().value(), validFrom, Dates.text(unit.validUntil()),
                succession(unit.mergedInto()));
    }

    /**
     * The unit a document holds.
     *
     * @param document the document
     * @return the unit
     */
    public static Unit toDomain(UnitDocument document) {
        return new Unit(new UnitCode(document.code()), document.name(), UnitKind.valueOf(document.kind()),
                document.parent() == null ? null : new UnitCode(document.parent()), Dates.day(document.validFrom()),
                Dates.day(document.validUntil()), succession(document.mergedInto()));
    }

    private static UnitDocument.@Nullable SuccessionDocument succession(@Nullable Succession s) {
        return s == null ? null : new UnitDocument.SuccessionDocument(s.code().value(), s.name(), s.on().toString());
    }

    private static @Nullable Succession succession(UnitDocument.@Nullable SuccessionDocument d) {
        return d == null ? null : new Succession(new UnitCode(d.code()), d.name(), LocalDate.parse(d.on()));
    }
}
