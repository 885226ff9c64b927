package org.shield.ui.sync;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.shield.application.common.OperationCancelledException;
import org.shield.application.common.SyncException;
import org.shield.application.common.UserMessage;
import org.shield.application.sync.DeviceShreddedException;
import org.shield.application.sync.SyncLogEntry;
import org.shield.application.sync.SyncProgress;
import org.shield.application.sync.Replica;
import org.shield.application.sync.SyncReport;
import org.shield.application.sync.SyncStatus;
import org.shield.ui.common.ScreenContext;
import org.shield.ui.common.TaskHandle;
import org.shield.ui.common.Ticker;

/**
 * This laptop's link with HQ as the status bar and the Sync page show it (issue 7, ADR 0020): online or offline, the
 * last completed sync, the changes waiting, open conflicts, and while a sync runs how far it is (records and bytes).
 * Every {@link #PROBE_EVERY} it looks at the vault and asks HQ whether it answers; when HQ becomes reachable it syncs
 * at once, and while HQ stays reachable again every {@link #SYNC_EVERY}. "Sync now" syncs on demand. A sync runs on a
 * worker (the app stays usable) and one at a time. A failed automatic sync is shown in the status bar, not in a
 * dialog; a failed "Sync now" is shown as every other failure. Used on the JavaFX thread (or the test thread).
 */
public final class SyncViewModel {
    /** How often the laptop looks for HQ. */
    public static final Duration PROBE_EVERY = Duration.ofSeconds(30);
    /** How often it syncs while HQ stays reachable. */
    public static final Duration SYNC_EVERY = Duration.ofMinutes(5);
    /** How many sync log lines the page shows. */
    static final int LOG_LINES = 100;
    /** The held-back records listed; the status line counts them all. */
    static final int HELD_LINES = 200;

    /** What the status bar says about HQ. */
    public enum Link {
        /** This vault is not enrolled at an HQ: nothing to sync. */
        NotEnrolled,
        /** Not known yet (just signed in). */
        Unknown,
        Online,
        Offline,
        /** HQ answered, but refuses this device (revoked) or its last sync. */
        Refused
    }

    private final ScreenContext ctx;
    private final Ticker ticker;
    private final Clock clock;
    private final Runnable onShredded;
    private final Runnable onPulled;
    private final ObjectProperty<Link> link = new SimpleObjectProperty<>(Link.Unknown);
    private final ObjectProperty<Instant> lastSync = new SimpleObjectProperty<>();
    private final LongProperty pending = new SimpleLongProperty();
    private final IntegerProperty conflicts = new SimpleIntegerProperty();
    private final StringProperty hqAddress = new SimpleStringProperty("");
    private final BooleanProperty syncing = new SimpleBooleanProperty();
    private final ObjectProperty<SyncProgress> progress = new SimpleObjectProperty<>();
    private final ObjectProperty<UserMessage> problem = new SimpleObjectProperty<>();
    private final ObjectProperty<SyncReport> lastReport = new SimpleObjectProperty<>();
    private final ObservableList<SyncLogEntry> log = FXCollections.observableArrayList();
    private final ObservableList<Replica.Held> held = FXCollections.observableArrayList();
    private final ConflictsViewModel conflictList;
    private final StringProperty enrolAddress = new SimpleStringProperty("");
    private final StringProperty enrolCode = new SimpleStringProperty("");
    private final StringProperty enrolFingerprint = new SimpleStringProperty("");
    private final BooleanProperty enrolling = new SimpleBooleanProperty();
    private Runnable stopTicking;
    private boolean checking;
    private Instant lastAttempt;
    /** Automatic syncs that failed in a row. */
    private int failures;
    private TaskHandle running;
    /** Opens when the sync work last started has returned (its task may look cancelled before: it is never cut). */
    private volatile java.util.concurrent.CountDownLatch workReturned = new java.util.concurrent.CountDownLatch(0);

    /**
     * {@code onShredded}: HQ reported this laptop lost and the vault's keys are destroyed (the session must end);
     * {@code onPulled}: a sync applied records from HQ, or removed cases the user may no longer see (open screens
     * reload, or close).
     */
    public SyncViewModel(ScreenContext ctx, Ticker ticker, Runnable onShredded, Runnable onPulled) {
        this.ctx = ctx;
        this.ticker = ticker;
        this.clock = ctx.clock();
        this.onShredded = onShredded;
        this.onPulled = onPulled;
        this.conflictList = new ConflictsViewModel(ctx, this::syncNow);
    }

    /** Starts looking for HQ now and every {@link #PROBE_EVERY} (after sign-in, and after unlocking again). */
    public void start() {
        stop();
        tick();
        stopTicking = ticker.every(PROBE_EVERY, this::tick);
    }

    /** Stops looking for HQ and asks a running sync to stop at its next batch (before locking or signing out). */
    public void stop() {
        if (stopTicking != null) {
            stopTicking.run();
            stopTicking = null;
        }
        if (running != null) {
            running.cancel();
        }
    }

    /**
     * Waits, on a worker thread (never the JavaFX thread), until a sync asked to {@link #stop} has returned, for at
     * most {@code timeout}: locking or closing closes the vault only then, so the sync ends as cancelled with its log
     * line written rather than failing on a closed vault. True if no sync is running any more.
     */
    public boolean awaitStopped(java.time.Duration timeout) {
        try {
            return workReturned.await(timeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** One look: the vault's counts, then whether HQ answers; an automatic sync if it is due. */
    void tick() {
        if (checking || syncing.get() || ctx.session().isLocked()) {
            return;
        }
        checking = true;
        ctx.tasks().run("ui.task.syncCheck", c -> {
            var sync = ctx.session().workspace().sync();
            SyncStatus s = sync.localStatus();
            boolean reachable = s.enrolled() && sync.reachable();
            return new Look(s, reachable, sync.log(LOG_LINES), sync.heldBack(HELD_LINES));
        }, look -> {
            checking = false;
            Link was = link.get();
            show(look.status(), look.log(), look.held());
            if (!look.status().enrolled()) {
                link.set(Link.NotEnrolled);
                return;
            }
            link.set(look.reachable() ? (was == Link.Refused ? Link.Refused : Link.Online) : Link.Offline);
            if (look.reachable() && automaticSyncDue(was)) {
                sync(true);
            }
        }, failure -> {
            checking = false;
            ctx.errors().explain(failure); // logged; the status bar keeps what it showed
        });
    }

    /**
     * An automatic sync is due at once when HQ has just become reachable; while it stays reachable, every
     * {@link #SYNC_EVERY}; after automatic syncs that failed although HQ answered (HQ in trouble, a line that drops),
     * after a wait that doubles from {@link #PROBE_EVERY} up to {@link #SYNC_EVERY}, so a laptop never hammers HQ.
     */
    private boolean automaticSyncDue(Link was) {
        if (lastAttempt == null) {
            return true;
        }
        Duration wait;
        if (failures > 0) {
            wait = PROBE_EVERY.multipliedBy(1L << Math.min(failures - 1, 10));
            wait = wait.compareTo(SYNC_EVERY) > 0 ? SYNC_EVERY : wait;
        } else {
            wait = was == Link.Online || was == Link.Refused ? SYNC_EVERY : Duration.ZERO;
        }
        return !clock.instant().isBefore(lastAttempt.plus(wait));
    }

    private record Look(SyncStatus status, boolean reachable, List<SyncLogEntry> log, List<Replica.Held> held) {
    }

    private void show(SyncStatus s, List<SyncLogEntry> entries, List<Replica.Held> kept) {
        pending.set(s.pending());
        lastSync.set(s.lastSync());
        conflicts.set(s.conflicts());
        hqAddress.set(s.hq() == null ? "" : s.hq().toString());
        log.setAll(entries);
        held.setAll(kept);
    }

    /** The user's "Sync now": a failure is shown like any other. */
    public void syncNow() {
        sync(false);
    }

    /** Asks the running sync to stop after its current batch or page (what it did is kept). */
    public void cancel() {
        if (running != null) {
            running.cancel();
        }
    }

    private void sync(boolean automatic) {
        if (syncing.get() || ctx.session().isLocked()) {
            return;
        }
        if (link.get() == Link.NotEnrolled) {
            if (!automatic) {
                problem.set(new UserMessage("ui.sync.notEnrolled"));
            }
            return;
        }
        syncing.set(true);
        problem.set(null);
        lastAttempt = clock.instant();
        progress.set(new SyncProgress(SyncProgress.Step.Connecting, 0, 0, 0, 0));
        java.util.concurrent.CountDownLatch returned = new java.util.concurrent.CountDownLatch(1);
        workReturned = returned;
        TaskHandle h = ctx.tasks().run("ui.task.sync", c -> {
            try {
                var sync = ctx.session().workspace().sync();
                SyncReport r = sync.syncNow(p -> c.publish(() -> progress.set(p)), c.cancellation());
                return new Done(r, sync.localStatus(), sync.log(LOG_LINES), sync.heldBack(HELD_LINES));
            } finally {
                returned.countDown();
            }
        }, done -> {
            finished();
            failures = 0;
            lastReport.set(done.report());
            show(done.status(), done.log(), done.held());
            link.set(Link.Online);
            if (done.report().pulled() > 0 || done.report().casesRemoved() > 0) { // open records read again or close
                onPulled.run();
            }
            conflictList.reloadIfShown();
            tellRenumbered(done.report().renumbered());
        }, failure -> {
            finished();
            if (automatic) {
                failures++;
            }
            failed(failure, automatic);
        });
        if (syncing.get()) {
            running = h;
        }
    }

    private record Done(SyncReport report, SyncStatus status, List<SyncLogEntry> log, List<Replica.Held> held) {
    }

    /**
     * A case number or pseudonym of this vault that the sync had to change (ADR 0002, "A number given twice") may be
     * on labels and paper already: the user is told at once, after an automatic sync too, not only in the log.
     */
    private void tellRenumbered(List<org.shield.application.sync.Renumbered> renumbered) {
        if (renumbered.size() == 1) {
            ctx.dialogs().inform(renumbered.get(0).message());
        } else if (renumbered.size() > 1) {
            ctx.dialogs().inform(new UserMessage("ui.sync.renumbered.many", renumbered.size()));
        }
    }

    private void finished() {
        running = null;
        syncing.set(false);
        progress.set(null);
    }

    private void failed(Throwable failure, boolean automatic) {
        if (failure instanceof DeviceShreddedException) {
            ctx.errors().present(failure);
            stop();
            onShredded.run();
            return;
        }
        UserMessage m = ctx.errors().explain(failure);
        if (failure instanceof SyncException) {
            link.set(Link.Offline);
        } else if (failure instanceof org.shield.application.common.AccessDeniedException) {
            link.set(Link.Refused);
        }
        if (!(failure instanceof OperationCancelledException)) {
            problem.set(m);
            if (!automatic) {
                ctx.dialogs().showError(m);
            }
        }
        refreshLater();
    }

    /** Reads the counts and the log again (after a failed or cancelled sync). */
    private void refreshLater() {
        if (ctx.session().isLocked()) {
            return;
        }
        ctx.tasks().run("ui.task.syncCheck", c -> {
            var sync = ctx.session().workspace().sync();
            return new Look(sync.localStatus(), false, sync.log(LOG_LINES), sync.heldBack(HELD_LINES));
        }, look -> show(look.status(), look.log(), look.held()), ctx.errors()::explain);
    }

    /**
     * Enrols this vault at HQ with the address, one-time code and (over https, optional but advised) the certificate
     * fingerprint HQ's administrator gave; then looks for HQ at once.
     */
    public void enrol() {
        String address = enrolAddress.get() == null ? "" : enrolAddress.get().strip();
        String code = enrolCode.get() == null ? "" : enrolCode.get().strip();
        if (address.isEmpty() || code.isEmpty()) {
            problem.set(new UserMessage("ui.sync.enrol.missing"));
            return;
        }
        java.net.URI url;
        try {
            url = java.net.URI.create(address.contains("://") ? address : "https://" + address);
        } catch (IllegalArgumentException bad) {
            problem.set(new UserMessage("sync.error.url"));
            return;
        }
        String fingerprint = enrolFingerprint.get() == null ? "" : enrolFingerprint.get().strip();
        problem.set(null);
        enrolling.set(true);
        ctx.tasks().run("ui.task.syncEnrol", c -> ctx.session().workspace().sync().enrol(url, code,
                fingerprint.isEmpty() ? null : fingerprint), done -> {
                    enrolling.set(false);
                    enrolCode.set("");
                    enrolFingerprint.set("");
                    link.set(Link.Unknown);
                    tick();
                }, failure -> {
                    enrolling.set(false);
                    problem.set(ctx.errors().explain(failure));
                });
    }

    public StringProperty enrolAddressProperty() {
        return enrolAddress;
    }

    public StringProperty enrolCodeProperty() {
        return enrolCode;
    }

    public StringProperty enrolFingerprintProperty() {
        return enrolFingerprint;
    }

    public BooleanProperty enrollingProperty() {
        return enrolling;
    }

    /** The Sync page is shown: its conflicts are fetched if HQ is reachable (they live at HQ). */
    public void showing() {
        if (link.get() == Link.Online && !syncing.get()) {
            conflictList.load();
        }
    }

    /** After records changed here: the count of changes waiting is read again (no HQ contact). */
    public void changedHere() {
        refreshLater();
    }

    public ObjectProperty<Link> linkProperty() {
        return link;
    }

    public ObjectProperty<Instant> lastSyncProperty() {
        return lastSync;
    }

    public LongProperty pendingProperty() {
        return pending;
    }

    public IntegerProperty conflictsProperty() {
        return conflicts;
    }

    public StringProperty hqAddressProperty() {
        return hqAddress;
    }

    public BooleanProperty syncingProperty() {
        return syncing;
    }

    /** How far the running sync is; null when none runs. */
    public ObjectProperty<SyncProgress> progressProperty() {
        return progress;
    }

    /** Why the last sync did not complete (null after one that did). */
    public ObjectProperty<UserMessage> problemProperty() {
        return problem;
    }

    /** What the last completed sync of this session did. */
    public ObjectProperty<SyncReport> lastReportProperty() {
        return lastReport;
    }

    /** The sync log, newest first. */
    /** Records from HQ kept back here until they fit, with why (the Sync page's "Held back" tab). */
    public ObservableList<Replica.Held> held() {
        return held;
    }

    public ObservableList<SyncLogEntry> log() {
        return log;
    }

    public ConflictsViewModel conflicts() {
        return conflictList;
    }
}
