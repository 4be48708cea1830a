package vn.campaign.core.unit;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import vn.campaign.core.text.VietnameseText;
import vn.campaign.core.time.Period;

/**
 * Resolves what people write for a unit — "P. Bắc Hà", "phường bắc hà", "Phuong Bac Ha",
 * "X. Thạch Hạ", "18100" — to a unit.
 *
 * <p>Case, tone marks, đ/d, punctuation and spacing are ignored, and the abbreviations "P." (phường),
 * "X." (xã), "TT." (thị trấn) and "TP." (thành phố) are read as their words. A text matches a unit by
 * its code, by its full name ("Phường Bắc Hà") or by its name without the kind ("Bắc Hà"); a kind
 * written in the text must agree with the unit's. When several units fit, the match is
 * {@link UnitMatch.Ambiguous}; when none does, {@link UnitMatch.Unknown}.
 *
 * <p>Build one matcher over the units valid on the campaign's dates, so that a reused code or name
 * resolves to the unit of that time.
 *
 * @since 0.1.0
 */
public final class UnitNameMatcher {

    private static final Map<String, String> KIND_WORDS = Map.of(
            "phuong", "phuong", "p", "phuong",
            "xa", "xa", "x", "xa",
            "thi tran", "thi tran", "tt", "thi tran",
            "thanh pho", "thanh pho", "tp", "thanh pho");

    private static final Map<UnitKind, String> KIND_OF_UNIT = Map.of(
            UnitKind.WARD, "phuong", UnitKind.COMMUNE, "xa",
            UnitKind.TOWNSHIP, "thi tran", UnitKind.CITY, "thanh pho");

    private final Map<String, Unit> byCode = new HashMap<>();
    private final Map<String, List<Unit>> byKey = new HashMap<>();
    private final @Nullable UnitNameMatcher former;

    /**
     * A matcher over some units.
     *
     * @param units the units a text may name, usually those valid during one campaign
     */
    public UnitNameMatcher(Collection<Unit> units) {
        this(units, null);
    }

    private UnitNameMatcher(Collection<Unit> units, @Nullable UnitNameMatcher former) {
        Objects.requireNonNull(units, "units");
        this.former = former;
        for (Unit unit : units) {
            byCode.put(unit.code().value(), unit);
            Key key = Key.of(unit.name());
            String kindWord = KIND_OF_UNIT.getOrDefault(unit.kind(), key.kind() == null ? "" : key.kind());
            index(compact(key.bare()), unit);
            index(compact(kindWord + key.bare()), unit);
        }
    }

    /**
     * A matcher over the units that exist during a period which also recognises, among the others, the
     * units that merged into another before it: a text naming one of those is {@link UnitMatch.Unknown}
     * with the merged-away unit, so that the answer can name its successor ("Xã Thạch Môn merged into Xã
     * Đồng Môn on 01/01/2020").
     *
     * @param units  every unit of a store
     * @param period the period, usually a campaign's
     * @return the matcher
     * @since 0.3.0
     */
    public static UnitNameMatcher during(Collection<Unit> units, Period period) {
        Objects.requireNonNull(period, "period");
        List<Unit> valid = units.stream().filter(u -> u.isValidDuring(period)).toList();
        List<Unit> mergedBefore = units.stream().filter(u -> u.mergedInto() != null && u.validUntil() != null
                && u.validUntil().isBefore(period.startsOn())).toList();
        return new UnitNameMatcher(valid, new UnitNameMatcher(mergedBefore, null));
    }

    private void index(String key, Unit unit) {
        List<Unit> list = byKey.computeIfAbsent(key, k -> new ArrayList<>());
        if (!list.contains(unit)) {
            list.add(unit);
        }
    }

    /**
     * Resolves a text.
     *
     * @param text what was written
     * @return the unit found, the candidates when ambiguous, or unknown
     */
    public UnitMatch match(String text) {
        UnitMatch match = matchHere(text);
        if (match instanceof UnitMatch.Unknown && former != null
                && former.matchHere(text) instanceof UnitMatch.Found found) {
            return new UnitMatch.Unknown(text, found.unit());
        }
        return match;
    }

    private UnitMatch matchHere(String text) {
        Objects.requireNonNull(text, "text");
        String trimmed = text.strip();
        Unit coded = byCode.get(trimmed);
        if (coded != null) {
            return new UnitMatch.Found(text, coded);
        }
        Key key = Key.of(trimmed);
        if (key.bare().isEmpty() && key.kind() == null) {
            return new UnitMatch.Unknown(text);
        }
        List<Unit> found;
        if (key.kind() != null) {
            found = byKey.getOrDefault(compact(key.kind() + key.bare()), List.of());
        } else {
            found = byKey.getOrDefault(compact(key.bare()), List.of());
        }
        Set<Unit> distinct = new LinkedHashSet<>(found);
        if (distinct.isEmpty()) {
            return new UnitMatch.Unknown(text);
        }
        if (distinct.size() > 1) {
            return new UnitMatch.Ambiguous(text, List.copyOf(distinct));
        }
        return new UnitMatch.Found(text, distinct.iterator().next());
    }

    private static String compact(String folded) {
        return folded.replace(" ", "");
    }

    /** A folded name split into its kind word (if written) and the rest. */
    private record Key(@Nullable String kind, String bare) {

        static Key of(String text) {
            String folded = VietnameseText.fold(text);
            for (String words : List.of("thi tran", "thanh pho", "phuong", "xa", "tt", "tp", "p", "x")) {
                if (folded.equals(words)) {
                    return new Key(KIND_WORDS.get(words), "");
                }
                if (folded.startsWith(words + " ")) {
                    return new Key(KIND_WORDS.get(words), folded.substring(words.length() + 1));
                }
            }
            return new Key(null, folded);
        }
    }
}
