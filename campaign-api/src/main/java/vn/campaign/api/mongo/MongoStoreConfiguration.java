package vn.campaign.api.mongo;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoOperations;

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
     * The units' summaries, with weeks in the clock's time zone; rebuilt from the registrations when a store
     * holds registrations but no summary (a store written by an earlier version, or loaded from a dump of one).
     *
     * @param mongo   the database
     * @param indexes the indexes, created first
     * @param clock   the platform's clock, whose zone decides the weeks
     * @return the adapter
     */
    @Bean
    MongoUnitSummaries mongoUnitSummaries(MongoOperations mongo, MongoIndexes indexes, Clock clock) {
        MongoUnitSummaries summaries = new MongoUnitSummaries(mongo, clock.getZone());
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
     * @return the adapter
     */
    @Bean
    MongoRegistrations mongoRegistrations(MongoOperations mongo, MongoIndexes indexes, MongoUnitSummaries summaries,
            InstanceId instance) {
        MongoRegistrations registrations = new MongoRegistrations(mongo, summaries, instance);
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
