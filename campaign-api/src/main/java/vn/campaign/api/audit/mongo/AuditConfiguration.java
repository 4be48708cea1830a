package vn.campaign.api.audit.mongo;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoOperations;

/** The audit trail adapter as a bean, its indexes created first. */
@Configuration(proxyBeanMethods = false)
public class AuditConfiguration {

    /** A configuration. */
    public AuditConfiguration() {
    }

    /**
     * The audit trail in MongoDB, exposed as the core's {@code AuditLog} port and as the {@link vn.campaign.api.audit.AuditTrail}
     * reads.
     *
     * @param mongo                  the database
     * @param registrationSettlement the settlement of the registrations' changes, waited for by the trail's reads
     * @return the adapter
     */
    @Bean
    MongoAuditLog mongoAuditLog(MongoOperations mongo, Settlement<?> registrationSettlement) {
        MongoAuditLog log = new MongoAuditLog(mongo, registrationSettlement);
        log.createIndexes();
        return log;
    }
}
