package vn.campaign.importer.source;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import org.apache.poi.ss.util.CellReference;
import org.jspecify.annotations.Nullable;
import vn.campaign.importer.encoding.TextRun;

/**
 * One cell as stored in the file, before any decoding.
 *
 * @param column   0-based column index (A is 0)
 * @param kind     what the cell holds
 * @param text     the stored text: for {@link CellKind#TEXT} the characters as stored (legacy bytes
 *                 included); for {@link CellKind#NUMBER} the plain decimal form; for
 *                 {@link CellKind#DATE} the ISO date (and time, when it has one); for
 *                 {@link CellKind#BOOLEAN} {@code TRUE}/{@code FALSE}; for {@link CellKind#ERROR} the
 *                 error code; empty for {@link CellKind#BLANK}
 * @param number   the numeric value of a NUMBER or DATE cell (a DATE's Excel serial), else {@code null}
 * @param dateTime the date of a DATE cell, else {@code null}
 * @param fontName the font of the cell's style, or {@code null} where the format has no fonts (CSV)
 * @param runs     the formatting runs of a rich-text cell, each with its own font; empty otherwise
 * @param formula  whether the cell holds a formula, whose cached value this is
 */
public record RawCell(int column, CellKind kind, String text, @Nullable BigDecimal number,
        @Nullable LocalDateTime dateTime, @Nullable String fontName, List<TextRun> runs, boolean formula) {

    /**
     * Checks the column and that the value parts agree with the kind.
     *
     * @param column 0-based column index (A is 0)
     * @param kind what the cell holds
     * @param text the stored text: for {@link CellKind#TEXT} the characters as stored (legacy bytes included); for {@link CellKind#NUMBER} the plain decimal form; for {@link CellKind#DATE} the ISO date (and time, when it has one); for {@link CellKind#BOOLEAN} {@code TRUE}/{@code FALSE}; for {@link CellKind#ERROR} the error code; empty for {@link CellKind#BLANK}
     * @param number the numeric value of a NUMBER or DATE cell (a DATE's Excel serial), else {@code null}
     * @param dateTime the date of a DATE cell, else {@code null}
     * @param fontName the font of the cell's style, or {@code null} where the format has no fonts (CSV)
     * @param runs the formatting runs of a rich-text cell, each with its own font; empty otherwise
     * @param formula whether the cell holds a formula, whose cached value this is
     */
    public RawCell {
        if (column < 0) {
            throw new IllegalArgumentException("column must be 0 or more, was " + column);
        }
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
        runs = List.copyOf(Objects.requireNonNull(runs, "runs"));
        if ((kind == CellKind.NUMBER || kind == CellKind.DATE) && number == null) {
            throw new IllegalArgumentException("a " + kind + " cell needs its number");
        }
        if (kind == CellKind.DATE && dateTime == null) {
            throw new IllegalArgumentException("a DATE cell needs its date");
        }
        if (kind != CellKind.TEXT && !runs.isEmpty()) {
            throw new IllegalArgumentException("only a TEXT cell has formatting runs, not a " + kind + " cell");
        }
        if (kind == CellKind.BLANK && !formula) {
            throw new IllegalArgumentException("a BLANK cell is kept only for a formula without a cached value");
        }
    }

    /**
     * A text cell.
     *
     * @param column   0-based column index
     * @param text     the characters as stored
     * @param fontName the cell's font, or {@code null}
     * @param runs     the formatting runs of a rich-text cell, or an empty list
     * @param formula  whether the text is a formula's cached value
     * @return the cell
     */
    public static RawCell text(int column, String text, @Nullable String fontName, List<TextRun> runs,
            boolean formula) {
        return new RawCell(column, CellKind.TEXT, text, null, null, fontName, runs, formula);
    }

    /**
     * A number cell. Trailing zeros after the decimal point are dropped ({@code 1.0} is stored as
     * {@code 1}).
     *
     * @param column   0-based column index
     * @param number   the value
     * @param fontName the cell's font, or {@code null}
     * @param formula  whether the number is a formula's cached value
     * @return the cell
     */
    public static RawCell number(int column, BigDecimal number, @Nullable String fontName, boolean formula) {
        BigDecimal plain = plain(number);
        return new RawCell(column, CellKind.NUMBER, plain.toPlainString(), plain, null, fontName, List.of(), formula);
    }

    /** The number without trailing zeros after the point: {@code 1.0} becomes {@code 1}. */
    private static BigDecimal plain(BigDecimal number) {
        BigDecimal stripped = number.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    /**
     * A date cell: a number with a date format.
     *
     * @param column   0-based column index
     * @param serial   the Excel serial number
     * @param dateTime the date it stands for
     * @param fontName the cell's font, or {@code null}
     * @param formula  whether the date is a formula's cached value
     * @return the cell
     */
    public static RawCell date(int column, BigDecimal serial, LocalDateTime dateTime, @Nullable String fontName,
            boolean formula) {
        String text = dateTime.toLocalTime().equals(java.time.LocalTime.MIDNIGHT)
                ? dateTime.toLocalDate().toString() : dateTime.toString();
        return new RawCell(column, CellKind.DATE, text, plain(serial), dateTime, fontName, List.of(), formula);
    }

    /**
     * A cell of another kind: BOOLEAN, ERROR, or BLANK for a formula without a cached value.
     *
     * @param column   0-based column index
     * @param kind     BOOLEAN, ERROR or BLANK
     * @param text     {@code TRUE}/{@code FALSE}, the error code, or empty
     * @param fontName the cell's font, or {@code null}
     * @param formula  whether the value is a formula's cached value
     * @return the cell
     */
    public static RawCell other(int column, CellKind kind, String text, @Nullable String fontName,
            boolean formula) {
        if (kind == CellKind.TEXT || kind == CellKind.NUMBER || kind == CellKind.DATE) {
            throw new IllegalArgumentException("use the factory for " + kind + " cells");
        }
        return new RawCell(column, kind, text, null, null, fontName, List.of(), formula);
    }

    /**
     * The column as Excel writes it.
     *
     * @return the column letter, {@code A} for column 0
     */
    public String columnLetter() {
        return CellReference.convertNumToColString(column);
    }

    /**
     * Whether the cell shows nothing: blank, or text made only of white space.
     *
     * @return {@code true} when nothing is visible in the cell
     */
    public boolean isBlank() {
        return kind == CellKind.BLANK || (kind == CellKind.TEXT && text.isBlank());
    }
}
