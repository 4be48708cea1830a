package vn.campaign.importer.encoding;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.Charset;

/**
 * Reads bytes as the characters a Windows-1252 spreadsheet program shows for them, one character a byte;
 * the five bytes Windows-1252 leaves undefined become the C1 controls of the same value, so that no byte
 * is lost. This is how legacy TCVN3 and VNI font bytes reach {@link LegacyText}.
 */
final class Windows1252View extends Reader {

    private static final char[] SHOWN = new char[256];

    static {
        byte[] all = new byte[256];
        for (int b = 0; b < 256; b++) {
            all[b] = (byte) b;
        }
        String decoded = new String(all, Charset.forName(CsvCharsets.WINDOWS_1252));
        for (int b = 0; b < 256; b++) {
            char c = decoded.charAt(b);
            SHOWN[b] = c == '\uFFFD' ? (char) b : c;
        }
    }

    private final InputStream in;
    private byte[] buffer = new byte[0];

    Windows1252View(InputStream in) {
        this.in = in;
    }

    /** The character shown for one byte. */
    static char shown(int b) {
        return SHOWN[b & 0xFF];
    }

    @Override
    public int read(char[] target, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        if (buffer.length < length) {
            buffer = new byte[length];
        }
        int read = in.read(buffer, 0, length);
        for (int i = 0; i < read; i++) {
            target[offset + i] = SHOWN[buffer[i] & 0xFF];
        }
        return read;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
