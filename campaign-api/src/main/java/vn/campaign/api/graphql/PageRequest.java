package vn.campaign.api.graphql;

/**
 * The size of a page a client asked for, within the bounds the API enforces.
 *
 * @param first how many items, 1 to {@value #MAX}
 */
public record PageRequest(int first) {

    /** The largest page. */
    public static final int MAX = 100;

    /**
     * Validates the size.
     *
     * @throws InvalidRequestException when it is out of bounds
     */
    public PageRequest {
        if (first < 1 || first > MAX) {
            throw new InvalidRequestException("first must be between 1 and " + MAX + ", got " + first,
                    "first phải từ 1 đến " + MAX + ", nhận được " + first);
        }
    }
}
