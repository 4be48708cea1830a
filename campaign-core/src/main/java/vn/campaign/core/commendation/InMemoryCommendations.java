package vn.campaign.core.commendation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.campaign.core.campaign.CampaignCode;

/**
 * Commendation proposals and decisions kept in memory, for embedders and tests.
 *
 * @since 0.4.0
 */
public final class InMemoryCommendations implements Commendations, Decisions {

    private final Map<String, Commendation> commendations = new LinkedHashMap<>();
    private final Map<String, Decision> decisions = new LinkedHashMap<>();

    /** An empty store. */
    public InMemoryCommendations() {
    }

    @Override
    public synchronized void insert(Commendation commendation) {
        if (commendations.putIfAbsent(commendation.id(), commendation) != null) {
            throw new IllegalStateException("commendation " + commendation.id() + " exists");
        }
    }

    @Override
    public synchronized boolean update(Commendation commendation, long expectedVersion) {
        Commendation stored = commendations.get(commendation.id());
        if (stored == null || stored.version() != expectedVersion) {
            return false;
        }
        commendations.put(commendation.id(), commendation);
        return true;
    }

    @Override
    public synchronized Optional<Commendation> findById(String id) {
        return Optional.ofNullable(commendations.get(id));
    }

    @Override
    public synchronized List<Commendation> findByCampaign(CampaignCode campaign) {
        return new ArrayList<>(commendations.values().stream().filter(c -> c.campaign().equals(campaign)).toList());
    }

    @Override
    public synchronized boolean add(Decision decision) {
        boolean taken = decisions.values().stream().anyMatch(d -> d.campaign().equals(decision.campaign())
                && d.number().equals(decision.number()));
        if (taken) {
            return false;
        }
        decisions.put(decision.id(), decision);
        return true;
    }

    @Override
    public synchronized Optional<Decision> findDecision(String id) {
        return Optional.ofNullable(decisions.get(id));
    }

    @Override
    public synchronized List<Decision> findDecisions(CampaignCode campaign) {
        return decisions.values().stream().filter(d -> d.campaign().equals(campaign)).toList();
    }
}
