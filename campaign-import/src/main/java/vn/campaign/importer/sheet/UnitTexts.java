package vn.campaign.importer.sheet;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import vn.campaign.core.text.VietnameseText;
import vn.campaign.core.unit.Unit;
import vn.campaign.core.unit.UnitKind;
import vn.campaign.core.unit.UnitMatch;
import vn.campaign.core.unit.UnitNameMatcher;

/**
 * Reads unit names as people write them, on top of the core's {@link UnitNameMatcher}.
 *
 * <ul>
 *   <li>The issuing body's words before the name are not part of it: "UBND phường Bắc Hà", "Ủy ban nhân
 *       dân xã Thạch Hạ", "U.B.N.D P. Nam Hà", "Đảng ủy xã Thạch Hưng", "Đơn vị: Xã Thạch Bình".</li>
 *   <li>"TP", "Thành phố" alone name the city when the units include exactly one city ("TP Hà Tĩnh" is
 *       the matcher's already).</li>
 *   <li>A fragment of a name that fits several units ("Thạch") is {@link UnitMatch.Ambiguous} with those
 *       units as the candidates.</li>
 *   <li>{@link #findIn} finds a unit named inside a longer text: a title row, a sheet name, a file
 *       name.</li>
 * </ul>
 */
public final class UnitTexts {

    private static final Pattern BODY = Pattern.compile(
            "(?iu)^\\s*(?:(?:ubnd|u\\.\\s?b\\.\\s?n\\.\\s?d\\.?|[uủ][yỷ] ban nhân dân|hđnd|đảng ủy|đảng uỷ"
                    + "|đảng bộ|mttq|đơn vị(?: báo cáo| đăng ký)?\\s*:)\\s*)+");
    private static final Set<String> CITY_WORDS = Set.of("tp", "thanh pho", "t p");
    private static final List<String> KIND_PREFIXES = List.of("thi tran ", "thanh pho ", "phuong ", "xa ", "tt ",
            "tp ", "p ", "x ");
    private static final int FRAGMENT_MIN = 3;

    private final UnitNameMatcher matcher;
    private final List<Unit> units;
    private final @Nullable Unit city;

    /**
     * A reader over some units.
     *
     * @param units the units a text may name, usually those valid during one campaign
     */
    public UnitTexts(Collection<Unit> units) {
        this(units, new UnitNameMatcher(units));
    }

    /**
     * A reader over some units, resolving names through a given matcher: one that also knows the units merged
     * away before a campaign ({@code UnitNameMatcher.during}), so that a former name is answered with its
     * successor.
     *
     * @param units   the units a text may name, usually those valid during one campaign
     * @param matcher the core's matcher over those units
     */
    public UnitTexts(Collection<Unit> units, UnitNameMatcher matcher) {
        this.units = List.copyOf(Objects.requireNonNull(units, "units"));
        this.matcher = Objects.requireNonNull(matcher, "matcher");
        List<Unit> cities = this.units.stream().filter(u -> u.kind() == UnitKind.CITY).toList();
        this.city = cities.size() == 1 ? cities.get(0) : null;
    }

    /**
     * Resolves what was written for a unit.
     *
     * @param text what was written
     * @return the unit found, the candidates when several fit, or unknown
     */
    public UnitMatch match(String text) {
        Objects.requireNonNull(text, "text");
        String stripped = withoutBody(text);
        UnitMatch match = matcher.match(stripped);
        if (match instanceof UnitMatch.Found found) {
            return new UnitMatch.Found(text, found.unit());
        }
        if (match instanceof UnitMatch.Ambiguous ambiguous) {
            return new UnitMatch.Ambiguous(text, ambiguous.candidates());
        }
        String folded = VietnameseText.fold(stripped);
        if (city != null && CITY_WORDS.contains(folded)) {
            return new UnitMatch.Found(text, city);
        }
        String fragment = bare(folded);
        if (fragment.length() >= FRAGMENT_MIN) {
            Set<Unit> candidates = new LinkedHashSet<>();
            for (Unit unit : units) {
                String name = " " + bare(VietnameseText.fold(unit.name())) + " ";
                if (name.contains(" " + fragment + " ") || name.startsWith(" " + fragment + " ")) {
                    candidates.add(unit);
                }
            }
            if (candidates.size() > 1) {
                return new UnitMatch.Ambiguous(text, List.copyOf(candidates));
            }
        }
        return match instanceof UnitMatch.Unknown unknown && unknown.mergedAway() != null
                ? new UnitMatch.Unknown(text, unknown.mergedAway()) : new UnitMatch.Unknown(text);
    }

    /**
     * Whether a text names exactly one unit.
     *
     * @param text a heading's text
     * @return {@code true} when it names one unit
     */
    public boolean names(String text) {
        return match(text) instanceof UnitMatch.Found;
    }

    /**
     * The one unit a longer text names: a title row ("UBND PHƯỜNG VĂN YÊN", "Đơn vị: Xã Thạch Bình"), a
     * sheet name ("P. Văn Yên"), a file name ("dang-ky-xa-thach-binh.xlsx"). A ward, commune or township is
     * preferred to the city when both are named (a title often names the superior body first).
     *
     * @param text the text
     * @param bareNames whether a name without its kind ("Văn Yên") counts, as in sheet and file names; in a
     *     title it counts only after the issuing body's words or "Đơn vị:"
     * @return the unit, or empty when the text names none, or several wards or communes
     */
    public Optional<Unit> findIn(String text, boolean bareNames) {
        Objects.requireNonNull(text, "text");
        String folded = " " + VietnameseText.fold(text) + " ";
        boolean afterBody = BODY.matcher(text).lookingAt();
        Set<Unit> found = new LinkedHashSet<>();
        for (Unit unit : units) {
            for (String key : keys(unit, bareNames || afterBody)) {
                if (folded.contains(" " + key + " ")) {
                    found.add(unit);
                    break;
                }
            }
        }
        List<Unit> local = found.stream().filter(u -> u.kind() != UnitKind.CITY).toList();
        if (local.size() == 1) {
            return Optional.of(local.get(0));
        }
        if (local.isEmpty() && found.size() == 1) {
            return Optional.of(found.iterator().next());
        }
        return Optional.empty();
    }

    /** The text without the issuing body's words before the name ("UBND", "Ủy ban nhân dân", "Đơn vị:"). */
    static String withoutBody(String text) {
        String stripped = BODY.matcher(text).replaceFirst("").strip();
        return stripped.isEmpty() ? text.strip() : stripped;
    }

    private static List<String> keys(Unit unit, boolean bare) {
        String name = bare(VietnameseText.fold(unit.name()));
        List<String> keys = new ArrayList<>();
        switch (unit.kind()) {
            case WARD -> keys.addAll(List.of("phuong " + name, "p " + name));
            case COMMUNE -> keys.addAll(List.of("xa " + name, "x " + name));
            case TOWNSHIP -> keys.addAll(List.of("thi tran " + name, "tt " + name));
            case CITY -> keys.addAll(List.of("thanh pho " + name, "tp " + name));
            default -> keys.add(VietnameseText.fold(unit.name()));
        }
        if (bare) {
            keys.add(name);
        }
        return keys;
    }

    private static String bare(String folded) {
        for (String prefix : KIND_PREFIXES) {
            if (folded.startsWith(prefix)) {
                return folded.substring(prefix.length());
            }
        }
        return folded;
    }
}
