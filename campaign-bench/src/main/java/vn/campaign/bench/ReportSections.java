package vn.campaign.bench;

import java.util.Optional;

/**
 * Named sections of the benchmark report that a run may replace on their own: a section is the text between
 * {@code <!-- begin NAME -->} and {@code <!-- end NAME -->} lines, markers included, so that a part run alone
 * ({@code --only soak}) rewrites its section and leaves the rest of the file as the last full run wrote it.
 */
public final class ReportSections {

    /** Where a section that the document does not hold yet goes: before the list of targets. */
    static final String TARGETS_HEADING = "\n## Targets\n";

    private ReportSections() {
    }

    /**
     * The line that opens a section.
     *
     * @param name the section's name, such as {@code soak}
     * @return the marker line, without its line end
     */
    public static String begin(String name) {
        return "<!-- begin " + name + " -->";
    }

    /**
     * The line that closes a section.
     *
     * @param name the section's name
     * @return the marker line, without its line end
     */
    public static String end(String name) {
        return "<!-- end " + name + " -->";
    }

    /**
     * The section of a document, markers included.
     *
     * @param document the report's text
     * @param name     the section's name
     * @return the section, ending with its end marker's line end, or empty when the document holds none
     */
    public static Optional<String> find(String document, String name) {
        int from = document.indexOf(begin(name));
        int to = document.indexOf(end(name), Math.max(from, 0));
        if (from < 0 || to < 0) {
            return Optional.empty();
        }
        int after = to + end(name).length();
        if (after < document.length() && document.charAt(after) == '\n') {
            after++;
        }
        return Optional.of(document.substring(from, after));
    }

    /**
     * Puts a section into a document: in place of the section of that name, or else before the targets
     * heading, or else at the end.
     *
     * @param document the report's text
     * @param name     the section's name
     * @param section  the new section, markers included
     * @return the document with the section
     * @throws IllegalArgumentException when the section does not open and close with the name's markers
     */
    public static String replace(String document, String name, String section) {
        if (!section.startsWith(begin(name)) || !section.stripTrailing().endsWith(end(name))) {
            throw new IllegalArgumentException("a section must open with " + begin(name) + " and close with "
                    + end(name));
        }
        String text = section.endsWith("\n") ? section : section + "\n";
        Optional<String> old = find(document, name);
        if (old.isPresent()) {
            int at = document.indexOf(old.get());
            return document.substring(0, at) + text + document.substring(at + old.get().length());
        }
        int targets = document.indexOf(TARGETS_HEADING);
        if (targets >= 0) {
            return document.substring(0, targets + 1) + text + "\n" + document.substring(targets + 1);
        }
        return document + (document.isEmpty() || document.endsWith("\n\n") ? "" : document.endsWith("\n") ? "\n"
                : "\n\n") + text;
    }
}
