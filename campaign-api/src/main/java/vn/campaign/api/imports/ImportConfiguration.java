package vn.campaign.api.imports;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.servlet.autoconfigure.MultipartProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoOperations;

import vn.campaign.core.application.CampaignPlatform;
import vn.campaign.importer.sheet.ReadOptions;
import vn.campaign.importer.source.ReadLimits;

/**
 * Builds the import service and its history. The largest file the importer reads is the multipart limit
 * {@code spring.servlet.multipart.max-file-size}, so that an upload the server accepts is never refused
 * again by the reader, and one it refuses is answered 413 before it is stored anywhere.
 */
@Configuration(proxyBeanMethods = false)
public class ImportConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(ImportConfiguration.class);

    /**
     * The identity of this process, stamped on the imports it runs.
     *
     * @return a new random instance
     */
    @Bean
    ImportInstance importInstance() {
        return ImportInstance.random();
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

    /**
     * The import service.
     *
     * @param platform  the platform whose registration service stores the rows
     * @param history   the history
     * @param multipart the multipart limits, whose file size bounds the reader too; absent outside a web
     *                  application, where the importer's default limit applies
     * @param clock     the clock
     * @return the service
     */
    @Bean
    ImportService importService(CampaignPlatform platform, ImportHistory history,
            ObjectProvider<MultipartProperties> multipart, Clock clock) {
        MultipartProperties limits = multipart.getIfAvailable();
        long maxFileBytes = limits == null ? ReadLimits.DEFAULT_MAX_FILE_BYTES : limits.getMaxFileSize().toBytes();
        ReadOptions options = ReadOptions.defaults().withLimits(ReadLimits.defaults().withMaxFileBytes(maxFileBytes));
        return new ImportService(platform, history, options, clock);
    }
}
