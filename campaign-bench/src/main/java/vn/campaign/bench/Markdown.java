package vn.campaign.bench;

import java.util.List;

/** A Markdown document built line by line, with pipe tables. */
public final class Markdown {

    private final StringBuilder text = new StringBuilder();

    /** Creates an empty document. */
    public Markdown() {
    }

    /** Adds an empty line. */
    public void line() {
        text.append('\n');
    }

    /**
     * Adds a line.
     *
     * @param line the text, without its line end
     */
    public void line(String line) {
        text.append(line).append('\n');
    }

    /**
     * Adds a table; cells have their pipes escaped.
     *
     * @param header the column headings
     * @param rows   the rows, each as long as the header
     */
    public void table(List<String> header, List<List<String>> rows) {
        row(header);
        text.append('|');
        header.forEach(h -> text.append(" --- |"));
        text.append('\n');
        for (List<String> row : rows) {
            if (row.size() != header.size()) {
                throw new IllegalArgumentException("a row of " + row.size() + " cells under " + header.size()
                        + " headings: " + row);
            }
            row(row);
        }
    }

    private void row(List<String> cells) {
        text.append('|');
        cells.forEach(c -> text.append(' ').append(c.replace("|", "\\|")).append(" |"));
        text.append('\n');
    }

    /**
     * The document so far.
     *
     * @return its text
     */
    public String text() {
        return text.toString();
    }
}
