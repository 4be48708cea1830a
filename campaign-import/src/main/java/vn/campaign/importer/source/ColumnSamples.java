package vn.campaign.importer.source;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import vn.campaign.importer.encoding.EncodingVote;
import vn.campaign.importer.encoding.LegacyText;

/**
 * Texts of a sheet that carry no font evidence, gathered per column (at most {@value #PER_COLUMN} each)
 * so that each column's legacy encoding can be put to a vote ({@link LegacyText#vote}).
 */
final class ColumnSamples {

    /** How many texts of a column are enough to vote on. */
    static final int PER_COLUMN = 500;

    private final Map<Integer, List<String>> samples = new HashMap<>();

    /** Adds a text of a column, unless the text is blank, its font names a legacy encoding or the column is full. */
    void add(int column, String text, @Nullable String fontName) {
        if (text.isBlank() || LegacyText.fontEncoding(fontName).isPresent()) {
            return;
        }
        List<String> texts = samples.computeIfAbsent(column, c -> new ArrayList<>());
        if (texts.size() < PER_COLUMN) {
            texts.add(text);
        }
    }

    /**
     * Whether a column still takes texts.
     *
     * @param column the column, from 0
     * @return {@code false} once the column has as many texts as a vote takes
     */
    boolean wants(int column) {
        List<String> texts = samples.get(column);
        return texts == null || texts.size() < PER_COLUMN;
    }

    /**
     * Whether every column that has texts has as many as a vote takes.
     *
     * @return {@code true} when no column can take another text
     */
    boolean complete() {
        return samples.values().stream().allMatch(texts -> texts.size() >= PER_COLUMN);
    }

    /**
     * The vote of each column that has texts, where a column whose texts show no encoding at all (a header
     * over dates and numbers) takes the vote of the whole file: a CSV file is written in one encoding.
     *
     * @return the votes by column
     */
    Map<Integer, EncodingVote> votesOfOneFile() {
        List<String> all = new ArrayList<>();
        samples.values().forEach(all::addAll);
        EncodingVote file = LegacyText.vote(all);
        Map<Integer, EncodingVote> votes = votes();
        if (file.encoding() != vn.campaign.importer.encoding.TextEncoding.UNICODE) {
            votes.replaceAll((column, vote) -> vote.encoding() == vn.campaign.importer.encoding.TextEncoding.UNICODE
                    && vote.evidence().startsWith("no legacy evidence: ") && vote.evidence().contains(
                            " 0 contain letters only Unicode has")
                    ? new EncodingVote(file.encoding(), "no evidence in the column; the file's vote: " + file.evidence())
                    : vote);
        }
        return votes;
    }

    /** The vote of each column that has texts. */
    Map<Integer, EncodingVote> votes() {
        Map<Integer, EncodingVote> votes = new HashMap<>();
        samples.forEach((column, texts) -> votes.put(column, LegacyText.vote(texts)));
        return votes;
    }
}
