package vn.campaign.api.graphql;

import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;

import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;

import vn.campaign.api.mongo.MongoStoreConfiguration;

/**
 * Records the commands the MongoDB driver sends, for tests that count round trips: those of the requests apart
 * from those the registrations' settlement sends after the replies, on its own thread.
 */
final class MongoCommandCounter implements CommandListener {

    private final ConcurrentLinkedQueue<String> commands = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<String> settlement = new ConcurrentLinkedQueue<>();

    @Override
    public void commandStarted(CommandStartedEvent event) {
        String collection = event.getCommand().containsKey(event.getCommandName())
                && event.getCommand().get(event.getCommandName()).isString()
                ? event.getCommand().getString(event.getCommandName()).getValue() : "";
        String command = event.getCommandName() + " " + collection;
        if (Thread.currentThread().getName().equals(MongoStoreConfiguration.SETTLEMENT_THREAD)) {
            settlement.add(command);
        } else {
            commands.add(command);
        }
    }

    /** Forgets what was recorded. */
    void reset() {
        commands.clear();
        settlement.clear();
    }

    /**
     * The commands the settlement sent since the last reset, after the replies, as "command collection".
     *
     * @return the commands, in the order sent
     */
    List<String> settlementCommands() {
        return List.copyOf(settlement);
    }

    /**
     * The commands sent since the last reset but the settlement's, as "command collection".
     *
     * @return the commands, in the order sent
     */
    List<String> commands() {
        return List.copyOf(commands);
    }
}
