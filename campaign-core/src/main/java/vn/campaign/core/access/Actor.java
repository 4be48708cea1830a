package vn.campaign.core.access;

import java.util.Objects;
import org.jspecify.annotations.Nullable;
import vn.campaign.core.unit.UnitCode;

/**
 * Who calls an application service.
 *
 * @since 0.1.0
 */
public sealed interface Actor {

    /**
     * A short description for audit records and messages.
     *
     * @return the subject, {@code "anonymous"} or {@code "system:<name>"}
     */
    String subject();

    /**
     * The program itself, trusted in-process: an embedder, the seeding at start-up, a test. May do
     * everything.
     *
     * @param name what the program is
     */
    record System(String name) implements Actor {
        /**
         * Validates the actor.
         *
         * @param name what the program is
         */
        public System {
            Objects.requireNonNull(name, "name");
        }

        @Override
        public String subject() {
            return "system:" + name;
        }
    }

    /** A caller who has not signed in: reads what is public, writes nothing. */
    record Anonymous() implements Actor {
        @Override
        public String subject() {
            return "anonymous";
        }
    }

    /**
     * A signed-in user.
     *
     * @param subject who they are (the token's {@code sub})
     * @param role    their role
     * @param unit    their unit; required for a unit officer, ignored otherwise
     */
    record User(String subject, Role role, @Nullable UnitCode unit) implements Actor {
        /**
         * Validates the actor.
         *
         * @param subject who they are (the token's {@code sub})
         * @param role their role
         * @param unit their unit; required for a unit officer, ignored otherwise
         */
        public User {
            Objects.requireNonNull(subject, "subject");
            if (subject.isBlank()) {
                throw new IllegalArgumentException("a user needs a subject");
            }
            Objects.requireNonNull(role, "role");
            if (role == Role.UNIT_OFFICER && unit == null) {
                throw new IllegalArgumentException("unit officer " + subject + " needs a unit");
            }
        }
    }

    /**
     * The trusted program.
     *
     * @param name what the program is
     * @return the actor
     */
    static Actor system(String name) {
        return new System(name);
    }

    /**
     * A caller who has not signed in.
     *
     * @return the actor
     */
    static Actor anonymous() {
        return new Anonymous();
    }
}
