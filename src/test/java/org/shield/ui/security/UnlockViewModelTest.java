package org.shield.ui.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shield.application.common.UserMessage;
import org.shield.application.demo.DemoVault;
import org.shield.application.security.VaultService;
import org.shield.application.security.Workspace;
import org.shield.bootstrap.Wiring;
import org.shield.infra.vault.Argon2Params;
import org.shield.testing.TestVaults;
import org.shield.ui.ImmediateTaskRunner;
import org.shield.ui.RecordingDialogs;
import org.shield.ui.common.ErrorPresenter;
import org.shield.ui.common.Ticker;

class UnlockViewModelTest {
    @TempDir
    Path dir;
    Path vault;
    VaultService vaults;
    final List<Workspace> opened = new ArrayList<>();
    final ManualTicker ticker = new ManualTicker();

    @BeforeEach
    void createVault() throws Exception {
        // A stopped clock: every failure happens "now", so the growing delay is certain.
        vaults = new Wiring(Clock.fixed(Instant.parse("2026-03-01T08:00:00Z"), ZoneOffset.UTC), Argon2Params.FAST)
                .vaultService();
        vault = dir.resolve("vault");
        vaults.create(vault, TestVaults.ADMIN, "TST", TestVaults.PASSPHRASE.toCharArray()).close();
    }

    private UnlockViewModel screen(boolean demo) {
        return new UnlockViewModel(vaults, vault, demo, null, new ImmediateTaskRunner(),
                new ErrorPresenter(new RecordingDialogs()), ticker, opened::add);
    }

    private static void attempt(UnlockViewModel vm, String user, String passphrase) {
        vm.userNameProperty().set(user);
        vm.passphraseProperty().set(passphrase);
        vm.unlock();
    }

    @Test
    void wrongPassphraseAndUnknownUserGetTheSameMessage() {
        UnlockViewModel vm = screen(false);

        attempt(vm, TestVaults.ADMIN, "not the passphrase at all");
        UserMessage wrongPassphrase = vm.errorProperty().get();
        attempt(vm, "nobody.here", TestVaults.PASSPHRASE);

        assertThat(wrongPassphrase).isEqualTo(new UserMessage("error.wrongPassphrase"));
        assertThat(vm.errorProperty().get()).isEqualTo(wrongPassphrase);
        assertThat(vm.passphraseProperty().get()).isEmpty();
        assertThat(opened).isEmpty();
    }

    @Test
    void rightPassphraseOpensTheVault() {
        UnlockViewModel vm = screen(false);

        attempt(vm, TestVaults.ADMIN, TestVaults.PASSPHRASE);

        assertThat(opened).hasSize(1);
        assertThat(vm.errorProperty().get()).isNull();
        opened.forEach(Workspace::close);
    }

    @Test
    void afterRepeatedFailuresTheScreenCountsDownBeforeTheNextTry() {
        UnlockViewModel vm = screen(false);
        for (int i = 0; i < 3; i++) {
            attempt(vm, TestVaults.ADMIN, "wrong passphrase number " + i);
        }

        attempt(vm, TestVaults.ADMIN, "wrong passphrase again");

        assertThat(vm.secondsToWaitProperty().get()).isPositive();
        assertThat(vm.errorProperty().get().key()).isEqualTo("ui.unlock.throttled");
        assertThat(vm.canUnlockProperty().get()).isFalse();
        for (long s = vm.secondsToWaitProperty().get(); s > 0; s--) {
            ticker.tick();
        }
        assertThat(vm.secondsToWaitProperty().get()).isZero();
        assertThat(vm.errorProperty().get()).isNull();
        assertThat(ticker.running).isFalse();
    }

    @Test
    void demoModeShowsAndFillsTheDemoCredentials() {
        UnlockViewModel vm = screen(true);

        assertThat(vm.demoUser()).isEqualTo(DemoVault.USER);
        assertThat(vm.demoPassphrase()).isEqualTo(DemoVault.PASSPHRASE);
        assertThat(vm.userNameProperty().get()).isEqualTo(DemoVault.USER);
        assertThat(vm.passphraseProperty().get()).isEqualTo(DemoVault.PASSPHRASE);
    }

    @Test
    void lockScreenKeepsTheSignedInUser() {
        UnlockViewModel vm = new UnlockViewModel(vaults, vault, false, TestVaults.ADMIN, new ImmediateTaskRunner(),
                new ErrorPresenter(new RecordingDialogs()), ticker, opened::add);

        assertThat(vm.isRelock()).isTrue();
        assertThat(vm.userNameProperty().get()).isEqualTo(TestVaults.ADMIN);
    }

    /** Time moves only when the test says so. */
    static final class ManualTicker implements Ticker {
        private Runnable tick = () -> { };
        boolean running;

        @Override
        public Runnable every(Duration period, Runnable t) {
            this.tick = t;
            this.running = true;
            return () -> running = false;
        }

        void tick() {
            if (running) {
                tick.run();
            }
        }
    }
}
