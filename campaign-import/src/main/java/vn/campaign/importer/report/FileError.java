package vn.campaign.importer.report;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Why a whole file was not imported: it could not be read (damaged, encrypted, not a spreadsheet, a
 * limit crossed), the campaign is unknown, or the server refused it. Nothing of such a file is stored.
 *
 * @param code    a stable code: the reader's problem ({@code ENCRYPTED}, {@code DAMAGED},
 *                {@code TOO_MANY_ROWS}, …), {@code CAMPAIGN_UNKNOWN}, or {@code SERVER_ERROR}
 * @param message the full message, naming the file and, where they apply, sheet, row and column
 * @param sheet   the sheet where reading stopped, if any
 * @param row     the 1-based row where reading stopped, if any
 * @param column  the column letter where reading stopped, if any
 */
public record FileError(String code, String message, @Nullable String sheet, @Nullable Integer row,
        @Nullable String column) {

    /**
     * Checks the values.
     *
     * @param code a stable code: the reader's problem ({@code ENCRYPTED}, {@code DAMAGED}, {@code TOO_MANY_ROWS}, …), {@code CAMPAIGN_UNKNOWN}, or {@code SERVER_ERROR}
     * @param message the full message, naming the file and, where they apply, sheet, row and column
     * @param sheet the sheet where reading stopped, if any
     * @param row the 1-based row where reading stopped, if any
     * @param column the column letter where reading stopped, if any
     */
    public FileError {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
        if (row != null && row < 1) {
            throw new IllegalArgumentException("row must be 1 or more, was " + row);
        }
    }

    /**
     * An error of the whole file, at no particular place.
     *
     * @param code    the code
     * @param message the message
     * @return the error
     */
    public static FileError of(String code, String message) {
        return new FileError(code, message, null, null, null);
    }
}
