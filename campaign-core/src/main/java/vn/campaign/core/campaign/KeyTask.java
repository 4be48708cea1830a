package vn.campaign.core.campaign;

import java.util.List;
import java.util.Objects;

/**
 * A key task of a task area, with the documents the directive cites for it.
 *
 * @param text      the task, in Vietnamese as the directive words it
 * @param textEn    the task, in English
 * @param documents the ids of the documents it cites ({@code 02-NQ/ThU}) in the campaign's register, possibly none
 * @param provenance where the directive states it
 * @since 0.1.0
 */
public record KeyTask(String text, String textEn, List<String> documents, Provenance provenance) {

    /** Validates the task. */
    public KeyTask {
        Texts.requireText(text, "text");
        Texts.requireText(textEn, "textEn");
        documents = List.copyOf(documents);
        Objects.requireNonNull(provenance, "provenance");
    }

    /**
     * A key task not tied to a source text.
     *
     * @param text      the task in Vietnamese
     * @param textEn    the task in English
     * @param documents the ids of the documents it cites
     */
    public KeyTask(String text, String textEn, List<String> documents) {
        this(text, textEn, documents, Provenance.none());
    }
}
