package vn.campaign.importer.encoding;

import java.util.Objects;

/**
 * Counts the evidence of texts one at a time, so that a vote over a whole file needs none of its texts
 * kept: {@link LegacyText#vote} is a tally of its samples.
 *
 * <pre>{@code
 * EncodingVoteTally tally = new EncodingVoteTally();
 * lines.forEach(tally::add);
 * EncodingVote vote = tally.vote();
 * }</pre>
 */
public final class EncodingVoteTally {

    private int unicode;
    private int tcvn3;
    private int vni;
    private int none;

    /** A tally of no samples yet. */
    public EncodingVoteTally() {
        // counts start at zero
    }

    /**
     * Counts one sample: Unicode when it holds a letter only Unicode has, otherwise TCVN3 or VNI by which
     * kind of legacy sign it shows more of, otherwise no evidence.
     *
     * @param sample a raw text, blank allowed
     */
    public void add(String sample) {
        Objects.requireNonNull(sample, "sample");
        if (EncodingSigns.unicodeProof(sample) >= 0) {
            unicode++;
            return;
        }
        int t = EncodingSigns.tcvn3Signs(sample);
        int v = EncodingSigns.vniSigns(sample);
        if (t > v) {
            tcvn3++;
        } else if (v > t) {
            vni++;
        } else {
            none++;
        }
    }

    /**
     * The vote of the samples counted so far: TCVN3 or VNI wins only when more samples show it than show
     * the other legacy encoding and than prove Unicode; every other outcome is {@link TextEncoding#UNICODE}.
     *
     * @return the encoding voted for and the counts behind it
     */
    public EncodingVote vote() {
        int samples = unicode + tcvn3 + vni + none;
        String counts = "of " + samples + " samples " + tcvn3 + " show TCVN3 letters, " + vni
                + " show VNI letters, " + unicode + " contain letters only Unicode has, " + none
                + " show no evidence";
        if (tcvn3 > vni && tcvn3 > unicode) {
            return new EncodingVote(TextEncoding.TCVN3, "TCVN3 wins: " + counts);
        }
        if (vni > tcvn3 && vni > unicode) {
            return new EncodingVote(TextEncoding.VNI, "VNI wins: " + counts);
        }
        String reason;
        if (tcvn3 == 0 && vni == 0) {
            reason = "no legacy evidence: ";
        } else if (tcvn3 == vni && tcvn3 > unicode) {
            reason = "TCVN3 and VNI tie, left unconverted: ";
        } else {
            reason = "Unicode is at least as frequent as legacy text, left unconverted: ";
        }
        return new EncodingVote(TextEncoding.UNICODE, reason + counts);
    }
}
