package vn.campaign.api;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

import vn.campaign.api.backup.mongo.StoreCommandLine;
import vn.campaign.api.config.StartupClassPreloader;
import vn.campaign.api.config.StartupReport;
import vn.campaign.api.store.StoreInUseCheck;

/**
 * Entry point of the campaign platform's GraphQL service.
 *
 * <p>Started with no configuration, it serves HTTP on port 8080 and keeps its data in an embedded
 * MongoDB-compatible store under {@code ./data/}; with {@code spring.mongodb.uri} set it uses that MongoDB
 * instead (see {@link vn.campaign.api.store}).
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class CampaignApiApplication {

    /**
     * Starts the service. A second server on the store file of a running one stops at once with one line
     * ({@link StoreInUseCheck}). With {@code backup}, {@code restore}, {@code copy-store} or {@code rebuild} as first argument it
     * runs that command instead, without the web server, and exits with its status ({@link StoreCommandLine}).
     * A server start loads the classes it is known to need in a background thread while the context is built
     * ({@link StartupClassPreloader}).
     *
     * @param args Spring Boot command-line arguments, for example {@code --server.port=9090}, or a command
     */
    public static void main(String[] args) {
        if (StoreCommandLine.isCommand(args)) {
            // The commands speak for themselves on stdout and stderr; the libraries' logs stay quiet.
            LoggingSystem.get(CampaignApiApplication.class.getClassLoader()).setLogLevel(null, LogLevel.ERROR);
            System.exit(StoreCommandLine.run(args, System.out, System.err));
        }
        StartupClassPreloader.startInBackground(CampaignApiApplication.class.getClassLoader());
        SpringApplication application = new SpringApplication(CampaignApiApplication.class);
        application.addListeners(new StoreInUseCheck());
        StartupReport.installIfRequested(application);
        application.run(args);
    }
}
