package vn.campaign.api.imports.mongo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoOperations;

import vn.campaign.api.imports.ImportInstance;

/** The history of imports in MongoDB as a bean, its indexes created and stale runs marked first. */
@Configuration(proxyBeanMethods = false)
public class ImportHistoryConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(ImportHistoryConfiguration.class);

    /** A configuration. */
    public ImportHistoryConfiguration() {
    }

    /**
     * The history of imports, with its indexes; runs left {@code RUNNING} by an earlier process are marked
     * {@code INTERRUPTED} now, before any request is taken.
     *
     * @param mongo    the database
     * @param instance this process
     * @return the history
     */
    @Bean
    ImportHistory importHistory(MongoOperations mongo, ImportInstance instance) {
        ImportHistory history = new ImportHistory(mongo, instance);
        history.createIndexes();
        long interrupted = history.interruptRunsOfOtherInstances();
        if (interrupted > 0) {
            LOG.warn("Imports: {} run(s) left RUNNING by an earlier process marked INTERRUPTED; import their files"
                    + " again to complete them", interrupted);
        }
        return history;
    }
}
