package vn.campaign.api.cache;

import java.util.Collection;
import java.util.List;
import java.util.Objects;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;

import vn.campaign.core.time.Period;
import vn.campaign.core.unit.Unit;
import vn.campaign.core.unit.UnitCode;
import vn.campaign.core.unit.Units;

/**
 * The units port with {@link #findAllByCode} answered from memory: what every registration reads (and the
 * look-ups by code and day or period built on it); and {@link #findValidDuring}, the units of a campaign that
 * every overview (compliance, statistics) reads. Every write through it ({@link #save}, {@link #saveAll})
 * drops the entries of the codes written, and every list by period, after the store has taken them; an entry is
 * reloaded after
 * {@link CachedCampaigns#EXPIRY}, as the campaigns' are. Other reads go to the store.
 */
public final class CachedUnits implements Units {

    private final Units store;
    private final LoadingCache<UnitCode, List<Unit>> byCode;
    private final LoadingCache<Period, List<Unit>> byPeriod;

    /**
     * A cache in front of a store.
     *
     * @param store the units store
     */
    public CachedUnits(Units store) {
        this.store = Objects.requireNonNull(store, "store");
        this.byCode = Caffeine.newBuilder().refreshAfterWrite(CachedCampaigns.EXPIRY)
                .expireAfterWrite(CachedCampaigns.EXPIRY.multipliedBy(2)).maximumSize(100_000)
                .build(c -> List.copyOf(store.findAllByCode(c)));
        this.byPeriod = Caffeine.newBuilder().refreshAfterWrite(CachedCampaigns.EXPIRY)
                .expireAfterWrite(CachedCampaigns.EXPIRY.multipliedBy(2)).maximumSize(100)
                .build(p -> List.copyOf(store.findValidDuring(p)));
    }

    /**
     * Drops every entry, so that the next reads go to the store: for a change another instance wrote, which this
     * one hears of from the store's change stream.
     */
    public void forgetAll() {
        byCode.invalidateAll();
        byPeriod.invalidateAll();
    }

    @Override
    public List<Unit> findAllByCode(UnitCode code) {
        return byCode.get(code);
    }

    @Override
    public List<Unit> findAll() {
        return store.findAll();
    }

    @Override
    public void save(Unit unit) {
        try {
            store.save(unit);
        } finally {
            byCode.invalidate(unit.code());
            byPeriod.invalidateAll();
        }
    }

    @Override
    public void saveAll(Collection<Unit> units) {
        try {
            store.saveAll(units);
        } finally {
            byCode.invalidateAll(units.stream().map(Unit::code).toList());
            byPeriod.invalidateAll();
        }
    }

    @Override
    public List<Unit> findValidDuring(Period period) {
        return byPeriod.get(period);
    }

    @Override
    public List<Unit> findMergedInto(Unit successor) {
        return store.findMergedInto(successor);
    }
}
