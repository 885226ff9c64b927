package org.shield.ui.security;

import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.shield.application.common.UnlockThrottledException;
import org.shield.application.common.UserMessage;
import org.shield.application.demo.DemoVault;
import org.shield.application.security.VaultService;
import org.shield.application.security.Workspace;
import org.shield.ui.common.Busy;
import org.shield.ui.common.ErrorPresenter;
import org.shield.ui.common.TaskHandle;
import org.shield.ui.common.TaskRunner;
import org.shield.ui.common.Ticker;

/**
 * Unlock: user name and passphrase open the vault. A wrong passphrase and an unknown user give the
 * same message; after repeated failures the vault refuses tries for a while and the screen counts
 * down. In demo mode the demo vault is created first (with progress) and its public credentials are
 * shown and filled in. Also used as the lock screen of a running session, with the user name fixed.
 */
public final class UnlockViewModel {
    private final StringProperty userName = new SimpleStringProperty("");
    private final StringProperty passphrase = new SimpleStringProperty("");
    private final ObjectProperty<UserMessage> error = new SimpleObjectProperty<>();
    private final LongProperty secondsToWait = new SimpleLongProperty();
    private final BooleanProperty preparingDemo = new SimpleBooleanProperty();
    private final DoubleProperty demoProgress = new SimpleDoubleProperty(-1);
    private final BooleanBinding canUnlock;

    private final VaultService vaults;
    private final Path vaultDir;
    private final boolean demo;
    private final boolean relock;
    private final ErrorPresenter errors;
    private final Ticker ticker;
    private final Busy busy;
    private final Consumer<Workspace> onUnlocked;
    private Runnable stopCountdown = () -> { };

    /**
     * @param fixedUser the signed-in user when this is the lock screen of a running session, else null
     */
    public UnlockViewModel(VaultService vaults, Path vaultDir, boolean demo, String fixedUser, TaskRunner tasks,
            ErrorPresenter errors, Ticker ticker, Consumer<Workspace> onUnlocked) {
        this.vaults = vaults;
        this.vaultDir = vaultDir;
        this.demo = demo;
        this.relock = fixedUser != null;
        this.errors = errors;
        this.ticker = ticker;
        this.busy = new Busy(tasks);
        this.onUnlocked = onUnlocked;
        if (relock) {
            userName.set(fixedUser);
        } else if (demo) {
            userName.set(DemoVault.USER);
            passphrase.set(DemoVault.PASSPHRASE);
        }
        canUnlock = Bindings.createBooleanBinding(() -> !userName.get().isBlank() && !passphrase.get().isEmpty()
                && secondsToWait.get() <= 0 && !preparingDemo.get(), userName, passphrase, secondsToWait,
                preparingDemo).and(busy.busyProperty().not());
    }

    /** Demo mode: creates the demo vault if it does not exist yet, reporting progress. */
    public void prepareDemo(DemoVault demoVault) {
        if (!demo || vaults.exists(vaultDir)) {
            return;
        }
        preparingDemo.set(true);
        TaskHandle h = busy.run("ui.task.prepareDemo", ctx -> {
            demoVault.ensure(vaultDir, ctx.progress(), ctx.cancellation());
            return null;
        }, done -> preparingDemo.set(false), failure -> {
            preparingDemo.set(false);
            error.set(errors.explain(failure));
        });
        demoProgress.bind(h.progressProperty());
    }

    public void unlock() {
        if (!canUnlock.get()) {
            return;
        }
        error.set(null);
        String user = userName.get();
        char[] secret = passphrase.get().toCharArray();
        busy.run("ui.task.unlock", ctx -> vaults.unlock(vaultDir, user, secret), ws -> {
            passphrase.set("");
            onUnlocked.accept(ws);
        }, failure -> {
            if (!demo) {
                passphrase.set("");
            }
            if (failure instanceof UnlockThrottledException t) {
                errors.explain(failure);
                startCountdown(t.retryAfterSeconds());
            } else {
                error.set(errors.explain(failure));
            }
        });
    }

    private void startCountdown(long seconds) {
        stopCountdown.run();
        secondsToWait.set(seconds);
        error.set(new UserMessage("ui.unlock.throttled", seconds));
        stopCountdown = ticker.every(Duration.ofSeconds(1), () -> {
            long left = secondsToWait.get() - 1;
            secondsToWait.set(Math.max(0, left));
            if (left <= 0) {
                stopCountdown.run();
                error.set(null);
            } else {
                error.set(new UserMessage("ui.unlock.throttled", left));
            }
        });
    }

    /** Stops the countdown (the screen is going away). */
    public void dispose() {
        stopCountdown.run();
    }

    public boolean isDemo() {
        return demo;
    }

    public boolean isRelock() {
        return relock;
    }

    public String demoUser() {
        return DemoVault.USER;
    }

    public String demoPassphrase() {
        return DemoVault.PASSPHRASE;
    }

    public StringProperty userNameProperty() {
        return userName;
    }

    public StringProperty passphraseProperty() {
        return passphrase;
    }

    public ObjectProperty<UserMessage> errorProperty() {
        return error;
    }

    public LongProperty secondsToWaitProperty() {
        return secondsToWait;
    }

    public ReadOnlyBooleanProperty preparingDemoProperty() {
        return preparingDemo;
    }

    public DoubleProperty demoProgressProperty() {
        return demoProgress;
    }

    public BooleanBinding canUnlockProperty() {
        return canUnlock;
    }

    public BooleanBinding busyProperty() {
        return busy.busyProperty();
    }
}
