package vn.campaign.core.rule;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.campaign.core.registration.EventDetails;
import vn.campaign.core.registration.WorkDetails;

/**
 * Required fields are present and texts are well formed: a name with a letter or digit, of at most
 * {@value #NAME_MAX} characters; no control character in any text; a work's planned day; an event's first day; other texts of at most {@value #TEXT_MAX}
 * characters, notes of at most {@value #NOTES_MAX}.
 *
 * @since 0.1.0
 */
public final class RequiredFieldsPolicy implements RegistrationPolicy {

    /** The longest name. */
    public static final int NAME_MAX = 200;
    /** The longest location, scale, funding source, investor, venue or host. */
    public static final int TEXT_MAX = 300;
    /** The longest evidence notes. */
    public static final int NOTES_MAX = 2000;

    /** The policy. */
    public RequiredFieldsPolicy() {
    }

    @Override
    public List<Violation> check(RegistrationCheck check) {
        List<Violation> found = new ArrayList<>();
        if (check.unitCode().isBlank()) {
            found.add(Violation.on(RuleCode.REQUIRED, "unitCode", "unitCode"));
        }
        if (check.details().name().isEmpty()) {
            found.add(Violation.on(RuleCode.REQUIRED, "name", "name"));
        }
        String name = check.details().name();
        if (!name.isEmpty() && !TextRules.hasLetterOrDigit(name)) {
            found.add(Violation.on(RuleCode.NAME_INVALID, "name"));
        }
        length(found, "name", name, NAME_MAX);
        length(found, "evidenceNotes", check.details().evidenceNotes(), NOTES_MAX);
        if (check.details() instanceof WorkDetails work) {
            if (work.plannedOn() == null) {
                found.add(Violation.on(RuleCode.REQUIRED, "plannedOn", "plannedOn"));
            }
            length(found, "location", work.location(), TEXT_MAX);
            length(found, "scale", work.scale(), TEXT_MAX);
            length(found, "fundingSource", work.fundingSource(), TEXT_MAX);
            length(found, "investor", work.investor(), TEXT_MAX);
        } else if (check.details() instanceof EventDetails event) {
            if (event.startsOn() == null) {
                found.add(Violation.on(RuleCode.REQUIRED, "startsOn", "startsOn"));
            }
            length(found, "venue", event.venue(), TEXT_MAX);
            length(found, "host", event.host(), TEXT_MAX);
        }
        return found;
    }

    private static void length(List<Violation> found, String field, @Nullable String value, int max) {
        TextRules.check(found, field, value, max);
    }
}
