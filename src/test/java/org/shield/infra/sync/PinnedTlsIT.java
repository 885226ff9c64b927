package org.shield.infra.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shield.application.common.ApplicationException;
import org.shield.application.common.SyncException;
import org.shield.application.sync.HqClient;
import org.shield.hq.HqServer;
import org.shield.hq.HqService;
import org.shield.hq.HqTls;
import org.shield.hq.store.HqDatabase;
import org.shield.hq.store.JdbcHqStore;
import org.shield.infra.vault.Argon2Params;
import org.shield.infra.vault.Argon2PassphraseHasher;

/**
 * HQ over TLS with its self-signed certificate, and the laptop's pin (ADR 0019): the right pin talks, any other
 * certificate is refused before a byte of the request is sent, and the certificate HQ keeps is the one it serves.
 */
class PinnedTlsIT {
    private HqDatabase db;
    private HqService hq;
    private HqServer server;
    private HqTls tls;
    private URI url;

    @BeforeEach
    void start() throws Exception {
        db = HqDatabase.open("jdbc:h2:mem:hq-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", null, null);
        hq = new HqService(new JdbcHqStore(db.dataSource(), org.shield.testing.HqSeals.fresh()), new Argon2PassphraseHasher(Argon2Params.FAST),
                Clock.systemUTC());
        hq.createFirstAdministrator("hq.admin", "synthetic tls passphrase 1".toCharArray());
        tls = hq.tls();
        server = new HqServer(hq, "test", tls).start("127.0.0.1", 0);
        url = URI.create("https://127.0.0.1:" + server.port() + "/");
    }

    @AfterEach
    void stop() {
        server.close();
        db.close();
    }

    private static String key(ApplicationException e) {
        return e.userMessage().key();
    }

    @Test
    void theCertificateHqServesIsTheOneItKeepsAndThePinnedClientTalksToIt() throws Exception {
        HttpHqClient client = new HttpHqClient();

        assertThat(client.fingerprint(url)).isEqualTo(tls.fingerprint());
        assertThat(hq.tls().fingerprint()).as("made once, then read back").isEqualTo(tls.fingerprint());
        HqClient pinned = client.pinned(tls.fingerprint().toLowerCase().replace(":", " "));
        assertThat(pinned.signIn(url, "hq.admin", "synthetic tls passphrase 1".toCharArray())).isNotBlank();
    }

    @Test
    void anyOtherCertificateIsRefusedAsNotTheOnePinned() throws Exception {
        String other = HqTls.create(Instant.now()).fingerprint();
        HqClient pinned = new HttpHqClient().pinned(other);

        assertThatThrownBy(() -> pinned.signIn(url, "hq.admin", "synthetic tls passphrase 1".toCharArray()))
                .isInstanceOf(SyncException.class).satisfies(e -> assertThat(key((ApplicationException) e))
                        .isEqualTo("sync.error.pin"));
        assertThatThrownBy(() -> new HttpHqClient().signIn(url, "hq.admin", "x".toCharArray()))
                .as("an unpinned client trusts no self-signed certificate").isInstanceOf(SyncException.class);
    }

    @Test
    void askingAPlainHttpAddressForAFingerprintSaysItIsNotTls() throws Exception {
        try (HqServer plain = new HqServer(hq, "test").start("127.0.0.1", 0)) {
            URI http = URI.create("https://127.0.0.1:" + plain.port() + "/");
            assertThatThrownBy(() -> new HttpHqClient().fingerprint(http)).isInstanceOf(SyncException.class);
        }
    }
}
