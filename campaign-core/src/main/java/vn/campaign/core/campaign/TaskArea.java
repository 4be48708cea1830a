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
 * @since 0.1.0
 */
public record TaskArea(TaskAreaCode code, String name, String nameEn, List<KeyTask> keyTasks) {

    /**
     * Validates the task area.
     *
     * @param code its code within the campaign
     * @param name its name in Vietnamese
     * @param nameEn its name in English
     * @param keyTasks its key tasks, in the directive's order
     */
    public TaskArea {
        Objects.requireNonNull(code, "code");
        Texts.requireText(name, "name");
        Texts.requireText(nameEn, "nameEn");
        keyTasks = List.copyOf(keyTasks);
    }
}
