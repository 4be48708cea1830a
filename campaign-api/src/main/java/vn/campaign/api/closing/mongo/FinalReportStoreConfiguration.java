package vn.campaign.api.closing.mongo;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoOperations;

/** The final reports' store adapter as a bean. */
@Configuration(proxyBeanMethods = false)
public class FinalReportStoreConfiguration {

    /** A configuration. */
    public FinalReportStoreConfiguration() {
    }

    /**
     * Final reports in MongoDB, exposed as the core's {@code FinalReports} port.
     *
     * @param mongo the database
     * @return the adapter
     */
    @Bean
    MongoFinalReports mongoFinalReports(MongoOperations mongo) {
        return new MongoFinalReports(mongo);
    }
}
