package vn.campaign.core.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads the documents under {@code docs/} of the repository; tests run in the module's directory. */
final class Docs {

    private Docs() {
    }

    /**
     * The text of a document.
     *
     * @param name its file name, such as {@code rules.md}
     * @return the text
     */
    static String read(String name) {
        try {
            return Files.readString(Path.of("..", "docs", name), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The cells of the Markdown table rows of a text, without the leading and trailing bars, trimmed.
     *
     * @param text Markdown
     * @return one list of cells per table row, separator rows left out
     */
    static List<List<String>> tableRows(String text) {
        List<List<String>> rows = new ArrayList<>();
        for (String line : text.lines().toList()) {
            String l = line.strip();
            if (!l.startsWith("|") || l.matches("\\|[-| :]+\\|")) {
                continue;
            }
            String inner = l.substring(1, l.endsWith("|") ? l.length() - 1 : l.length());
            rows.add(List.of(inner.split("\\|", -1)).stream().map(String::strip).toList());
        }
        return rows;
    }

    /**
     * The body of the first fenced block of a language.
     *
     * @param text     Markdown
     * @param language the block's language, such as {@code json}
     * @return the lines between the fences, each ending with a line break
     */
    static String fencedBlock(String text, String language) {
        String open = "```" + language + "\n";
        int start = text.indexOf(open);
        if (start < 0) {
            throw new AssertionError("no ```" + language + " block");
        }
        int from = start + open.length();
        int end = text.indexOf("\n```", from - 1);
        return text.substring(from, end + 1);
    }

    /**
     * The part of a text from a heading to the next heading of the same or a higher level.
     *
     * @param text    Markdown
     * @param heading the heading line, such as {@code ### Transitions}
     * @return the section, heading included
     */
    static String section(String text, String heading) {
        int start = text.indexOf(heading + "\n");
        if (start < 0) {
            throw new AssertionError("no heading " + heading);
        }
        String hashes = heading.substring(0, heading.indexOf(' '));
        int next = text.length();
        for (int level = 1; level <= hashes.length(); level++) {
            int at = text.indexOf("\n" + "#".repeat(level) + " ", start + heading.length());
            if (at >= 0 && at < next) {
                next = at;
            }
        }
        return text.substring(start, next);
    }
}
