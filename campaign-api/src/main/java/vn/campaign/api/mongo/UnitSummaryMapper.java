package vn.campaign.api.mongo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

import org.bson.Document;
import org.jspecify.annotations.Nullable;

import vn.campaign.core.campaign.CampaignCode;
import vn.campaign.core.campaign.EventKind;
import vn.campaign.core.campaign.RegistrationType;
import vn.campaign.core.campaign.TaskAreaCode;
import vn.campaign.core.campaign.WorkKind;
import vn.campaign.core.registration.RegistrationStatus;
import vn.campaign.core.summary.UnitSummary;
import vn.campaign.core.summary.UnitSummary.Investment;
import vn.campaign.core.summary.UnitSummary.Tally;
import vn.campaign.core.summary.UnitSummary.Week;
import vn.campaign.core.unit.UnitCode;

/**
 * Maps a {@link UnitSummary} to its document in the {@value MongoUnitSummaries#SUMMARIES} collection and back:
 * {@code {_id: "campaign/unit", campaign, unit, version, tallies: [...], investments: [...], weeks: [...],
 * counted: [{id, version}, ...]}}.
 * Days are ISO-8601 text and amounts 64-bit integers, as in the registrations; a missing optional value is a
 * missing field.
 */
final class UnitSummaryMapper {

    private UnitSummaryMapper() {
    }

    /** The document of a summary at a version, with the version of each registration it counts. */
    static Document toDocument(UnitSummary summary, Map<String, Long> counted, long version) {
        Document d = new Document("_id", MongoUnitSummaries.key(summary.campaign(), summary.unit()))
                .append("campaign", summary.campaign().value()).append("unit", summary.unit().value())
                .append("version", version);
        List<Document> tallies = new ArrayList<>();
        for (Tally t : summary.tallies()) {
            Document td = new Document("type", t.type().name()).append("kind", t.kindName())
                    .append("status", t.status().name());
            optional(td, "taskArea", t.taskArea() == null ? null : t.taskArea().value());
            optional(td, "dueDay", t.dueDay() == null ? null : t.dueDay().toString());
            td.append("count", t.count()).append("plaquesRequested", t.plaquesRequested())
                    .append("plaquesAwarded", t.plaquesAwarded());
            tallies.add(td);
        }
        List<Document> investments = new ArrayList<>();
        for (Investment i : summary.investments()) {
            Document id = new Document("status", i.status().name());
            optional(id, "taskArea", i.taskArea() == null ? null : i.taskArea().value());
            optional(id, "fundingSource", i.fundingSource());
            investments.add(id.append("works", i.works()).append("amount", i.amount()));
        }
        List<Document> weeks = new ArrayList<>();
        for (Week w : summary.weeks()) {
            Document wd = new Document("monday", w.monday().toString()).append("status", w.status().name());
            optional(wd, "taskArea", w.taskArea() == null ? null : w.taskArea().value());
            weeks.add(wd.append("registered", w.registered()).append("approved", w.approved())
                    .append("completed", w.completed()));
        }
        List<Document> countedList = new ArrayList<>(counted.size());
        counted.forEach((id, v) -> countedList.add(new Document("id", id).append("version", v)));
        return d.append("tallies", tallies).append("investments", investments).append("weeks", weeks)
                .append(MongoUnitSummaries.COUNTED, countedList);
    }

    /** The version of each registration a summary document counts. */
    static Map<String, Long> countedOf(Document d) {
        Map<String, Long> counted = new HashMap<>();
        for (Document c : d.getList(MongoUnitSummaries.COUNTED, Document.class, List.of())) {
            counted.put(c.getString("id"), longOf(c, "version"));
        }
        return counted;
    }

    /** The summary a document holds. */
    static UnitSummary toDomain(Document d) {
        List<Tally> tallies = new ArrayList<>();
        for (Document t : d.getList("tallies", Document.class, List.of())) {
            RegistrationType type = RegistrationType.valueOf(t.getString("type"));
            String kind = t.getString("kind");
            tallies.add(new Tally(type, type == RegistrationType.WORK ? WorkKind.valueOf(kind) : null,
                    type == RegistrationType.EVENT ? EventKind.valueOf(kind) : null,
                    RegistrationStatus.valueOf(t.getString("status")), area(t), day(t.getString("dueDay")),
                    t.getInteger("count"), t.getInteger("plaquesRequested"), t.getInteger("plaquesAwarded")));
        }
        List<Investment> investments = new ArrayList<>();
        for (Document i : d.getList("investments", Document.class, List.of())) {
            investments.add(new Investment(RegistrationStatus.valueOf(i.getString("status")), area(i),
                    i.getString("fundingSource"), i.getInteger("works"), longOf(i, "amount")));
        }
        List<Week> weeks = new ArrayList<>();
        for (Document w : d.getList("weeks", Document.class, List.of())) {
            weeks.add(new Week(LocalDate.parse(w.getString("monday")), RegistrationStatus.valueOf(w.getString("status")),
                    area(w), w.getInteger("registered"), w.getInteger("approved"), w.getInteger("completed")));
        }
        return new UnitSummary(new CampaignCode(d.getString("campaign")), new UnitCode(d.getString("unit")), tallies,
                investments, weeks);
    }

    /** A number field that must be there, as a {@code long}. */
    static long longOf(Document d, String field) {
        return ((Number) Objects.requireNonNull(d.get(field), field)).longValue();
    }

    private static void optional(Document d, String field, @Nullable String value) {
        if (value != null) {
            d.append(field, value);
        }
    }

    private static @Nullable TaskAreaCode area(Document d) {
        String area = d.getString("taskArea");
        return area == null ? null : new TaskAreaCode(area);
    }

    private static @Nullable LocalDate day(@Nullable String day) {
        return day == null ? null : LocalDate.parse(day);
    }
}
