package vn.campaign.core.campaign;

import java.util.List;

/**
 * A key task of a task area, with the documents the directive cites for it.
 *
 * @param text      the task, in Vietnamese as the directive words it
 * @param textEn    the task, in English
 * @param documents the documents cited ("Nghị quyết 02-NQ/ThU"), possibly none
 * @since 0.1.0
 */
public record KeyTask(String text, String textEn, List<String> documents) {

    /**
     * Validates the task.
     *
     * @param text the task, in Vietnamese as the directive words it
     * @param textEn the task, in English
     * @param documents the documents cited ("Nghị quyết 02-NQ/ThU"), possibly none
     */
    public KeyTask {
        Texts.requireText(text, "text");
        Texts.requireText(textEn, "textEn");
        documents = List.copyOf(documents);
    }
}
