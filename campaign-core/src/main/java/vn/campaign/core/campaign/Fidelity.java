package vn.campaign.core.campaign;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Checks a campaign against the directive's text it ships: that every quotation equals its span, and which
 * sentences or clauses of the text no item of the campaign covers.
 *
 * <p>A quoted item's Vietnamese text must equal its span, except that it may capitalise the span's first
 * letter (as a list item does); the facts an item takes from its span (a document's number, issuer, title
 * and date, a target's goal) must appear in the span. Interpreted items and labels are not compared.
 *
 * <p>The text is split into clauses at line ends, at sentence ends ({@code .}, {@code …} or {@code :} followed by
 * a space or the end), and at {@code ;} outside quotation marks. A clause is covered when every letter and
 * digit of it lies inside the span of some item or of an allowed passage.
 *
 * @since 0.2.0
 */
public final class Fidelity {

    private Fidelity() {
    }

    /**
     * A quoted item that does not match its span.
     *
     * @param field  where the item is in the definition ({@code taskAreas[1].keyTasks[2]})
     * @param span   its span
     * @param quoted what the item says
     * @param source what the span says
     * @param reason how they differ
     */
    public record Drift(String field, SourceSpan span, String quoted, String source, String reason) {
        /**
         * Validates the drift.
         *
         * @param field  where the item is in the definition ({@code taskAreas[1].keyTasks[2]})
         * @param span   its span
         * @param quoted what the item says
         * @param source what the span says
         * @param reason how they differ
         */
        public Drift {
            Objects.requireNonNull(field, "field");
            Objects.requireNonNull(span, "span");
            Objects.requireNonNull(quoted, "quoted");
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(reason, "reason");
        }

        @Override
        public String toString() {
            return field + " " + reason + ": quotes \"" + quoted + "\" but [" + span.start() + ", " + span.end()
                    + ") reads \"" + source + "\"";
        }
    }

    /**
     * A clause of the text that no item covers.
     *
     * @param span      where it is
     * @param text      the clause
     * @param uncovered its letters no item covers, runs separated by " … "
     */
    public record Uncovered(SourceSpan span, String text, String uncovered) {
        /**
         * Validates the clause.
         *
         * @param span      where it is
         * @param text      the clause
         * @param uncovered its letters no item covers, runs separated by " … "
         */
        public Uncovered {
            Objects.requireNonNull(span, "span");
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(uncovered, "uncovered");
        }

        @Override
        public String toString() {
            return "[" + span.start() + ", " + span.end() + ") \"" + text + "\" — uncovered: \"" + uncovered + "\"";
        }
    }

    /**
     * The quoted items that do not match their spans.
     *
     * @param campaign a campaign
     * @return the drifts, in definition order; empty when the campaign has no text or every quotation holds
     */
    public static List<Drift> drifts(Campaign campaign) {
        String text = campaign.directive().text();
        List<Drift> drifts = new ArrayList<>();
        if (text == null) {
            return drifts;
        }
        for (SourcedItem item : items(campaign)) {
            Provenance p = item.provenance();
            SourceSpan span = p.source();
            if (!p.quotes() || span == null) {
                continue;
            }
            String source = span.of(text);
            String quote = item.quote();
            if (quote != null && !sameQuote(quote, source)) {
                drifts.add(new Drift(item.path(), span, quote, source, "differs from its source span"));
            }
            for (String fact : item.mustContain()) {
                boolean found = false;
                for (String form : fact.split("\\|")) {
                    found |= source.contains(form);
                }
                if (!found) {
                    drifts.add(new Drift(item.path(), span, fact, source, "takes from its span what it does not say"));
                }
            }
        }
        return drifts;
    }

    private static boolean sameQuote(String quote, String source) {
        if (quote.equals(source)) {
            return true;
        }
        return !quote.isEmpty() && quote.length() == source.length() && quote.substring(1).equals(source.substring(1))
                && quote.substring(0, 1).equals(source.substring(0, 1).toUpperCase(Locale.ROOT));
    }

    /**
     * The clauses of the campaign's text that none of its items covers.
     *
     * @param campaign a campaign
     * @param allowed  passages of the text that are not tasks (a preamble, a signature, "Nơi nhận"), each of
     *                 which must occur in the text
     * @return the uncovered clauses in text order; empty when the campaign has no text or covers it all
     * @throws IllegalArgumentException when an allowed passage is not in the text
     */
    public static List<Uncovered> uncovered(Campaign campaign, List<String> allowed) {
        String text = campaign.directive().text();
        List<Uncovered> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        BitSet covered = new BitSet(text.length());
        for (SourcedItem item : items(campaign)) {
            SourceSpan span = item.provenance().source();
            if (span != null) {
                covered.set(span.start(), Math.min(span.end(), text.length()));
            }
        }
        for (String passage : allowed) {
            int at = text.indexOf(passage);
            if (passage.isBlank() || at < 0) {
                throw new IllegalArgumentException("allowed passage is not in the text: \"" + passage + "\"");
            }
            for (; at >= 0; at = text.indexOf(passage, at + 1)) {
                covered.set(at, at + passage.length());
            }
        }
        for (SourceSpan clause : clauses(text)) {
            List<String> runs = new ArrayList<>();
            int runStart = -1;
            for (int i = clause.start(); i <= clause.end(); i++) {
                boolean open = i < clause.end() && !covered.get(i);
                if (open && runStart < 0) {
                    runStart = i;
                } else if (!open && runStart >= 0) {
                    String run = text.substring(runStart, i);
                    if (run.chars().anyMatch(Character::isLetterOrDigit)) {
                        runs.add(run.replaceFirst("^[^\\p{L}\\p{N}]+", "").strip());
                    }
                    runStart = -1;
                }
            }
            if (!runs.isEmpty()) {
                out.add(new Uncovered(clause, clause.of(text), String.join(" … ", runs)));
            }
        }
        return out;
    }

    /**
     * Splits a text into sentences and clauses.
     *
     * @param text a text
     * @return the clauses' spans, trimmed of surrounding spaces, in order
     */
    public static List<SourceSpan> clauses(String text) {
        List<SourceSpan> out = new ArrayList<>();
        int start = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '“') {
                quoted = true;
            } else if (c == '”') {
                quoted = false;
            }
            boolean atSpaceOrEnd = i + 1 >= text.length() || Character.isWhitespace(text.charAt(i + 1));
            boolean end = c == '\n'
                    || (!quoted && c == ';')
                    || ((c == '.' || c == '…' || c == ':') && atSpaceOrEnd);
            if (end) {
                add(out, text, start, c == '\n' ? i : i + 1);
                start = i + 1;
                quoted = false;
            }
        }
        add(out, text, start, text.length());
        return out;
    }

    private static void add(List<SourceSpan> out, String text, int from, int to) {
        int s = from;
        int e = to;
        while (s < e && Character.isWhitespace(text.charAt(s))) {
            s++;
        }
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        if (e > s) {
            out.add(new SourceSpan(s, e));
        }
    }

    private static List<SourcedItem> items(Campaign c) {
        return SourcedItem.all(c.directive(), c.purpose(), c.anniversaries(), c.taskAreas(), c.documents(),
                c.obligations(), c.targets(), c.plaqueWorks(), c.periodProvenance(), c.plaqueList());
    }

    /**
     * The first drift of a campaign, for a reader that refuses a definition whose quotations do not hold.
     *
     * @param campaign a campaign
     * @return the first drift, or {@code null} when none
     */
    static @Nullable Drift firstDrift(Campaign campaign) {
        List<Drift> drifts = drifts(campaign);
        return drifts.isEmpty() ? null : drifts.get(0);
    }
}
