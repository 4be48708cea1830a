package vn.campaign.bench.compliance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import vn.campaign.core.campaign.Campaign;
import vn.campaign.core.campaign.CampaignCode;
import vn.campaign.core.campaign.Directive32;
import vn.campaign.core.campaign.EventKind;
import vn.campaign.core.campaign.WorkKind;
import vn.campaign.core.registration.Event;
import vn.campaign.core.registration.EventDetails;
import vn.campaign.core.registration.Registration;
import vn.campaign.core.registration.RegistrationStatus;
import vn.campaign.core.registration.Work;
import vn.campaign.core.registration.WorkDetails;
import vn.campaign.core.unit.Unit;
import vn.campaign.core.unit.UnitCode;
import vn.campaign.core.unit.UnitKind;

/**
 * A national campaign in memory: Directive 32's obligations (one work and one event for every ward and
 * commune) over a given number of wards and communes, each with a given number of registrations — works and
 * events in turn, half approved, four in ten registered, one in ten rejected. One unit in ten registers works
 * only, so it misses the event obligation and the report has non-compliant units to list.
 *
 * @param campaign      the campaign evaluated
 * @param units         the wards and communes
 * @param registrations the registrations, unit after unit
 */
public record NationalScale(Campaign campaign, List<Unit> units, List<Registration> registrations) {

    /** Copies the lists. */
    public NationalScale {
        Objects.requireNonNull(campaign, "campaign");
        units = List.copyOf(units);
        registrations = List.copyOf(registrations);
    }

    /**
     * Builds the data.
     *
     * @param unitCount        how many wards and communes
     * @param perUnit          registrations of each
     * @return the campaign, its units and registrations
     */
    public static NationalScale of(int unitCount, int perUnit) {
        if (unitCount < 1 || perUnit < 1) {
            throw new IllegalArgumentException("unitCount and perUnit must be positive, got " + unitCount + " and "
                    + perUnit);
        }
        Campaign campaign = Directive32.campaign();
        CampaignCode code = campaign.code();
        LocalDate day = LocalDate.of(2022, 5, 1);
        List<Unit> units = new ArrayList<>(unitCount);
        List<Registration> registrations = new ArrayList<>(unitCount * perUnit);
        long sequence = 0;
        for (int u = 0; u < unitCount; u++) {
            UnitKind kind = u % 3 == 0 ? UnitKind.WARD : UnitKind.COMMUNE;
            Unit unit = Unit.of("VN" + u, (kind == UnitKind.WARD ? "Phường " : "Xã ") + u, kind, null);
            units.add(unit);
            UnitCode unitCode = unit.code();
            boolean worksOnly = u % 10 == 9;
            for (int r = 0; r < perUnit; r++) {
                sequence++;
                RegistrationStatus status = r % 10 < 5 ? RegistrationStatus.APPROVED
                        : r % 10 < 9 ? RegistrationStatus.REGISTERED : RegistrationStatus.REJECTED;
                if (r % 2 == 0 || worksOnly) {
                    WorkDetails details = WorkDetails.of("Công trình " + r, r % 4 == 0 ? WorkKind.INAUGURATION
                            : WorkKind.GROUNDBREAKING, day);
                    registrations.add(new Work(id(sequence), code, unitCode, details, status,
                            status == RegistrationStatus.REJECTED ? "Trùng" : null, null, false, 1));
                } else {
                    EventDetails details = EventDetails.of("Sự kiện " + r, r % 3 == 0 ? EventKind.SPORTS
                            : EventKind.CULTURAL, day, null);
                    registrations.add(new Event(id(sequence), code, unitCode, details, status,
                            status == RegistrationStatus.REJECTED ? "Trùng" : null, null, 1));
                }
            }
        }
        return new NationalScale(campaign, units, registrations);
    }

    private static vn.campaign.core.registration.RegistrationId id(long sequence) {
        return new vn.campaign.core.registration.RegistrationId(new UUID(0x5eed_0000_0000_4000L, sequence).toString());
    }

    /**
     * The baseline: the least work that answers the same question — one pass over the registrations counting,
     * per unit, the approved and pending works and events of the campaign in a hash map, with no obligations,
     * no unit validity and no report.
     *
     * @return units with at least one registration counted
     */
    public int bareCount() {
        CampaignCode code = campaign.code();
        Map<UnitCode, int[]> counts = new HashMap<>();
        for (Registration r : registrations) {
            if (!r.campaign().equals(code) || !r.status().counts()) {
                continue;
            }
            int[] c = counts.computeIfAbsent(r.unit(), k -> new int[4]);
            int approved = r.status() == RegistrationStatus.APPROVED || r.status() == RegistrationStatus.COMPLETED
                    ? 0 : 1;
            c[(r instanceof Work ? 0 : 2) + approved]++;
        }
        int compliant = 0;
        for (int[] c : counts.values()) {
            if (c[0] > 0 && c[2] > 0) {
                compliant++;
            }
        }
        return compliant;
    }
}
