package vn.campaign.bench.soak;

/** What a soak client asks the service: the reads and writes of its mix, each measured on its own. */
public enum Operation {

    /** The campaign with its organiser, task areas, obligations and compliance report per unit. */
    OVERVIEW("campaign overview with compliance", true),
    /** The campaign's statistics: counts by status, unit, task area and week, investment, plaques. */
    STATISTICS("campaign statistics", true),
    /** A page of 20 works, following the previous page's cursor while there is a next page. */
    WORKS_PAGE("works page (first: 20, after)", true),
    /** A page of 20 events, following the previous page's cursor while there is a next page. */
    EVENTS_PAGE("events page (first: 20, after)", true),
    /** {@code node(id:)} of an acknowledged registration, checked against what was written. */
    NODE("node(id:)", true),
    /** {@code registerWork} of a work with a name no one used. */
    REGISTER_WORK("registerWork", false),
    /** {@code registerEvent} of an event with a name no one used. */
    REGISTER_EVENT("registerEvent", false),
    /** {@code updateWork} of a work of the officer's unit, naming the version last acknowledged. */
    UPDATE_WORK("updateWork", false),
    /** {@code approveWork} or {@code approveEvent} of a registration waiting for review. */
    APPROVE("approveWork / approveEvent", false);

    private final String label;
    private final boolean read;

    Operation(String label, boolean read) {
        this.label = label;
        this.read = read;
    }

    /**
     * How the report names the operation.
     *
     * @return its label
     */
    public String label() {
        return label;
    }

    /**
     * Whether the operation only reads.
     *
     * @return true for reads, false for writes
     */
    public boolean read() {
        return read;
    }
}
