package org.shield.domain.common;

import java.security.SecureRandom;
import java.util.UUID;

/**
 * Time-ordered UUID version 7 (RFC 9562): 48-bit Unix milliseconds, then random bits.
 * Written here because the JDK 17 has no v7 generator and the domain layer takes no libraries;
 * ids made on different laptops never collide and sort by creation time, which keeps H2 indexes compact.
 *
 * <p>Ids made in this process are strictly increasing (RFC 9562 §6.2, method 2): an id that would not sort after the
 * last one (same millisecond, or the clock stepped back) is the last one plus one in its random bits. Person list
 * items are ordered by their ids (ADR 0020), so two items added a moment apart keep the order they were added in.
 * Thread-safe.
 */
public final class UuidV7 {
    private static final SecureRandom RANDOM = new SecureRandom();
    /** The 62 random bits after the variant in the low half. */
    private static final long LOW_RANDOM = 0x3FFF_FFFF_FFFF_FFFFL;
    private static final long VARIANT = 0x8000_0000_0000_0000L;

    private static long lastMsb;
    private static long lastLsb;

    private UuidV7() {
    }

    public static UUID next() {
        long millis = System.currentTimeMillis();
        byte[] r = new byte[10];
        RANDOM.nextBytes(r);
        long msb = (millis & 0xFFFF_FFFF_FFFFL) << 16;
        msb |= 0x7000L;                                  // version 7
        msb |= ((r[0] & 0x0FL) << 8) | (r[1] & 0xFFL);   // 12 bits rand_a
        long lsb = VARIANT;                              // variant 10
        lsb |= ((r[2] & 0x3FL) << 56);
        for (int i = 3; i < 10; i++) {
            lsb |= (r[i] & 0xFFL) << (8 * (9 - i));
        }
        synchronized (UuidV7.class) {
            int c = Long.compareUnsigned(msb, lastMsb);
            if (c < 0 || c == 0 && Long.compareUnsigned(lsb, lastLsb) <= 0) {
                msb = lastMsb;
                lsb = lastLsb + 1;
                if ((lsb & LOW_RANDOM) == 0) {          // the low random bits wrapped: carry into rand_a
                    lsb = VARIANT;
                    msb = carry(lastMsb);
                }
            }
            lastMsb = msb;
            lastLsb = lsb;
        }
        return new UUID(msb, lsb);
    }

    /** The high half one step on: rand_a plus one, or, when rand_a is full, the next millisecond. */
    private static long carry(long msb) {
        if ((msb & 0x0FFFL) != 0x0FFFL) {
            return msb + 1;
        }
        long millis = (msb >>> 16) + 1;
        return ((millis & 0xFFFF_FFFF_FFFFL) << 16) | 0x7000L;
    }
}
