package vn.campaign.core.campaign;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One item of a campaign as the fidelity checks see it.
 *
 * @param path        where the item is in a definition ({@code taskAreas[1].keyTasks[2]})
 * @param quote       the item's Vietnamese text, which must equal its span when it quotes
 * @param mustContain the facts the item takes from its span (a document's number, issuer, date), each of
 *                    which the span must contain when the item quotes
 * @param provenance  how it is tied to the text
 */
record SourcedItem(String path, @Nullable String quote, List<String> mustContain, Provenance provenance) {

    SourcedItem {
        Objects.requireNonNull(path, "path");
        mustContain = List.copyOf(mustContain);
        Objects.requireNonNull(provenance, "provenance");
    }

    static List<SourcedItem> all(Directive directive, @Nullable Passage purpose, List<Anniversary> anniversaries,
            List<TaskArea> taskAreas, List<Document> documents, List<Obligation> obligations, List<Target> targets,
            List<PlaqueWork> plaqueWorks, Provenance period, PlaqueList plaqueList) {
        List<SourcedItem> items = new ArrayList<>();
        items.add(new SourcedItem("directive", null, List.of(directive.number()), directive.provenance()));
        if (purpose != null) {
            items.add(new SourcedItem("purpose", purpose.text(), List.of(), purpose.provenance()));
        }
        items.add(new SourcedItem("period", null, List.of(), period));
        for (int i = 0; i < anniversaries.size(); i++) {
            Anniversary a = anniversaries.get(i);
            items.add(new SourcedItem("anniversaries[" + i + "]", a.name(), List.of(), a.provenance()));
        }
        for (int i = 0; i < taskAreas.size(); i++) {
            TaskArea area = taskAreas.get(i);
            items.add(new SourcedItem("taskAreas[" + i + "]", area.name(), List.of(), area.provenance()));
            for (int j = 0; j < area.keyTasks().size(); j++) {
                KeyTask t = area.keyTasks().get(j);
                items.add(new SourcedItem("taskAreas[" + i + "].keyTasks[" + j + "]", t.text(), List.of(),
                        t.provenance()));
            }
        }
        for (int i = 0; i < documents.size(); i++) {
            Document d = documents.get(i);
            List<String> facts = new ArrayList<>();
            if (d.number() != null) {
                facts.add(d.number());
            }
            if (d.issuer() != null) {
                facts.add(d.issuer());
            }
            if (d.title() != null) {
                facts.add(d.title());
            }
            LocalDate on = d.issuedOn();
            if (on != null) {
                facts.add(on.getDayOfMonth() + "/" + on.getMonthValue() + "/" + on.getYear()
                        + "|" + String.format(java.util.Locale.ROOT, "%02d/%02d/%d", on.getDayOfMonth(),
                                on.getMonthValue(), on.getYear()));
            }
            items.add(new SourcedItem("documents[" + i + "]", null, facts, d.provenance()));
        }
        for (int i = 0; i < obligations.size(); i++) {
            Obligation o = obligations.get(i);
            items.add(new SourcedItem("obligations[" + i + "]", o.name(), List.of(), o.provenance()));
        }
        for (int i = 0; i < targets.size(); i++) {
            Target t = targets.get(i);
            List<String> facts = t.goal() == null ? List.of() : List.of(t.goal().toPlainString());
            items.add(new SourcedItem("targets[" + i + "]", t.name(), facts, t.provenance()));
        }
        for (int i = 0; i < plaqueWorks.size(); i++) {
            PlaqueWork w = plaqueWorks.get(i);
            items.add(new SourcedItem("plaqueWorks[" + i + "]", w.name(), List.of(), w.provenance()));
        }
        items.add(new SourcedItem("plaqueList", null, List.of(), plaqueList.provenance()));
        return items;
    }
}
