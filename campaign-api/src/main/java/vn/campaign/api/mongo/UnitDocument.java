package vn.campaign.api.mongo;

import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.mapping.FieldType;
import org.springframework.data.mongodb.core.mapping.MongoId;

/**
 * A unit as stored in the {@code units} collection. The id is {@code <code>@<validFrom>} (empty after the
 * {@code @} when the first day is unknown); the pair (code, validFrom) is also kept unique by an index.
 *
 * @param id         {@code code@validFrom}
 * @param code       the unit's code
 * @param name       the official name, NFC
 * @param nameFolded the name folded for search
 * @param kind       the name of its {@link vn.campaign.core.unit.UnitKind}
 * @param parent     the code of the unit above, or {@code null}
 * @param validFrom  the first day it exists (ISO-8601), or {@code null} when unknown
 * @param validUntil the last day it exists (ISO-8601), or {@code null} while it exists
 * @param mergedInto the unit it merged into, or {@code null}
 */
@Document(UnitDocument.COLLECTION)
public record UnitDocument(@MongoId(FieldType.STRING) String id, String code, String name, String nameFolded,
        String kind, @Nullable String parent, @Nullable String validFrom, @Nullable String validUntil,
        @Nullable SuccessionDocument mergedInto) {

    /** The collection's name. */
    public static final String COLLECTION = "units";

    /** Validates the document. */
    public UnitDocument {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(nameFolded, "nameFolded");
        Objects.requireNonNull(kind, "kind");
    }

    /**
     * The unit a unit merged into, embedded.
     *
     * @param code its code
     * @param name its name on the day of the merger
     * @param on   the day of the merger (ISO-8601)
     */
    public record SuccessionDocument(String code, String name, String on) {
    }

    /**
     * The id of the unit with a code and first day.
     *
     * @param code      the code
     * @param validFrom the first day as ISO-8601 text, or {@code null}
     * @return {@code code@validFrom}
     */
    public static String idOf(String code, @Nullable String validFrom) {
        return code + "@" + (validFrom == null ? "" : validFrom);
    }
}
