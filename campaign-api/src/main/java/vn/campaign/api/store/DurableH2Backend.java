package vn.campaign.api.store;

import java.util.function.Supplier;

import de.bwaldvogel.mongo.bson.Document;
import io.netty.channel.Channel;
import vn.campaign.store.embedded.CommittingH2Backend;

/**
 * The service's embedded store: a {@link CommittingH2Backend} (committed after every write, documents as BSON)
 * that notes the indexes the store does not build ({@link UnenforcedIndexes}) and passes every write through the
 * gate a running backup closes ({@link WriteGate}).
 */
final class DurableH2Backend extends CommittingH2Backend {

    private final UnenforcedIndexes unenforced;
    private final WriteGate gate;

    /**
     * Opens (or creates) the store file, noting the indexes it does not build nowhere.
     *
     * @param fileName the MVStore file
     */
    DurableH2Backend(String fileName) {
        this(fileName, new UnenforcedIndexes(), new WriteGate());
    }

    /**
     * Opens (or creates) the store file.
     *
     * @param fileName   the MVStore file
     * @param unenforced where the indexes the store does not build are noted
     * @param gate       the gate every write command passes (closed while a backup copies the store)
     */
    DurableH2Backend(String fileName, UnenforcedIndexes unenforced, WriteGate gate) {
        super(fileName);
        this.unenforced = unenforced;
        this.gate = gate;
    }

    @Override
    public Document handleCommand(Channel channel, String databaseName, String command, Document query) {
        unenforced.observe(command, query);
        return super.handleCommand(channel, databaseName, command, query);
    }

    @Override
    protected Document write(Supplier<Document> command) {
        return gate.pass(command);
    }
}
