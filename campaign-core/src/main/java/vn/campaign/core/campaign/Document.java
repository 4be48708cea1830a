package vn.campaign.core.campaign;

import java.time.LocalDate;
import java.util.Objects;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A document a campaign's directive cites, held once in the campaign's register and referenced by its
 * {@code id} from every key task that cites it. Only what the directive states is filled in: a plan it
 * names without a number has none.
 *
 * @param id         the document's identity within the campaign ({@code 02-NQ/ThU}); its number when it has one
 * @param number     its number ({@code 36/2021/NQ-HĐND}), if the directive gives it
 * @param kind       what kind of document it is
 * @param issuer     who issued it, in Vietnamese, if the directive says
 * @param issuedOn   the day it was issued, if the directive says
 * @param title      its title or subject in Vietnamese, if the directive gives it
 * @param provenance where the directive cites it
 * @since 0.2.0
 */
public record Document(String id, @Nullable String number, DocumentKind kind, @Nullable String issuer,
        @Nullable LocalDate issuedOn, @Nullable String title, Provenance provenance) {

    private static final Pattern ID = Pattern.compile("\\S(.{0,78}\\S)?");

    /**
     * Validates the document.
     *
     * @param id         the document's identity within the campaign ({@code 02-NQ/ThU}); its number when it has one
     * @param number     its number ({@code 36/2021/NQ-HĐND}), if the directive gives it
     * @param kind       what kind of document it is
     * @param issuer     who issued it, in Vietnamese, if the directive says
     * @param issuedOn   the day it was issued, if the directive says
     * @param title      its title or subject in Vietnamese, if the directive gives it
     * @param provenance where the directive cites it
     */
    public Document {
        Objects.requireNonNull(id, "id");
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("document id must be 1 to 80 characters without surrounding spaces, got '"
                    + id + "'");
        }
        if (number != null) {
            Texts.requireText(number, "number");
        }
        Objects.requireNonNull(kind, "kind");
        if (issuer != null) {
            Texts.requireText(issuer, "issuer");
        }
        if (title != null) {
            Texts.requireText(title, "title");
        }
        if (number == null && title == null) {
            throw new IllegalArgumentException("document " + id + " needs a number or a title");
        }
        Objects.requireNonNull(provenance, "provenance");
    }

    /**
     * How the document is named in a list: kind, number and title as far as they are known, such as
     * "Nghị quyết 36/2021/NQ-HĐND".
     *
     * @return the name
     */
    public String displayName() {
        StringBuilder s = new StringBuilder(kind.label());
        if (number != null) {
            s.append(' ').append(number);
        }
        if (title != null) {
            s.append(number == null ? " " : " về ").append(title);
        }
        return s.toString();
    }
}
