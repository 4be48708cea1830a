package vn.campaign.bench.soak;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * The operations one kind of client sends, each with its share in percent of that client's requests.
 *
 * @param shares percent of the requests per operation, adding up to 100
 */
public record Mix(Map<Operation, Integer> shares) {

    /** The reads every client sends, 70 % of its requests. */
    private static final Map<Operation, Integer> READS = Map.of(Operation.OVERVIEW, 15, Operation.STATISTICS, 10,
            Operation.WORKS_PAGE, 25, Operation.EVENTS_PAGE, 5, Operation.NODE, 15);

    /**
     * A ward or commune officer: 70 % reads, 30 % writes for the own unit (registerWork 12 %, registerEvent 6 %,
     * updateWork 12 %).
     */
    public static final Mix WARD_OFFICER = withWrites(Map.of(Operation.REGISTER_WORK, 12, Operation.REGISTER_EVENT, 6,
            Operation.UPDATE_WORK, 12));

    /** The city's administrator, who reviews: 70 % reads, 30 % approvals. */
    public static final Mix CITY_ADMIN = withWrites(Map.of(Operation.APPROVE, 30));

    /**
     * Checks the shares.
     *
     * @param shares percent of the requests per operation, adding up to 100
     */
    public Mix {
        Objects.requireNonNull(shares, "shares");
        EnumMap<Operation, Integer> copy = new EnumMap<>(Operation.class);
        copy.putAll(shares);
        int total = 0;
        for (Map.Entry<Operation, Integer> share : copy.entrySet()) {
            if (share.getValue() <= 0) {
                throw new IllegalArgumentException("the share of " + share.getKey() + " must be positive, got "
                        + share.getValue());
            }
            total += share.getValue();
        }
        if (total != 100) {
            throw new IllegalArgumentException("the shares must add up to 100 %, got " + total + " %: " + copy);
        }
        shares = Collections.unmodifiableMap(copy);
    }

    private static Mix withWrites(Map<Operation, Integer> writes) {
        EnumMap<Operation, Integer> shares = new EnumMap<>(Operation.class);
        shares.putAll(READS);
        shares.putAll(writes);
        return new Mix(shares);
    }

    /**
     * The operation for a roll of a 100-sided die.
     *
     * @param roll from 0 to 99
     * @return the operation whose share holds the roll, in the order of {@link Operation}
     */
    public Operation pick(int roll) {
        if (roll < 0 || roll >= 100) {
            throw new IllegalArgumentException("roll must be from 0 to 99, got " + roll);
        }
        int upTo = 0;
        for (Map.Entry<Operation, Integer> share : shares.entrySet()) {
            upTo += share.getValue();
            if (roll < upTo) {
                return share.getKey();
            }
        }
        throw new IllegalStateException("the shares add up to 100");
    }

    /**
     * The percent of this client's requests that write.
     *
     * @return the writes' share
     */
    public int writePercent() {
        return shares.entrySet().stream().filter(e -> !e.getKey().read()).mapToInt(Map.Entry::getValue).sum();
    }
}
