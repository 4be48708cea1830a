package vn.campaign.core.campaign;

/**
 * Who decides a form of commendation.
 *
 * @since 0.4.0
 */
public enum Decider {
    /** The city (its Chủ tịch UBND) decides it: "Giấy khen của Chủ tịch UBND thành phố". */
    CITY,
    /** Only proposed upward (a provincial Bằng khen): the city forwards it, it does not decide it. */
    PROPOSED_UPWARD
}
