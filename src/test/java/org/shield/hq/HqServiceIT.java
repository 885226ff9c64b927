package org.shield.hq;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.KeyPairGenerator;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shield.application.common.AccessDeniedException;
import org.shield.application.common.NotFoundException;
import org.shield.application.common.ValidationException;
import org.shield.application.sync.DeviceState;
import org.shield.application.sync.Enrolment;
import org.shield.application.sync.EnrolmentCode;
import org.shield.hq.store.HqDatabase;
import org.shield.hq.store.JdbcHqStore;
import org.shield.infra.vault.Argon2Params;
import org.shield.infra.vault.Argon2PassphraseHasher;
import org.shield.testing.MutableClock;

/** HQ's accounts, codes and devices over its real schema (H2 in memory), with a clock the test moves. */
class HqServiceIT {
    private static final char[] PASS = "synthetic hq passphrase 5".toCharArray();
    private HqDatabase db;
    private HqService hq;
    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-01T03:00:00Z"));
    private String session;
    private String publicKey;

    @BeforeEach
    void open() throws Exception {
        db = HqDatabase.open("jdbc:h2:mem:hq-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", null, null);
        hq = new HqService(new JdbcHqStore(db.dataSource(), org.shield.testing.HqSeals.fresh()), new Argon2PassphraseHasher(Argon2Params.FAST), clock);
        assertThat(hq.createFirstAdministrator("hq.admin", PASS)).isTrue();
        session = hq.signIn("hq.admin", PASS);
        publicKey = Base64.getEncoder().encodeToString(KeyPairGenerator.getInstance("Ed25519").generateKeyPair()
                .getPublic().getEncoded());
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void theFirstAdministratorIsCreatedOnce() throws Exception {
        assertThat(hq.createFirstAdministrator("hq.other", PASS)).isFalse();
        assertThatThrownBy(() -> hq.signIn("hq.other", PASS)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aWrongPassphraseOrAnUnknownAccountGetsTheSameRefusal() {
        assertThatThrownBy(() -> hq.signIn("hq.admin", "wrong".toCharArray()))
                .isInstanceOf(AccessDeniedException.class).hasMessageContaining("hq.error.signIn");
        assertThatThrownBy(() -> hq.signIn("nobody", PASS))
                .isInstanceOf(AccessDeniedException.class).hasMessageContaining("hq.error.signIn");
    }

    @Test
    void aSessionEndsAfterEightHours() throws Exception {
        clock.advance(HqService.SESSION.plusSeconds(1));
        assertThatThrownBy(() -> hq.devices(session)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aCodeEnrolsOneDeviceOnceBeforeItExpires() throws Exception {
        EnrolmentCode code = hq.issueCode(session, "inv.one", "investigator", "atu-demo");
        assertThat(code.role()).isEqualTo("Investigator");
        assertThat(code.unitCode()).isEqualTo("ATU-DEMO");

        Enrolment e = hq.enrol(code.code(), publicKey, "inv.one");

        assertThat(e.userName()).isEqualTo("inv.one");
        assertThat(hq.contact(e.token()).state()).isEqualTo(DeviceState.Active);
        assertThatThrownBy(() -> hq.enrol(code.code(), publicKey, "inv.one")).isInstanceOf(AccessDeniedException.class);
        EnrolmentCode late = hq.issueCode(session, "inv.two", "Investigator", "ATU-DEMO");
        clock.advance(HqService.CODE_VALID.plus(Duration.ofMinutes(1)));
        assertThatThrownBy(() -> hq.enrol(late.code(), publicKey, "inv.two")).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void codesAndTokensAreKeptOnlyAsHashes() throws Exception {
        EnrolmentCode code = hq.issueCode(session, "inv.one", "Investigator", "ATU-DEMO");
        Enrolment e = hq.enrol(code.code(), publicKey, "inv.one");
        try (var c = db.dataSource().getConnection(); var s = c.createStatement()) {
            StringBuilder all = new StringBuilder();
            for (String table : new String[] {"hq_enrolment_code", "hq_device", "hq_session", "hq_audit", "hq_user"}) {
                try (ResultSet rs = s.executeQuery("SELECT * FROM " + table)) {
                    while (rs.next()) {
                        for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                            all.append(rs.getString(i)).append('|');
                        }
                    }
                }
            }
            assertThat(all.toString()).doesNotContain(HqService.normalise(code.code())).doesNotContain(e.token())
                    .doesNotContain(session).doesNotContain(new String(PASS));
        }
    }

    @Test
    void badRequestsAreRefusedWithAReason() {
        assertThatThrownBy(() -> hq.issueCode(session, "inv.one", "Chief", "ATU")).isInstanceOf(ValidationException.class)
                .hasMessageContaining("hq.error.role");
        assertThatThrownBy(() -> hq.issueCode(session, "Not A Name", "Investigator", "ATU"))
                .isInstanceOf(ValidationException.class).hasMessageContaining("hq.error.userName");
        assertThatThrownBy(() -> hq.enrol("AAAA", "not a key", "inv.one")).isInstanceOf(ValidationException.class)
                .hasMessageContaining("hq.error.publicKey");
        assertThatThrownBy(() -> hq.markLost(session, UUID.randomUUID())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> hq.devices("forged")).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aLostDeviceIsToldAndOnceItReportsItsKeysDestroyedItIsRefused() throws Exception {
        Enrolment e = hq.enrol(hq.issueCode(session, "cw.one", "Caseworker", "SHELTER-1").code(), publicKey, "cw.one");
        assertThatThrownBy(() -> hq.shredded(e.token())).as("only a lost device reports destroyed keys")
                .isInstanceOf(ValidationException.class);

        hq.markLost(session, e.deviceId());

        assertThat(hq.contact(e.token()).state()).isEqualTo(DeviceState.Lost);
        hq.shredded(e.token());
        assertThat(hq.devices(session).get(0).state()).isEqualTo(DeviceState.Shredded);
        assertThat(hq.devices(session).get(0).shredReportedAt()).isEqualTo(clock.instant());
        assertThatThrownBy(() -> hq.contact(e.token())).isInstanceOf(AccessDeniedException.class);
    }
}
