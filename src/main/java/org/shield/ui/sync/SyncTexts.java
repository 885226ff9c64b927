package org.shield.ui.sync;

import org.shield.application.sync.SyncProgress;
import org.shield.ui.common.ByteSizes;
import org.shield.ui.common.Messages;

/** How the status bar and the Sync page put the link with HQ into words. */
public final class SyncTexts {
    private SyncTexts() {
    }

    /** The link in a word or two: online, offline, syncing, not enrolled… */
    public static String link(SyncViewModel vm, Messages m) {
        if (vm.syncingProperty().get()) {
            return m.get("ui.sync.link.syncing");
        }
        return m.get(switch (vm.linkProperty().get()) {
            case NotEnrolled -> "ui.sync.link.NotEnrolled";
            case Unknown -> "ui.sync.link.Unknown";
            case Online -> "ui.sync.link.Online";
            case Offline -> "ui.sync.link.Offline";
            case Refused -> "ui.sync.link.Refused";
        });
    }

    /** A sync log line's outcome. */
    public static String outcome(String outcome, Messages m) {
        return switch (outcome) {
            case "Done" -> m.get("ui.sync.outcome.Done");
            case "Cancelled" -> m.get("ui.sync.outcome.Cancelled");
            case "Failed" -> m.get("ui.sync.outcome.Failed");
            default -> outcome;
        };
    }

    /** The kind of record a synchronised table holds, for people (the table's name if it has no label). */
    public static String table(String table, Messages m) {
        return switch (table) {
            case "case_file" -> m.get("ui.sync.table.caseFile");
            case "case_party" -> m.get("ui.sync.table.caseParty");
            case "person" -> m.get("ui.sync.table.person");
            case "exhibit" -> m.get("ui.sync.table.exhibit");
            case "interview" -> m.get("ui.sync.table.interview");
            case "organisation" -> m.get("ui.sync.table.organisation");
            default -> table;
        };
    }

    /** One line for the status bar: the link, the last sync, what waits and open conflicts. */
    public static String summary(SyncViewModel vm, Messages m) {
        if (vm.linkProperty().get() == SyncViewModel.Link.NotEnrolled) {
            return link(vm, m);
        }
        SyncProgress p = vm.progressProperty().get();
        if (p != null) {
            return link(vm, m) + " · " + progress(p, m);
        }
        StringBuilder s = new StringBuilder(link(vm, m)).append(" · ").append(lastSync(vm, m))
                .append(" · ").append(m.get("ui.sync.pending.count", vm.pendingProperty().get()));
        if (vm.conflictsProperty().get() > 0) {
            s.append(" · ").append(m.get("ui.sync.conflicts.count", vm.conflictsProperty().get()));
        }
        return s.toString();
    }

    public static String lastSync(SyncViewModel vm, Messages m) {
        return vm.lastSyncProperty().get() == null ? m.get("ui.sync.lastSync.never")
                : m.get("ui.sync.lastSync.at", m.dateTime(vm.lastSyncProperty().get()));
    }

    /** A running sync: its step, records and bytes each way. */
    public static String progress(SyncProgress p, Messages m) {
        String step = m.get(switch (p.step()) {
            case Connecting -> "ui.sync.step.Connecting";
            case Pushing -> "ui.sync.step.Pushing";
            case Pulling -> "ui.sync.step.Pulling";
            case Exhibits -> "ui.sync.step.Exhibits";
            case Finishing -> "ui.sync.step.Finishing";
        });
        return step + " — " + m.get("ui.sync.progress", p.pushed(),
                ByteSizes.text(p.bytesSent(), m), p.pulled(), ByteSizes.text(p.bytesReceived(), m));
    }
}
