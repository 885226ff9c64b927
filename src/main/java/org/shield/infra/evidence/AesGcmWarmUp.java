package org.shield.infra.evidence;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gets the JDK's AES-GCM compiled before the first blob goes through it. JDK 17 runs AES-GCM in the
 * interpreter (about 30-70 MB/s here) until the JIT compiles its callers and switches to the AES-NI/CLMUL
 * intrinsics (2-5 GB/s); that happens after a number of calls, not of bytes, so with 1 MiB segments the
 * first ~750 MB of the first intake after start crawled (a 2 GiB intake took 17-23 s instead of 6).
 * A few thousand tiny encryptions and decryptions with a throwaway key (~0.2 s, once per JVM) get there
 * first. See docs/BENCHMARKS.md, "Evidence intake".
 */
final class AesGcmWarmUp {
    private static final Logger LOG = LoggerFactory.getLogger(AesGcmWarmUp.class);
    private static final int ROUNDS = 6000;
    private static final int PIECE = 1024;

    private AesGcmWarmUp() {
    }

    /** Returns at once after the first call in this JVM. */
    static void ensure() {
        Holder.touch();
    }

    private static final class Holder {
        static {
            run();
        }

        static void touch() {
            // loading the class ran the warm-up
        }
    }

    private static void run() {
        long start = System.nanoTime();
        try {
            byte[] key = new byte[32];
            new SecureRandom().nextBytes(key);
            SecretKeySpec k = new SecretKeySpec(key, "AES");
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            ByteBuffer plain = ByteBuffer.allocate(PIECE);
            ByteBuffer sealed = ByteBuffer.allocate(PIECE + 16);
            ByteBuffer opened = ByteBuffer.allocate(PIECE + 16);
            byte[] iv = new byte[12];
            for (int i = 0; i < ROUNDS; i++) {
                iv[0] = (byte) i;
                iv[1] = (byte) (i >>> 8);
                GCMParameterSpec spec = new GCMParameterSpec(128, iv);
                c.init(Cipher.ENCRYPT_MODE, k, spec);
                plain.clear();
                sealed.clear();
                c.doFinal(plain, sealed);
                sealed.flip();
                c.init(Cipher.DECRYPT_MODE, k, spec);
                opened.clear();
                c.doFinal(sealed, opened);
            }
        } catch (GeneralSecurityException e) {
            // only a speed-up: the real operation reports any real problem
            LOG.debug("AES-GCM warm-up skipped ({})", e.getClass().getSimpleName());
        }
        LOG.debug("AES-GCM warm-up took {} ms", (System.nanoTime() - start) / 1_000_000);
    }
}
