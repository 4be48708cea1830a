package vn.campaign.api.document;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;
import vn.campaign.core.report.ReportHeading;

/**
 * The parts of the organiser's heading that configuration replaces, since the place an office writes and the
 * name of its issuing body are its own convention: {@code campaign.report.place} (the place before the date),
 * {@code campaign.report.issuer} (the issuing body, lines separated by {@code |}) and
 * {@code campaign.report.number-line}. A blank setting keeps the derived part.
 *
 * @param place      the place, or blank
 * @param issuer     the issuing body's lines separated by {@code |}, or blank
 * @param numberLine the number line, or blank
 */
public record HeadingSettings(String place, String issuer, String numberLine) implements UnaryOperator<ReportHeading> {

    /**
     * Validates the settings.
     *
     * @param place      the place, or blank
     * @param issuer     the issuing body's lines separated by {@code |}, or blank
     * @param numberLine the number line, or blank
     */
    public HeadingSettings {
        Objects.requireNonNull(place, "place");
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(numberLine, "numberLine");
    }

    /**
     * The heading with the parts set here replaced.
     *
     * @param heading the derived heading
     * @return the adjusted heading
     */
    @Override
    public ReportHeading apply(ReportHeading heading) {
        ReportHeading adjusted = heading;
        if (!place.isBlank()) {
            adjusted = adjusted.withPlace(place.strip());
        }
        if (!issuer.isBlank()) {
            List<String> lines = Arrays.stream(issuer.split("\\|")).map(String::strip).filter(s -> !s.isEmpty())
                    .toList();
            adjusted = adjusted.withIssuer(lines);
        }
        if (!numberLine.isBlank()) {
            adjusted = adjusted.withNumberLine(numberLine.strip());
        }
        return adjusted;
    }
}
