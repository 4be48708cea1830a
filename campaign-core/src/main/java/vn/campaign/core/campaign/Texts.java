package vn.campaign.core.campaign;

import java.util.Objects;

/** Checks shared by the campaign records. */
final class Texts {

    private Texts() {
    }

    static String requireText(String value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
        return value;
    }
}
