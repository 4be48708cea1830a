package vn.campaign.core.registration;

import org.jspecify.annotations.Nullable;
import vn.campaign.core.campaign.TaskAreaCode;

/**
 * What a unit states when it registers a work or an event.
 *
 * @since 0.1.0
 */
public sealed interface RegistrationDetails permits WorkDetails, EventDetails {

    /**
     * The name, in NFC.
     *
     * @return the name
     */
    String name();

    /**
     * The task area code, if stated.
     *
     * @return the code, or {@code null}
     */
    @Nullable TaskAreaCode taskArea();

    /**
     * Notes and references to evidence.
     *
     * @return the notes, or {@code null}
     */
    @Nullable String evidenceNotes();
}
