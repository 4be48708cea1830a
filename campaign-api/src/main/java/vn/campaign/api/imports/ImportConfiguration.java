package vn.campaign.api.imports;

import java.time.Clock;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.servlet.autoconfigure.MultipartProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.campaign.core.application.CampaignPlatform;
import vn.campaign.importer.sheet.ReadOptions;
import vn.campaign.importer.source.ReadLimits;

/**
 * Builds the import service (its history is built by the store adapter, {@code vn.campaign.api.imports.mongo}),
 * and the resolver of imports' global ids for {@code node(id:)}. The largest file the importer reads is the multipart limit
 * {@code spring.servlet.multipart.max-file-size}, so that an upload the server accepts is never refused
 * again by the reader, and one it refuses is answered 413 before it is stored anywhere.
 */
@Configuration(proxyBeanMethods = false)
public class ImportConfiguration {

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
    ImportService importService(CampaignPlatform platform, ImportRuns history,
            ObjectProvider<MultipartProperties> multipart, Clock clock) {
        MultipartProperties limits = multipart.getIfAvailable();
        long maxFileBytes = limits == null ? ReadLimits.DEFAULT_MAX_FILE_BYTES : limits.getMaxFileSize().toBytes();
        ReadOptions options = ReadOptions.defaults().withLimits(ReadLimits.defaults().withMaxFileBytes(maxFileBytes));
        return new ImportService(platform, history, options, clock);
    }

    /**
     * The resolver of imports' global ids for {@code node(id:)}.
     *
     * @param history the recorded runs
     * @return the resolver
     */
    @Bean
    ImportNodeResolver importNodeResolver(ImportRuns history) {
        return new ImportNodeResolver(history);
    }
}
