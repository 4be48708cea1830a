package vn.campaign.api.security;

import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

/** The callers of the role tests: one per role, and two unit officers of different wards. */
public enum Caller {
    /** No token. */
    ANONYMOUS(() -> null),
    /** A viewer. */
    VIEWER(TestTokens::viewer),
    /** The officer of Phường Trần Phú (18070). */
    OFFICER_18070(() -> TestTokens.unitOfficer("18070")),
    /** The officer of Phường Bắc Hà (18076), the "other unit" of the tests. */
    OFFICER_18076(() -> TestTokens.unitOfficer("18076")),
    /** A city administrator. */
    CITY_ADMIN(TestTokens::cityAdmin);

    private final Supplier<@Nullable String> token;

    Caller(Supplier<@Nullable String> token) {
        this.token = token;
    }

    /**
     * A fresh token of this caller.
     *
     * @return the token, or {@code null} for the anonymous caller
     */
    public @Nullable String token() {
        return token.get();
    }
}
