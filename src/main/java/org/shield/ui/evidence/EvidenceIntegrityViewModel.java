package org.shield.ui.evidence;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.shield.application.common.OperationCancelledException;
import org.shield.application.common.UserMessage;
import org.shield.application.evidence.ExhibitDetails;
import org.shield.application.evidence.IntegrityReport;
import org.shield.application.evidence.IntegrityResult;
import org.shield.domain.security.Permission;
import org.shield.ui.common.Busy;
import org.shield.ui.common.Navigator;
import org.shield.ui.common.RunningWork;
import org.shield.ui.common.ScreenContext;

/**
 * The main window's evidence integrity section: re-verify every exhibit this user may verify (with
 * progress and Cancel) and see the results, and, for a user who may see exhibits (a supervisor), the
 * exhibits now flagged by a failed verification; choosing one opens its case. Auditors and administrators
 * see results only, never particulars.
 */
public final class EvidenceIntegrityViewModel {
    private final ObservableList<IntegrityResult> results = FXCollections.observableArrayList();
    private final ObservableList<ExhibitDetails> flagged = FXCollections.observableArrayList();
    private final BooleanProperty verified = new SimpleBooleanProperty();
    private final ObjectProperty<UserMessage> summary = new SimpleObjectProperty<>();
    private final ObjectProperty<UserMessage> error = new SimpleObjectProperty<>();
    private final boolean showsFlagged;
    private final ScreenContext ctx;
    private final Navigator navigator;
    private final Busy busy;
    private final RunningWork work;

    public EvidenceIntegrityViewModel(ScreenContext ctx, Navigator navigator) {
        this.ctx = ctx;
        this.navigator = navigator;
        this.busy = new Busy(ctx.tasks());
        this.work = new RunningWork(ctx.tasks());
        this.showsFlagged = ctx.session().holds(Permission.EVIDENCE_VIEW);
    }

    /** Reads the flagged exhibits (for users who may see exhibits). */
    public void load() {
        if (!showsFlagged) {
            return;
        }
        busy.run("ui.integrity.task.flagged", c -> ctx.session().workspace().evidence().mismatches(),
                flagged::setAll, failure -> error.set(ctx.errors().explain(failure)));
    }

    /** Re-verifies every exhibit this user may verify; the results replace the last run's. */
    public void verifyAll() {
        if (work.isRunning()) {
            return;
        }
        error.set(null);
        summary.set(null);
        work.start("ui.integrity.task.verifyAll", c -> ctx.session().workspace().evidence().verify(null,
                c.progress(), c.cancellation()), report -> {
                    results.setAll(report.results());
                    verified.set(true);
                    summary.set(summaryOf(report));
                    load();
                }, failure -> {
                    UserMessage m = ctx.errors().explain(failure);
                    if (failure instanceof OperationCancelledException) {
                        summary.set(m);
                    } else {
                        error.set(m);
                    }
                });
    }

    /** Opens the case of a flagged exhibit. */
    public void openCase(ExhibitDetails e) {
        if (e != null) {
            navigator.openCase(e.caseId());
        }
    }

    public ObservableList<IntegrityResult> results() {
        return results;
    }

    public ObservableList<ExhibitDetails> flagged() {
        return flagged;
    }

    /** True once a run finished in this session (the results table is then shown). */
    public BooleanProperty verifiedProperty() {
        return verified;
    }

    public ObjectProperty<UserMessage> summaryProperty() {
        return summary;
    }

    public ObjectProperty<UserMessage> errorProperty() {
        return error;
    }

    /** True for users who may see exhibits, who get the list of flagged ones. */
    public boolean showsFlagged() {
        return showsFlagged;
    }

    public RunningWork work() {
        return work;
    }

    public javafx.beans.binding.BooleanBinding busyProperty() {
        return busy.busyProperty();
    }

    /**
     * A verification run in a sentence: all intact; how many failed; how many could not be checked here (content at
     * HQ); or both counts when a run has both.
     */
    static UserMessage summaryOf(IntegrityReport report) {
        int all = report.results().size();
        if (report.allIntact()) {
            return new UserMessage("ui.integrity.allIntact", all);
        }
        if (report.failures().isEmpty()) {
            return new UserMessage("ui.integrity.notCheckedHere", report.notCheckedHere().size(), all);
        }
        return report.notCheckedHere().isEmpty()
                ? new UserMessage("ui.integrity.failures", report.failures().size(), all)
                : new UserMessage("ui.integrity.failuresAndNotCheckedHere", report.failures().size(),
                        report.notCheckedHere().size(), all);
    }
}
