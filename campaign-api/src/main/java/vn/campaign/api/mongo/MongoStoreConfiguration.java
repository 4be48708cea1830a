package vn.campaign.api.mongo;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoOperations;

import vn.campaign.api.audit.mongo.Settlement;
import vn.campaign.api.platform.InstanceId;

/**
 * The MongoDB adapters as beans, created after the indexes they rely on. Each adapter is exposed under its
 * own type, and so under the core port and read port it implements.
 */
@Configuration(proxyBeanMethods = false)
public class MongoStoreConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(MongoStoreConfiguration.class);

    /**
     * The indexes, created now.
     *
     * @param mongo the database
     * @return the indexes
     */
    @Bean
    MongoIndexes mongoIndexes(MongoOperations mongo) {
        MongoIndexes indexes = new MongoIndexes(mongo);
        indexes.create();
        return indexes;
    }

    /**
     * The campaigns adapter, once it has moved to the audit trail the entries a crash left pending.
     *
     * @param mongo   the database
     * @param indexes the indexes, created first
     * @return the adapter
     */
    @Bean
    MongoCampaigns mongoCampaigns(MongoOperations mongo, MongoIndexes indexes) {
        MongoCampaigns campaigns = new MongoCampaigns(mongo);
        int moved = campaigns.deliverPendingAuditEntries();
        if (moved > 0) {
            LOG.info("Audit: {} entries of campaign changes stored before the last stop moved to the trail", moved);
        }
        return campaigns;
    }

    /**
     * The units adapter.
     *
     * @param mongo   the database
     * @param indexes the indexes, created first
     * @return the adapter
     */
    @Bean
    MongoUnits mongoUnits(MongoOperations mongo, MongoIndexes indexes) {
        return new MongoUnits(mongo);
    }

    /**
     * The settlement of the registrations' changes: each change's audit entry moved to the trail and its unit's
     * summary adjusted after the change's reply, by one thread settling what concurrent requests stored (within
     * {@link #LINGER} of each other) in one batch ({@code campaign.settlement=after-reply}, the default), or by each writer before it replies
     * ({@code inline}). Closed by the registrations adapter, which starts it, before the database closes.
     *
     * @param mode {@code after-reply} or {@code inline}
     * @return the settlement, not started
     */
    @Bean(destroyMethod = "")
    Settlement<MongoRegistrations.Pending> registrationSettlement(@Value("${campaign.settlement:after-reply}") String mode) {
        return switch (mode.trim().toLowerCase(java.util.Locale.ROOT)) {
            case "after-reply" -> Settlement.background(SETTLEMENT_THREAD, CAPACITY, BATCH, LINGER);
            case "inline" -> Settlement.inline();
            default -> throw new IllegalArgumentException("campaign.settlement must be after-reply or inline, got "
                    + mode);
        };
    }

    /** The name of the thread that settles the registrations' changes after their replies. */
    public static final String SETTLEMENT_THREAD = "settle-registrations";

    /** How many changes may wait for their settlement before writers wait for room. */
    static final int CAPACITY = 20_000;

    /** How many changes one pass of the settlement settles at most. */
    static final int BATCH = 5_000;

    /**
     * How long the oldest change waits for others to join its settlement's pass, unless a read waits for it:
     * long enough for the changes of concurrent requests to share a pass, short next to a person's next click.
     */
    static final java.time.Duration LINGER = java.time.Duration.ofMillis(20);

    /**
     * The units' summaries, with weeks in the clock's time zone; rebuilt from the registrations when a store
     * holds registrations but no summary (a store written by an earlier version, or loaded from a dump of one).
     *
     * @param mongo   the database
     * @param indexes the indexes, created first
     * @param clock   the platform's clock, whose zone decides the weeks
     * @param registrationSettlement the settlement of the registrations' changes, waited for by the reads
     * @return the adapter
     */
    @Bean
    MongoUnitSummaries mongoUnitSummaries(MongoOperations mongo, MongoIndexes indexes, Clock clock,
            Settlement<MongoRegistrations.Pending> registrationSettlement) {
        MongoUnitSummaries summaries = new MongoUnitSummaries(mongo, clock.getZone(), registrationSettlement);
        if (mongo.getCollection(MongoUnitSummaries.SUMMARIES).estimatedDocumentCount() == 0
                && mongo.getCollection(RegistrationDocument.COLLECTION).estimatedDocumentCount() > 0) {
            int rebuilt = summaries.rebuild();
            LOG.info("Summaries: {} unit summaries rebuilt from the registrations, which had none", rebuilt);
        }
        return summaries;
    }

    /**
     * The registrations adapter, once it has moved to the audit trail the entries a crash left pending (and
     * recomputed the summaries of their units).
     *
     * @param mongo     the database
     * @param indexes   the indexes, created first
     * @param summaries the units' summaries, kept with every write
     * @param instance  the running instance, stamped on every registration it writes
     * @param registrationSettlement the settlement of its changes, which it starts and closes
     * @return the adapter
     */
    @Bean
    MongoRegistrations mongoRegistrations(MongoOperations mongo, MongoIndexes indexes, MongoUnitSummaries summaries,
            InstanceId instance, Settlement<MongoRegistrations.Pending> registrationSettlement) {
        MongoRegistrations registrations = new MongoRegistrations(mongo, summaries, instance, registrationSettlement);
        int moved = registrations.deliverPendingAuditEntries();
        if (moved > 0) {
            LOG.info("Audit: {} entries of changes stored before the last stop moved to the trail", moved);
        }
        return registrations;
    }

    /**
     * The progress reports adapter, once it has moved to the audit trail the entries a crash left pending.
     *
     * @param mongo   the database
     * @param indexes the indexes, created first
     * @return the adapter
     */
    @Bean
    MongoProgressReports mongoProgressReports(MongoOperations mongo, MongoIndexes indexes) {
        MongoProgressReports reports = new MongoProgressReports(mongo);
        int moved = reports.deliverPendingAuditEntries();
        if (moved > 0) {
            LOG.info("Audit: {} entries of progress reports kept before the last stop moved to the trail", moved);
        }
        return reports;
    }
}
