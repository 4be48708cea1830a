package vn.campaign.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Every target a run judged, met or missed, in the order judged: the report's closing table lists them all and
 * its "Misses" list names each miss with what limits it.
 */
public final class Targets {

    /**
     * One judged target.
     *
     * @param part     the part of the benchmark that measured it (import, GraphQL, commands, compliance, export,
     *                 start-up)
     * @param what     what was measured, such as "dry run ÷ bare read, 100,000 rows .xlsx"
     * @param measured the figure measured, formatted
     * @param target   the target, formatted, such as "≤ 1.5×"
     * @param met      whether the figure meets the target
     * @param limit    what limits the figure, with the evidence; said for a miss
     */
    public record Verdict(String part, String what, String measured, String target, boolean met, String limit) {

        /**
         * Validates the verdict.
         *
         * @param part     the part of the benchmark that measured it
         * @param what     what was measured
         * @param measured the figure measured, formatted
         * @param target   the target, formatted
         * @param met      whether the figure meets the target
         * @param limit    what limits the figure; not blank for a miss
         */
        public Verdict {
            Objects.requireNonNull(part, "part");
            Objects.requireNonNull(what, "what");
            Objects.requireNonNull(measured, "measured");
            Objects.requireNonNull(target, "target");
            Objects.requireNonNull(limit, "limit");
            if (!met && limit.isBlank()) {
                throw new IllegalArgumentException("a missed target must say what limits it: " + what);
            }
        }
    }

    private final List<Verdict> verdicts = new ArrayList<>();

    /** No target judged yet. */
    public Targets() {
    }

    /**
     * Judges a target.
     *
     * @param part     the part of the benchmark that measured it
     * @param what     what was measured
     * @param measured the figure measured, formatted
     * @param target   the target, formatted
     * @param met      whether the figure meets the target
     * @param limit    what limits the figure, with the evidence (kept for a miss; may be empty when met)
     * @return whether it was met
     */
    public boolean judge(String part, String what, String measured, String target, boolean met, String limit) {
        verdicts.add(new Verdict(part, what, measured, target, met, limit));
        return met;
    }

    /**
     * Every target judged so far.
     *
     * @return the verdicts, in the order judged
     */
    public List<Verdict> all() {
        return List.copyOf(verdicts);
    }

    /**
     * The targets missed so far.
     *
     * @return the misses, in the order judged
     */
    public List<Verdict> misses() {
        return verdicts.stream().filter(v -> !v.met()).toList();
    }

    /**
     * Writes the closing section: a table of every target judged with its verdict, then the misses, each with what
     * limits it.
     *
     * @param doc the report
     */
    public void write(Markdown doc) {
        doc.line("## Targets");
        doc.line();
        if (verdicts.isEmpty()) {
            doc.line("No target was measured in this run.");
            return;
        }
        List<List<String>> rows = new ArrayList<>();
        for (Verdict v : verdicts) {
            rows.add(List.of(v.part(), v.what(), v.measured(), v.target(), v.met() ? "met" : "**missed**"));
        }
        doc.table(List.of("part", "what", "measured", "target", "verdict"), rows);
        doc.line();
        doc.line("### Misses");
        doc.line();
        List<Verdict> misses = misses();
        if (misses.isEmpty()) {
            doc.line("None: every target measured in this run was met.");
            return;
        }
        for (Verdict v : misses) {
            doc.line("- **" + v.part() + ": " + v.what() + "** — " + v.measured() + " against " + v.target()
                    + ". What limits it: " + v.limit());
        }
    }
}
