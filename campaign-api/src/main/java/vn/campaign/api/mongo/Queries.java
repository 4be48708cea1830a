package vn.campaign.api.mongo;

import java.util.List;

import org.springframework.data.mongodb.core.query.Criteria;

/** Helpers shared by the adapters' queries. */
final class Queries {

    private Queries() {
    }

    /**
     * A regular expression that finds a folded phrase at the start of a word of a folded name. Folded text
     * holds only letters, digits and single spaces; anything else is escaped all the same.
     *
     * @param foldedPhrase the folded search text, not empty
     * @return the expression
     */
    static String wordPrefix(String foldedPhrase) {
        StringBuilder pattern = new StringBuilder("(^| )");
        foldedPhrase.codePoints().forEach(c -> {
            if (!Character.isLetterOrDigit(c) && c != ' ') {
                pattern.append('\\');
            }
            pattern.appendCodePoint(c);
        });
        return pattern.toString();
    }

    /**
     * All of some criteria, or none.
     *
     * @param criteria the criteria
     * @return one criteria that needs every one of them
     */
    static Criteria allOf(List<Criteria> criteria) {
        return criteria.isEmpty() ? new Criteria() : new Criteria().andOperator(criteria);
    }
}
