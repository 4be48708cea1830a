package vn.campaign.api.store;

import java.util.Objects;

import com.mongodb.client.MongoClient;
import org.bson.Document;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;

/**
 * Reports the store as the {@code mongo} component of {@code /actuator/health}: up when it answers a
 * {@code ping} on the {@code admin} database, with the kind of store as detail.
 *
 * <p>It replaces Spring Boot's MongoDB health indicator, which sends {@code hello} to every database; the
 * embedded server answers {@code hello} only on {@code admin}, so Boot's indicator turns DOWN as soon as the
 * application's database exists. {@code ping} on {@code admin} works on the embedded server and on MongoDB.
 */
public class StoreHealthIndicator extends AbstractHealthIndicator {

    private static final Document PING = new Document("ping", 1);

    private final MongoClient client;
    private final StoreDescription description;

    /**
     * Creates the indicator.
     *
     * @param client      the application's MongoDB client
     * @param description the store in use
     */
    public StoreHealthIndicator(MongoClient client, StoreDescription description) {
        super("Store health check failed");
        this.client = Objects.requireNonNull(client, "client");
        this.description = Objects.requireNonNull(description, "description");
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        Document reply = client.getDatabase("admin").runCommand(PING);
        Object ok = reply.get("ok");
        if (ok instanceof Number number && number.doubleValue() == 1.0) {
            builder.up();
        } else {
            builder.down().withDetail("reply", reply.toJson());
        }
        builder.withDetail("kind", description.kind().name()).withDetail("store", description.summary());
    }
}
