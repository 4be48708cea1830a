package vn.campaign.core.application;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What a partial update does to one field: keep the stored value, set a new one, or clear it.
 *
 * @param <T> the field's type
 * @since 0.1.0
 */
public sealed interface Change<T> {

    /**
     * Leaves the field as stored.
     *
     * @param <T> the field's type
     * @return the change
     */
    static <T> Change<T> keep() {
        return new Keep<>();
    }

    /**
     * Gives the field a new value.
     *
     * @param value the value
     * @param <T>   the field's type
     * @return the change
     */
    static <T> Change<T> set(T value) {
        return new Set<>(value);
    }

    /**
     * Empties the field.
     *
     * @param <T> the field's type
     * @return the change
     */
    static <T> Change<T> clear() {
        return new Clear<>();
    }

    /**
     * Sets the field to a value, or clears it when there is none.
     *
     * @param value the value, or {@code null}
     * @param <T>   the field's type
     * @return {@link #set} or {@link #clear}
     */
    static <T> Change<T> to(@Nullable T value) {
        return value == null ? clear() : set(value);
    }

    /**
     * The field's value after the change.
     *
     * @param stored the value stored
     * @return the stored value kept, the new value, or {@code null} when cleared
     */
    @Nullable T applyTo(@Nullable T stored);

    /**
     * Leaves the field as stored.
     *
     * @param <T> the field's type
     */
    record Keep<T>() implements Change<T> {
        @Override
        public @Nullable T applyTo(@Nullable T stored) {
            return stored;
        }
    }

    /**
     * Gives the field a new value.
     *
     * @param value the value
     * @param <T>   the field's type
     */
    record Set<T>(T value) implements Change<T> {

        /**
         * Validates the change.
         *
         * @param value the value
         */
        public Set {
            Objects.requireNonNull(value, "value");
        }

        @Override
        public T applyTo(@Nullable T stored) {
            return value;
        }
    }

    /**
     * Empties the field.
     *
     * @param <T> the field's type
     */
    record Clear<T>() implements Change<T> {
        @Override
        public @Nullable T applyTo(@Nullable T stored) {
            return null;
        }
    }
}
