package org.shield.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shield.application.common.AccessDeniedException;
import org.shield.application.common.ApplicationException;
import org.shield.application.common.UserMessage;
import org.shield.application.common.WrongPassphraseException;
import org.shield.application.security.DataKey;
import org.shield.application.sync.HqHost;
import org.shield.hq.store.HqDatabase;
import org.shield.hq.store.HqValueKey;
import org.shield.infra.sync.HttpHqClient;
import org.shield.infra.vault.Argon2Params;
import org.shield.infra.vault.PassphraseKeyWrap;
import org.shield.testing.EmbeddedPg;

/**
 * {@code hq passwd} (ADR 0019, "The administrator's passphrase"): the passphrase that opens HQ's data changes; the
 * value key does not, so what HQ stored still opens; the old passphrase neither starts HQ nor signs in. Real H2 files
 * and a real PostgreSQL, HQ started in this JVM as {@code hq serve} starts it.
 */
class HqPassphraseChangeIT {
    private static final String ADMIN = "hq.admin";
    private static final String OLD = "synthetic old hq passphrase 1";
    private static final String NEW = "synthetic new hq passphrase 2";

    private final HqServerHost host = new HqServerHost(Clock.systemUTC(), Argon2Params.FAST, "test");
    private final List<String> said = new ArrayList<>();

    @TempDir
    Path tmp;

    private HqHost.Running start(String jdbcUrl, Path data, String passphrase) throws ApplicationException {
        return host.start(new HqHost.Options("127.0.0.1", 0, jdbcUrl, data, ADMIN, false),
                passphrase::toCharArray, said::add);
    }

    private void change(String jdbcUrl, Path data, String current, String next) throws ApplicationException {
        host.changePassphrase(jdbcUrl, data, ADMIN, current.toCharArray(), next.toCharArray());
    }

    private static String signIn(HqHost.Running hq, String passphrase) throws ApplicationException {
        return new HttpHqClient().signIn(URI.create("http://127.0.0.1:" + hq.port()), ADMIN, passphrase.toCharArray());
    }

    private static UserMessage refusal(Refusable r) {
        try {
            r.run();
        } catch (ApplicationException e) {
            return e.userMessage();
        }
        throw new AssertionError("not refused");
    }

    @FunctionalInterface
    interface Refusable {
        void run() throws ApplicationException;
    }

    @Test
    void onH2TheNewPassphraseOpensHqAndTheOldOneNoLonger() throws Exception {
        Path data = tmp.resolve("hq");
        byte[] valueKey;
        try (HqHost.Running hq = start(null, data, OLD)) {
            assertThat(signIn(hq, OLD)).isNotBlank();
        }
        valueKey = valueKey(null, data, OLD, OLD);

        change(null, data, OLD, NEW);

        assertThatThrownBy(() -> start(null, data, OLD)).isInstanceOf(WrongPassphraseException.class);
        try (HqHost.Running hq = start(null, data, NEW)) {
            assertThat(signIn(hq, NEW)).isNotBlank();
            assertThatThrownBy(() -> signIn(hq, OLD)).isInstanceOf(AccessDeniedException.class);
        }
        // the same value key, only wrapped under the new passphrase: every sealed value still opens
        assertThat(valueKey(null, data, NEW, NEW)).isEqualTo(valueKey);
    }

    @Test
    void aWrongCurrentPassphraseOrAWeakNewOneChangesNothing() throws Exception {
        Path data = tmp.resolve("hq");
        start(null, data, OLD).close();

        assertThatThrownBy(() -> change(null, data, "not the hq passphrase at all", NEW))
                .isInstanceOf(WrongPassphraseException.class);
        assertThat(refusal(() -> change(null, data, OLD, "short"))).isEqualTo(
                new UserMessage("passphrase.tooShort", 12));
        assertThat(refusal(() -> change(null, tmp.resolve("elsewhere"), OLD, NEW)))
                .isEqualTo(new UserMessage("hq.error.noData"));

        // (a running HQ process holds its H2 file, and the change is refused: HqCliIT, across processes)
        try (HqHost.Running hq = start(null, data, OLD)) {
            assertThat(signIn(hq, OLD)).isNotBlank();
        }
    }

    @Test
    void aChangeCutBeforeTheFilesKeyWasRewrappedIsFinishedByRunningItAgain() throws Exception {
        Path data = tmp.resolve("hq");
        start(null, data, OLD).close();
        Path keys = data.resolve("keys.json");
        Path before = tmp.resolve("keys-before.json");
        Files.copy(keys, before);
        change(null, data, OLD, NEW);
        // as if the process had died after the database's step: the file's key still under the old passphrase
        Files.copy(before, keys, StandardCopyOption.REPLACE_EXISTING);
        assertThatThrownBy(() -> start(null, data, NEW)).isInstanceOf(WrongPassphraseException.class);
        assertThatThrownBy(() -> start(null, data, OLD)).isInstanceOf(WrongPassphraseException.class);

        change(null, data, OLD, NEW);

        try (HqHost.Running hq = start(null, data, NEW)) {
            assertThat(signIn(hq, NEW)).isNotBlank();
        }
    }

    @Test
    void onPostgresARunningHqGoesOnAndLaterStartsNeedTheNewPassphrase() throws Exception {
        try (EmbeddedPostgres pg = EmbeddedPg.start()) {
            String db = pg.getJdbcUrl("postgres", "postgres");
            try (HqHost.Running a = start(db, tmp.resolve("a"), OLD)) {
                String before = signIn(a, OLD);
                URI url = URI.create("http://127.0.0.1:" + a.port());
                assertThat(new HttpHqClient().devices(url, before)).isEmpty();
                byte[] valueKey = valueKey(db, null, OLD, OLD);

                change(db, null, OLD, NEW);

                assertThatThrownBy(() -> new HttpHqClient().devices(url, before))
                        .as("a session signed in under the old passphrase ends with the change")
                        .isInstanceOf(AccessDeniedException.class);

                // the running process goes on; its sign-in checks the stored passphrase, now the new one
                assertThat(signIn(a, NEW)).isNotBlank();
                assertThatThrownBy(() -> signIn(a, OLD)).isInstanceOf(AccessDeniedException.class);
                assertThatThrownBy(() -> start(db, tmp.resolve("b"), OLD)).isInstanceOf(WrongPassphraseException.class);
                try (HqHost.Running b = start(db, tmp.resolve("b"), NEW)) {
                    assertThat(signIn(b, NEW)).isNotBlank();
                }
                assertThat(valueKey(db, null, NEW, NEW)).isEqualTo(valueKey);
                // run again with the old passphrase: refused, nothing changed
                assertThatThrownBy(() -> change(db, null, OLD, NEW)).isInstanceOf(WrongPassphraseException.class);
            }
        }
    }

    /** HQ's value key, unwrapped from its database under {@code passphrase} (the H2 file opened under {@code file}). */
    private static byte[] valueKey(String jdbcUrl, Path data, String file, String passphrase) throws Exception {
        HqDatabase db;
        if (jdbcUrl == null) {
            DataKey fileKey = new org.shield.infra.vault.FileVaultKeyStore(Argon2Params.FAST, Clock.systemUTC())
                    .unwrap(data, ADMIN, file.toCharArray());
            db = HqDatabase.openFile(data, fileKey);
            fileKey.destroy();
        } else {
            db = HqDatabase.open(jdbcUrl, null, null);
        }
        try (db) {
            String wrapped = new HqValueKey(db.dataSource()).wrapped().orElseThrow();
            DataKey k = new PassphraseKeyWrap(Argon2Params.FAST).unwrap(wrapped, passphrase.toCharArray(),
                    HqServerHost.VALUE_KEY_PURPOSE);
            try {
                return k.bytes().clone();
            } finally {
                k.destroy();
            }
        }
    }
}
