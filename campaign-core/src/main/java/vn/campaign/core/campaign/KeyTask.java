package vn.campaign.core.campaign;

import java.util.List;
import java.util.Objects;

/**
 * A key task of a task area, with the documents the directive cites for it.
 *
 * @param text       the task, in Vietnamese as the directive words it
 * @param textEn     the task, in English
 * @param documents  the documents it cites, possibly none: entries of its campaign's register, which a
 *                   definition names by {@link Document#id() id}
 * @param provenance where the directive states it
 * @since 0.1.0
 */
public record KeyTask(String text, String textEn, List<Document> documents, Provenance provenance) {

    /**
     * Validates the task.
     *
     * @param text the task, in Vietnamese as the directive words it
     * @param textEn the task, in English
     * @param documents the documents cited ("Nghị quyết 02-NQ/ThU"), possibly none
     * @param provenance where the directive states it
     */
    public KeyTask {
        Texts.requireText(text, "text");
        Texts.requireText(textEn, "textEn");
        documents = List.copyOf(documents);
        Objects.requireNonNull(provenance, "provenance");
    }

    /**
     * The ids of the documents it cites.
     *
     * @return the ids, in the order it cites them
     */
    public List<String> documentIds() {
        return documents.stream().map(Document::id).toList();
    }
}
