package vn.campaign.api.backup.mongo;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.campaign.api.backup.StoreBackups;
import vn.campaign.api.store.EmbeddedMongoStore;

/**
 * Provides the service's {@link StoreBackups}: over the embedded store when it runs, refusing otherwise.
 */
@Configuration(proxyBeanMethods = false)
public class BackupConfiguration {

    /**
     * The backups of the store in use.
     *
     * @param store the embedded store, if the service runs one
     * @return the backups
     */
    @Bean
    StoreBackups storeBackups(ObjectProvider<EmbeddedMongoStore> store) {
        return new MongoStoreBackups(store.getIfAvailable());
    }
}
