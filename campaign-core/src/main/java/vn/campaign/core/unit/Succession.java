package vn.campaign.core.unit;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import vn.campaign.core.text.VietnameseText;

/**
 * The unit another merged into: its code, its name on the day of the merger, and that day (the first on
 * which only the successor exists). Xã Thạch Môn and Xã Thạch Đồng merged into Xã Đồng Môn (18103) on
 * 1/1/2020.
 *
 * @param code the successor's code
 * @param name the successor's name on the day of the merger, in NFC
 * @param on   the first day of the merged unit
 * @since 0.3.0
 */
public record Succession(UnitCode code, String name, LocalDate on) {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /**
     * Validates the succession.
     *
     * @param code the successor's code
     * @param name the successor's name on the day of the merger, in NFC
     * @param on the first day of the merged unit
     */
    public Succession {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(on, "on");
        name = VietnameseText.normalize(name);
        if (name.isEmpty()) {
            throw new IllegalArgumentException("the successor " + code + " has a blank name");
        }
    }

    /**
     * The day of the merger as Vietnamese documents write it.
     *
     * @return the day, such as {@code 01/01/2020}
     */
    public String onText() {
        return DAY.format(on);
    }
}
