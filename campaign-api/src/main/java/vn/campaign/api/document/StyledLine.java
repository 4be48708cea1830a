package vn.campaign.api.document;

import java.util.Objects;

/**
 * One line of a block (the signature's left column, say), with its style and size.
 *
 * @param text  the text, possibly empty (a blank line)
 * @param style how it is set
 * @param size  its size in points, 8 to 16
 */
public record StyledLine(String text, TextStyle style, int size) {

    /**
     * Validates the line.
     *
     * @param text  the text, possibly empty (a blank line)
     * @param style how it is set
     * @param size  its size in points, 8 to 16
     */
    public StyledLine {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(style, "style");
        if (size < 8 || size > 16) {
            throw new IllegalArgumentException("size must be 8 to 16 points, got " + size);
        }
    }
}
