package vn.campaign.api.graphql;

import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;

import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;

/** Records the commands the MongoDB driver sends, for tests that count round trips. */
final class MongoCommandCounter implements CommandListener {

    private final ConcurrentLinkedQueue<String> commands = new ConcurrentLinkedQueue<>();

    @Override
    public void commandStarted(CommandStartedEvent event) {
        String collection = event.getCommand().containsKey(event.getCommandName())
                && event.getCommand().get(event.getCommandName()).isString()
                ? event.getCommand().getString(event.getCommandName()).getValue() : "";
        commands.add(event.getCommandName() + " " + collection);
    }

    /** Forgets what was recorded. */
    void reset() {
        commands.clear();
    }

    /**
     * The commands sent since the last reset, as "command collection".
     *
     * @return the commands, in the order sent
     */
    List<String> commands() {
        return List.copyOf(commands);
    }
}
