package org.shield.testing;

import java.security.SecureRandom;
import org.shield.application.security.DataKey;
import org.shield.hq.store.ValueSeal;

/** HQ's sealing of values under a fresh random key, for an HQ built in a test (or benchmark) rather than started. */
public final class HqSeals {
    private HqSeals() {
    }

    /** A seal with a new random value key, kept only in memory. */
    public static ValueSeal fresh() {
        byte[] raw = new byte[DataKey.LENGTH];
        new SecureRandom().nextBytes(raw);
        DataKey key = new DataKey(raw);
        try {
            return new ValueSeal(key);
        } finally {
            key.destroy();
        }
    }
}
