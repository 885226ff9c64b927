package org.shield.ui.sync;

import java.util.List;
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
            case "Renumbered" -> m.get("ui.sync.outcome.Renumbered");
            default -> outcome;
        };
    }

    /**
     * The kind of record a synchronised table holds, for people: {@code ui.sync.table.} and the table's name in camel
     * case ({@code shelter_stay}: {@code ui.sync.table.shelterStay}); the table's name if it has no label, which
     * {@code SyncLabelsTest} keeps from happening for any synchronised table.
     */
    public static String table(String table, Messages m) {
        String key = "ui.sync.table." + camel(table);
        return m.has(key) ? m.get(key) : table;
    }

    /** Where a table's fields are labelled in its own editor ({@code ui.case.field.title}…). */
    private static final java.util.Map<String, String> EDITOR = java.util.Map.of("case_file", "ui.case.field.",
            "person", "ui.person.field.", "exhibit", "ui.evidence.field.", "organisation", "ui.organisation.field.",
            "interview", "ui.interview.field.", "case_party", "ui.parties.add.");
    /** Fields ({@code table.column}) whose editor label is not under its editor's prefix: field-labels.properties. */
    private static final java.util.Properties LABELLED = new java.util.Properties();

    static {
        try (java.io.InputStream in = SyncTexts.class.getResourceAsStream("field-labels.properties")) {
            if (in == null) {
                throw new IllegalStateException("field-labels.properties is missing from the build");
            }
            LABELLED.load(in);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * A field in conflict, for people: the label its record's editor gives it (without its mnemonic), in the user's
     * language; for a column no editor key names, its label for the conflicts screen ({@link #COLUMN}); a column of
     * no synchronised table ({@code SyncLabelsTest} checks every one) by its name with spaces.
     */
    public static String field(String table, String column, Messages m) {
        String prefix = EDITOR.get(table);
        String key = LABELLED.getProperty(table + "." + column, prefix == null ? null : prefix + camel(column));
        if (key != null && m.has(key)) {
            return withoutMnemonic(m.get(key));
        }
        // the fields no editor key names: labelled for the conflicts screen, per table, then those every table has
        for (String k : List.of(COLUMN + camel(table) + "." + camel(column), COLUMN + "any." + camel(column))) {
            if (m.has(k)) {
                return m.get(k);
            }
        }
        return column.replace('_', ' ');
    }

    /** An editor's label without its mnemonic: "Note te_xt" and "ข้อความบันทึก (_X)" read "Note text", "ข้อความบันทึก". */
    private static String withoutMnemonic(String label) {
        return label.replaceAll("\\s*\\(_\\p{L}\\)$", "").replace("_", "");
    }

    /** Labels of fields that no editor key names ({@code ui.sync.column.shelterStay.leftOn}, {@code ….any.caseId}). */
    private static final String COLUMN = "ui.sync.column.";

    private static String camel(String column) {
        StringBuilder s = new StringBuilder();
        boolean up = false;
        for (char c : column.toCharArray()) {
            if (c == '_') {
                up = true;
            } else {
                s.append(up ? Character.toUpperCase(c) : c);
                up = false;
            }
        }
        return s.toString();
    }

    /** Why a record from HQ is kept back here, in words ({@code Replica.Held#reason}). */
    public static String heldReason(org.shield.application.sync.Replica.Held h, Messages m) {
        if ("duplicate".equals(h.reason()) && "exhibit".equals(h.table()) && h.number() != null) {
            // the one collision a person settles here: a number chosen by hand on two laptops (ADR 0012)
            return m.get("ui.sync.held.reason.duplicateExhibit", h.number());
        }
        return heldReason(h.reason(), m);
    }

    /** Why a record from HQ is kept back here, in words, by the reason alone. */
    public static String heldReason(String reason, Messages m) {
        return m.get(switch (reason) {
            case "reference" -> "ui.sync.held.reason.reference";
            case "duplicate" -> "ui.sync.held.reason.duplicate";
            default -> "ui.sync.held.reason.incomplete";
        });
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
