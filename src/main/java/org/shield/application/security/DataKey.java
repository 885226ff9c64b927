package org.shield.application.security;

import java.util.Arrays;
import javax.security.auth.Destroyable;

/**
 * The vault's random 256-bit data key, unwrapped in memory after a successful unlock. Never logged,
 * never written in plaintext; {@link #destroy()} zeroes it when the vault is locked.
 */
public final class DataKey implements Destroyable {
    public static final int LENGTH = 32;
    private final byte[] bytes;
    private volatile boolean destroyed;

    public DataKey(byte[] bytes) {
        if (bytes.length != LENGTH) {
            throw new IllegalArgumentException("data key must be 256 bits");
        }
        this.bytes = bytes.clone();
    }

    /** A copy of the key bytes; the caller zeroes it when done. */
    public byte[] bytes() {
        if (destroyed) {
            throw new IllegalStateException("data key destroyed");
        }
        return bytes.clone();
    }

    @Override
    public void destroy() {
        Arrays.fill(bytes, (byte) 0);
        destroyed = true;
    }

    @Override
    public boolean isDestroyed() {
        return destroyed;
    }

    @Override
    public String toString() {
        return "DataKey[redacted]";
    }
}
