package org.shield.application.sync;

import java.nio.file.Path;
import java.util.function.Consumer;
import org.shield.application.common.ApplicationException;

/**
 * Port: runs an HQ server in this process ({@code hq serve}). Blocking until it is listening; the returned handle
 * stops it.
 */
public interface HqHost {
    /**
     * Where and on what HQ runs. {@code jdbcUrl} null: an encrypted H2 file under {@code dataDir}. {@code bind}: a
     * loopback address serves plain HTTP unless {@code tls}; any other address serves only TLS (ADR 0019).
     */
    record Options(String bind, int port, String jdbcUrl, Path dataDir, String adminName, boolean tls) {
    }

    /** Where the administrator's passphrase comes from: every start needs it (it unwraps HQ's value key). */
    @FunctionalInterface
    interface Passphrase {
        char[] read() throws ApplicationException;
    }

    /** A running HQ. */
    interface Running extends AutoCloseable {
        int port();

        @Override
        void close();
    }

    /** Starts HQ; {@code say} receives the lines an operator should see (address, first-start notices). */
    Running start(Options options, Passphrase passphrase, Consumer<String> say) throws ApplicationException;

    /**
     * Changes the passphrase of the administrator whose passphrase opens HQ's data ({@code hq passwd}): HQ's value
     * key, their sign-in and, on H2 ({@code jdbcUrl} null), the file's key are wrapped or hashed under {@code next}
     * instead of {@code current}. The value key itself is unchanged, so nothing stored is rewritten; the
     * administrator's open sessions end. HQ processes already running keep running; every later start needs
     * {@code next}. On H2 the file must not be open in a running HQ.
     */
    void changePassphrase(String jdbcUrl, Path dataDir, String adminName, char[] current, char[] next)
            throws ApplicationException;
}
