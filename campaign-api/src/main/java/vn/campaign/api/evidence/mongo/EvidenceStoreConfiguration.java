package vn.campaign.api.evidence.mongo;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.MongoDatabaseFactory;

/** Builds the evidence store over the application's MongoDB database. */
@Configuration(proxyBeanMethods = false)
public class EvidenceStoreConfiguration {

    /** A configuration. */
    public EvidenceStoreConfiguration() {
    }

    /**
     * The GridFS evidence store; it also answers the core's evidence counts.
     *
     * @param factory the database factory of the application's store
     * @return the store
     */
    @Bean
    GridFsEvidenceStore gridFsEvidenceStore(MongoDatabaseFactory factory) {
        return new GridFsEvidenceStore(factory.getMongoDatabase());
    }
}
