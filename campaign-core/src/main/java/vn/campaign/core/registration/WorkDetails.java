package vn.campaign.core.registration;

import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import vn.campaign.core.campaign.WorkKind;
import vn.campaign.core.campaign.TaskAreaCode;
import vn.campaign.core.text.VietnameseText;

/**
 * What a unit states about a celebratory work (công trình chào mừng) when it registers or edits it.
 * Texts are stored in NFC with spaces collapsed; blank optional texts become {@code null}. Business
 * rules (required name, dates in the campaign, investment not negative, …) are checked by the rule
 * policies, not here, so that every broken rule is reported at once.
 *
 * @param name            the work's name ("Khánh thành Nhà văn hóa tổ dân phố 5")
 * @param kind            inauguration or groundbreaking
 * @param plannedOn       the planned ceremony day
 * @param taskArea        the code of the campaign's task area it serves, if stated
 * @param location        where it is
 * @param scale           its size, in words ("2 tầng, 300 m²")
 * @param investment      total investment
 * @param fundingSource   where the money comes from ("Ngân sách thành phố")
 * @param investor        the investor (chủ đầu tư)
 * @param plaqueRequested whether the unit asks for a commemorative plaque
 * @param evidenceNotes   notes and references to evidence
 * @since 0.1.0
 */
public record WorkDetails(String name, WorkKind kind, @Nullable LocalDate plannedOn, @Nullable TaskAreaCode taskArea,
        @Nullable String location, @Nullable String scale, @Nullable Vnd investment, @Nullable String fundingSource,
        @Nullable String investor, boolean plaqueRequested, @Nullable String evidenceNotes)
        implements RegistrationDetails {

    /**
     * Normalises the texts.
     *
     * @param name the work's name ("Khánh thành Nhà văn hóa tổ dân phố 5")
     * @param kind inauguration or groundbreaking
     * @param plannedOn the planned ceremony day
     * @param taskArea the code of the campaign's task area it serves, if stated
     * @param location where it is
     * @param scale its size, in words ("2 tầng, 300 m²")
     * @param investment total investment
     * @param fundingSource where the money comes from ("Ngân sách thành phố")
     * @param investor the investor (chủ đầu tư)
     * @param plaqueRequested whether the unit asks for a commemorative plaque
     * @param evidenceNotes notes and references to evidence
     */
    public WorkDetails {
        name = VietnameseText.normalize(Objects.requireNonNull(name, "name"));
        Objects.requireNonNull(kind, "kind");
        location = VietnameseText.normalizeOptional(location);
        scale = VietnameseText.normalizeOptional(scale);
        fundingSource = VietnameseText.normalizeOptional(fundingSource);
        investor = VietnameseText.normalizeOptional(investor);
        evidenceNotes = VietnameseText.normalizeOptional(evidenceNotes);
    }

    /**
     * The details with only the required fields.
     *
     * @param name      the name
     * @param kind      the kind
     * @param plannedOn the planned ceremony day
     * @return the details
     */
    public static WorkDetails of(String name, WorkKind kind, LocalDate plannedOn) {
        return new WorkDetails(name, kind, plannedOn, null, null, null, null, null, null, false, null);
    }

    /**
     * A copy in another task area.
     *
     * @param code the task area code
     * @return the copy
     */
    public WorkDetails withTaskArea(@Nullable TaskAreaCode code) {
        return new WorkDetails(name, kind, plannedOn, code, location, scale, investment, fundingSource, investor,
                plaqueRequested, evidenceNotes);
    }

    /**
     * A copy with another investment.
     *
     * @param amount the investment
     * @return the copy
     */
    public WorkDetails withInvestment(@Nullable Vnd amount) {
        return new WorkDetails(name, kind, plannedOn, taskArea, location, scale, amount, fundingSource, investor,
                plaqueRequested, evidenceNotes);
    }

    /**
     * A copy that asks, or not, for a plaque.
     *
     * @param requested whether a plaque is asked for
     * @return the copy
     */
    public WorkDetails withPlaqueRequested(boolean requested) {
        return new WorkDetails(name, kind, plannedOn, taskArea, location, scale, investment, fundingSource, investor,
                requested, evidenceNotes);
    }
}
