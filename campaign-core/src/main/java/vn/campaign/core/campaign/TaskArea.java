package vn.campaign.core.campaign;

import java.util.List;
import java.util.Objects;

/**
 * One of a campaign's task areas (lĩnh vực nhiệm vụ), such as urban development and infrastructure.
 *
 * @param code     its code within the campaign
 * @param name     its name in Vietnamese
 * @param nameEn   its name in English
 * @param keyTasks its key tasks, in the directive's order
 * @param provenance the name is an editorial label in a directive that heads none of its paragraphs
 * @since 0.1.0
 */
public record TaskArea(TaskAreaCode code, String name, String nameEn, List<KeyTask> keyTasks, Provenance provenance) {

    /**
     * Validates the task area.
     *
     * @param code its code within the campaign
     * @param name its name in Vietnamese
     * @param nameEn its name in English
     * @param keyTasks its key tasks, in the directive's order
     * @param provenance the name is an editorial label in a directive that heads none of its paragraphs
     */
    public TaskArea {
        Objects.requireNonNull(code, "code");
        Texts.requireText(name, "name");
        Texts.requireText(nameEn, "nameEn");
        keyTasks = List.copyOf(keyTasks);
        Objects.requireNonNull(provenance, "provenance");
    }

    /**
     * A task area not tied to a source text.
     *
     * @param code     its code
     * @param name     its Vietnamese name
     * @param nameEn   its English name
     * @param keyTasks its key tasks
     */
    public TaskArea(TaskAreaCode code, String name, String nameEn, List<KeyTask> keyTasks) {
        this(code, name, nameEn, keyTasks, Provenance.none());
    }
}
