package vn.campaign.core.registration;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Random version-4 UUIDs in their text form, for {@link RegistrationId#random()}: 122 random bits each, as
 * {@code UUID.randomUUID()} gives, at a small part of its cost.
 *
 * <p>{@code UUID.randomUUID()} asks the platform's {@link SecureRandom} for 16 bytes every time (a lock, a SHA-1
 * digest and a read of the system's entropy source each), then formats the UUID through {@code Long} and checks
 * the text with a regular expression; an import of 100,000 rows paid that a row. Here the random bits come from
 * AES-256 in counter mode — a keystream generator of the kind NIST SP 800-90A's CTR_DRBG builds on — keyed and
 * started from {@link SecureRandom}, drawn {@value #IDS_PER_DRAW} ids at a time, and keyed anew from
 * {@link SecureRandom} every {@value #IDS_PER_KEY} ids. Guessing an id still means guessing 122 bits: the ids seen
 * say nothing usable about the key (AES is a pseudo-random permutation), and a key, were it ever read out of
 * the process's memory, would only tell the ids of its own {@value #IDS_PER_KEY}. Each id's bytes are wiped from
 * the buffer once they are used.
 *
 * <p>Thread-safe.
 */
final class RandomIds {

    /** Ids drawn from the keystream at once. */
    static final int IDS_PER_DRAW = 256;
    /** Ids drawn under one key before a new key is taken from {@link SecureRandom}. */
    static final int IDS_PER_KEY = 65_536;
    private static final byte[] HEX = "0123456789abcdef".getBytes(StandardCharsets.ISO_8859_1);

    private final SecureRandom seed = new SecureRandom();
    private final byte[] zeros = new byte[16 * IDS_PER_DRAW];
    private final byte[] stream = new byte[16 * IDS_PER_DRAW];
    private int next = stream.length;
    private int drawsLeft;
    private Cipher cipher;

    RandomIds() {
        cipher = keyed();
    }

    /**
     * A new random id.
     *
     * @return a lower-case version-4 UUID, {@code xxxxxxxx-xxxx-4xxx-[89ab]xxx-xxxxxxxxxxxx}
     */
    synchronized String next() {
        if (next == stream.length) {
            draw();
        }
        byte[] text = new byte[36];
        int at = 0;
        for (int i = 0; i < 16; i++) {
            int b = stream[next + i] & 0xFF;
            if (i == 6) {
                b = (b & 0x0F) | 0x40; // version 4
            } else if (i == 8) {
                b = (b & 0x3F) | 0x80; // the IETF variant
            }
            if (i == 4 || i == 6 || i == 8 || i == 10) {
                text[at++] = '-';
            }
            text[at++] = HEX[b >>> 4];
            text[at++] = HEX[b & 0x0F];
        }
        Arrays.fill(stream, next, next + 16, (byte) 0);
        next += 16;
        return new String(text, StandardCharsets.ISO_8859_1);
    }

    private void draw() {
        if (drawsLeft == 0) {
            cipher = keyed();
        }
        try {
            if (cipher.update(zeros, 0, zeros.length, stream, 0) != stream.length) {
                throw new IllegalStateException("AES in counter mode gave less keystream than asked for");
            }
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES in counter mode failed", e);
        }
        drawsLeft--;
        next = 0;
    }

    private Cipher keyed() {
        byte[] key = new byte[32];
        byte[] counter = new byte[16];
        seed.nextBytes(key);
        seed.nextBytes(counter);
        try {
            Cipher aes = Cipher.getInstance("AES/CTR/NoPadding");
            aes.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "AES"), new IvParameterSpec(counter));
            drawsLeft = IDS_PER_KEY / IDS_PER_DRAW;
            return aes;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES in counter mode is not available", e);
        } finally {
            Arrays.fill(key, (byte) 0);
        }
    }
}
