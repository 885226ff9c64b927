package org.shield.ui;

import java.time.Duration;
import java.util.ArrayList;
import java.util.function.UnaryOperator;
import javafx.geometry.Rectangle2D;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.scene.layout.StackPane;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;
import org.shield.application.common.UserMessage;
import org.shield.application.security.Workspace;
import org.shield.ui.casefile.CaseView;
import org.shield.ui.casefile.CaseViewModel;
import org.shield.ui.common.DialogService;
import org.shield.ui.common.Document;
import org.shield.ui.common.DocumentView;
import org.shield.ui.common.ErrorPresenter;
import org.shield.ui.common.FxDialogService;
import org.shield.ui.common.FxTaskRunner;
import org.shield.ui.common.FxTicker;
import org.shield.ui.common.Messages;
import org.shield.ui.common.ScreenContext;
import org.shield.ui.common.Session;
import org.shield.ui.common.Theme;
import org.shield.ui.common.ViewLoader;
import org.shield.ui.party.OrganisationEditorView;
import org.shield.ui.party.OrganisationEditorViewModel;
import org.shield.ui.party.PersonEditorView;
import org.shield.ui.party.PersonEditorViewModel;
import org.shield.ui.security.FirstRunView;
import org.shield.ui.security.FirstRunViewModel;
import org.shield.ui.security.PassphraseChangeView;
import org.shield.ui.security.PassphraseChangeViewModel;
import org.shield.ui.security.UnlockView;
import org.shield.ui.security.UnlockViewModel;
import org.shield.ui.settings.SettingsViewModel;
import org.shield.ui.shell.MainView;
import org.shield.ui.shell.MainViewModel;
import org.shield.ui.shell.SectionPages;
import org.shield.ui.sync.SyncViewModel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The desktop app: one window whose content is, in turn, the first-run form (no vault yet), the
 * unlock form, the main window, and the lock screen. Locking (Ctrl+L, or after the idle time from the
 * preferences) takes the main window out of the scene at once and closes the vault; the open
 * screens and their unsaved edits are kept in memory and come back after the passphrase is given
 * again. The window title never changes, so it never shows personal data.
 *
 * <p>Started by bootstrap with {@code Platform.startup(() -> new DeskApp(ctx).start(new Stage()))};
 * everything here runs on the JavaFX thread and all blocking work goes through the task runner.
 */
public final class DeskApp {
    private static final Logger LOG = LoggerFactory.getLogger(DeskApp.class);
    /** How long locking or closing waits for a running sync to stop before the vault closes. */
    static final java.time.Duration SYNC_STOP_WAIT = java.time.Duration.ofSeconds(30);

    private final DeskContext ctx;
    private final Duration autoLockOverride;
    private final UnaryOperator<DialogService> dialogsAround;
    private final IdleLock idle = new IdleLock(this::lock);
    private final FxTicker ticker = new FxTicker();
    private Messages messages;
    private FxTaskRunner tasks;
    private DialogService dialogs;
    private ErrorPresenter errors;
    private Stage stage;
    private StackPane deskRoot;
    private Session session;
    private MainViewModel main;
    private MainView mainView;
    private Parent mainRoot;
    private UnlockViewModel gate;
    /** The unlock screen's warm-up while it runs; cancelled on exit, so that closing does not wait for it. */
    private org.shield.ui.common.TaskHandle warmUp;

    public DeskApp(DeskContext context) {
        this(context, null);
    }

    /** With a fixed idle time before auto-lock instead of the preference (for tests). */
    public DeskApp(DeskContext context, Duration autoLockAfter) {
        this(context, autoLockAfter, UnaryOperator.identity());
    }

    /**
     * With a fixed idle time and the dialogs passed through {@code dialogsAround} (for tests: the system's file
     * choosers cannot be answered by a robot, so a test answers them and lets the rest through).
     */
    public DeskApp(DeskContext context, Duration autoLockAfter, UnaryOperator<DialogService> dialogsAround) {
        this.ctx = context;
        this.autoLockOverride = autoLockAfter;
        this.dialogsAround = dialogsAround;
    }

    public void start(Stage primary) {
        this.stage = primary;
        Theme.loadFonts();
        messages = messagesFromPreferences();
        tasks = new FxTaskRunner(() -> messages);
        dialogs = dialogsAround.apply(new FxDialogService(() -> messages, this::activeWindow));
        errors = new ErrorPresenter(dialogs);
        // A programming error in an event handler is shown like any other unexpected failure.
        Thread.currentThread().setUncaughtExceptionHandler((thread, failure) -> errors.present(failure));
        deskRoot = new StackPane();
        deskRoot.setId("deskRoot");
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(deskRoot, Math.min(1280, screen.getWidth()), Math.min(800, screen.getHeight()));
        scene.getStylesheets().add(Theme.stylesheet());
        idle.attach(scene);
        idle.setTimeout(autoLockAfter());
        stage.setTitle(messages.get("ui.window.title"));
        var icon = DeskApp.class.getResourceAsStream("/org/shield/ui/shield-icon.png");
        if (icon != null) {
            stage.getIcons().add(new Image(icon));
        }
        stage.setScene(scene);
        stage.setMinWidth(Math.min(1000, screen.getWidth()));
        stage.setMinHeight(Math.min(640, screen.getHeight()));
        stage.setOnCloseRequest(this::closing);
        showGate();
        stage.show();
        LOG.info("desk started (demo={})", ctx.demoMode());
    }

    /** The window in front (a dialog that asks for a file, say), so that what it opens stays above it. */
    private Window activeWindow() {
        return Window.getWindows().stream().filter(w -> w instanceof Stage && w.isShowing() && w.isFocused()).findFirst()
                .orElse(stage);
    }

    private Messages messagesFromPreferences() {
        return new Messages(ctx.preferences().language(), ctx.preferences().buddhistEra());
    }

    private Duration autoLockAfter() {
        return autoLockOverride != null ? autoLockOverride : ctx.preferences().autoLockAfter();
    }

    private void showGate() {
        // Boots the database code while the user types, so that the first unlock is quick.
        warmUp = tasks.run("ui.task.warmUp", c -> {
            ctx.vaults().warmUp(c.cancellation()::isCancelled);
            return null;
        }, done -> { }, failure -> LOG.info("warm-up ended early ({}); the first unlock may be slower",
                failure.getClass().getSimpleName())); // optional: never a dialog over the unlock screen
        if (!ctx.demoMode() && !ctx.vaults().exists(ctx.vaultDir())) {
            FirstRunViewModel vm = new FirstRunViewModel(ctx.vaults(), ctx.vaultDir(), tasks, errors, this::signedIn);
            deskRoot.getChildren().setAll(new FirstRunView(vm, new ViewLoader(messages)).root());
            return;
        }
        gate = new UnlockViewModel(ctx.vaults(), ctx.vaultDir(), ctx.demoMode(), null, tasks, errors, ticker,
                this::signedIn);
        deskRoot.getChildren().setAll(new UnlockView(gate, new ViewLoader(messages), () -> { }).root());
        if (ctx.demoMode()) {
            gate.prepareDemo(ctx.demoVault());
        }
    }

    /**
     * After unlock: a user holding a temporary passphrase must choose their own first; then the main
     * window opens.
     */
    private void signedIn(Workspace ws) {
        disposeGate();
        session = new Session(ws);
        afterUnlock(ws);
    }

    private void afterUnlock(Workspace ws) {
        idle.arm();
        tasks.run("ui.task.checkAccount", c -> ws.users().mustChangePassphrase(), mustChange -> {
            if (mustChange) {
                showPassphraseChange();
            } else {
                openMain();
            }
        }, failure -> {
            // fail closed: without knowing, the main window does not open
            errors.present(failure);
            lock();
        });
    }

    private void showPassphraseChange() {
        PassphraseChangeViewModel vm = new PassphraseChangeViewModel(session, tasks, errors, this::openMain);
        deskRoot.getChildren().setAll(new PassphraseChangeView(vm, new ViewLoader(messages), this::lock).root());
        LOG.info("temporary passphrase: change required");
    }

    private void openMain() {
        if (session == null || session.isLocked()) {
            return;
        }
        ScreenContext screens = new ScreenContext(session, tasks, errors, dialogs, ctx.clock(),
                ctx.reportPages(), ctx.reportPrinter());
        main = new MainViewModel(screens, () -> new SettingsViewModel(screens, ctx.preferences(),
                this::preferencesSaved), ctx.auditExporter(), ticker, this::shredded);
        showMain();
        main.start();
        LOG.info("signed in");
    }

    /** Builds the main window's views over the (kept) main view model, in the current language. */
    private void showMain() {
        ViewLoader loader = new ViewLoader(messages);
        if (mainView != null) {
            mainView.dispose();
        }
        mainView = new MainView(main, loader, new SectionPages(main, loader), d -> documentView(d, loader),
                tasks.running(), this::lock);
        mainRoot = mainView.root();
        deskRoot.getChildren().setAll(mainRoot);
        main.show(main.sectionProperty().get());
    }

    private static DocumentView documentView(Document d, ViewLoader loader) {
        if (d instanceof CaseViewModel c) {
            return new CaseView(c, loader);
        }
        if (d instanceof PersonEditorViewModel p) {
            return new PersonEditorView(p, loader);
        }
        if (d instanceof org.shield.ui.victim.VictimCareViewModel v) {
            return new org.shield.ui.victim.VictimCareView(v, loader);
        }
        if (d instanceof OrganisationEditorViewModel o) {
            return new OrganisationEditorView(o, loader);
        }
        throw new IllegalArgumentException("no view for " + d.getClass().getSimpleName());
    }

    /** Hides everything at once and closes the vault; the open screens stay in memory. */
    void lock() {
        if (session == null || session.isLocked()) {
            return;
        }
        idle.disarm();
        SyncViewModel sync = main == null ? null : main.sync();
        if (sync != null) {
            sync.stop(); // a running sync stops at its next batch, page or chunk; the vault closes once it has
        }
        deskRoot.getChildren().clear();
        hideOtherWindows();
        Workspace ws = session.lock();
        tasks.run("ui.task.lock", c -> {
            awaitSyncStopped(sync);
            ws.close();
            return null;
        }, done -> LOG.info("locked"), errors::explain);
        gate = new UnlockViewModel(ctx.vaults(), ctx.vaultDir(), ctx.demoMode(), session.user().userName(), tasks,
                errors, ticker, this::resumed);
        deskRoot.getChildren().setAll(new UnlockView(gate, new ViewLoader(messages), this::signOut).root());
    }

    private void resumed(Workspace ws) {
        disposeGate();
        session.resume(ws);
        if (mainRoot == null) {
            // locked before the main window opened (a temporary passphrase not yet changed)
            afterUnlock(ws);
            return;
        }
        deskRoot.getChildren().setAll(mainRoot);
        idle.arm();
        main.sync().start();
        LOG.info("unlocked again");
    }

    /** From the lock screen: end the session (after confirming if edits would be lost). */
    private void signOut() {
        if (main != null && main.hasUnsavedWork() && !dialogs.confirm(new UserMessage("ui.lock.signOut.question"),
                "ui.lock.signOut.action")) {
            return;
        }
        endSession();
    }

    private void endSession() {
        disposeGate();
        if (main != null) {
            main.sync().stop();
        }
        session = null;
        main = null;
        if (mainView != null) {
            mainView.dispose();
        }
        mainView = null;
        mainRoot = null;
        showGate();
    }

    /**
     * HQ reported this laptop lost and the vault's keys are destroyed (the user has been told): the session ends at
     * once, without asking about unsaved edits — they can no longer be saved.
     */
    private void shredded() {
        if (session != null) {
            Workspace ws = session.lock();
            if (ws != null) {
                tasks.run("ui.task.close", c -> {
                    ws.close();
                    return null;
                }, done -> LOG.info("vault closed after its keys were destroyed"), errors::explain);
            }
        }
        endSession();
    }

    private void preferencesSaved() {
        Messages next = messagesFromPreferences();
        idle.setTimeout(autoLockAfter());
        if (!next.locale().equals(messages.locale()) || next.buddhistEra() != messages.buddhistEra()) {
            messages = next;
            stage.setTitle(messages.get("ui.window.title"));
            showMain();
        }
    }

    private void disposeGate() {
        if (gate != null) {
            gate.dispose();
            gate = null;
        }
    }

    private void hideOtherWindows() {
        for (Window w : new ArrayList<>(Window.getWindows())) {
            if (w != stage) {
                w.hide();
            }
        }
    }

    private void closing(WindowEvent e) {
        if (main != null && session != null && main.hasUnsavedWork()
                && !dialogs.confirm(new UserMessage("ui.exit.question"), "ui.exit.action")) {
            e.consume();
            return;
        }
        e.consume();
        SyncViewModel sync = main == null ? null : main.sync();
        if (sync != null) {
            sync.stop();
        }
        Workspace ws = session == null ? null : session.lock();
        idle.detach();
        tasks.run("ui.task.close", c -> {
            awaitSyncStopped(sync);
            if (ws != null) {
                ws.close();
            }
            return null;
        }, done -> finish(), failure -> {
            errors.explain(failure);
            finish();
        });
    }

    /**
     * On a worker: waits for a sync asked to stop to return (it stops at its next batch, page or chunk), at most
     * {@link #SYNC_STOP_WAIT}; then the vault closes whatever it is doing (committed work is safe: ADR 0107).
     */
    private static void awaitSyncStopped(SyncViewModel sync) {
        if (sync != null && !sync.awaitStopped(SYNC_STOP_WAIT)) {
            LOG.warn("a sync had not stopped after {} s; the vault closes anyway", SYNC_STOP_WAIT.toSeconds());
        }
    }

    private void finish() {
        stopWarmUp();
        tasks.close();
        stage.hide();
    }

    /** Closes the vault and stops the workers without asking (for tests and shutdown hooks). */
    public void stop() {
        idle.detach();
        disposeGate();
        if (session != null) {
            Workspace ws = session.lock();
            if (ws != null) {
                ws.close();
            }
        }
        stopWarmUp();
        if (tasks != null) {
            tasks.close();
        }
    }

    private void stopWarmUp() {
        if (warmUp != null) {
            warmUp.cancel();
        }
    }
}
