package org.shield.ui.report;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;
import org.shield.application.casefile.PartySummary;
import org.shield.application.common.ApplicationException;
import org.shield.application.common.OperationCancelledException;
import org.shield.application.common.UserMessage;
import org.shield.application.interview.InterviewSummary;
import org.shield.application.report.ProducedReport;
import org.shield.application.report.ReportFiles;
import org.shield.application.report.ReportKind;
import org.shield.application.report.ReportRequest;
import org.shield.application.report.ReportService;
import org.shield.application.security.Workspace;
import org.shield.domain.casefile.PartyRole;
import org.shield.domain.interview.InterviewState;
import org.shield.domain.security.Role;
import org.shield.ui.common.Busy;
import org.shield.ui.common.RunningWork;
import org.shield.ui.common.ScreenContext;

/**
 * A supervisor's batch of reports (ADR 0106): several cases, or every report of one case, in one go. The
 * supervisor picks the kinds, the language and a folder; the reports are produced one after another on a
 * worker ({@code ReportService.produceEach}) with progress (n of N) and Cancel, each PDF is saved into the
 * folder as soon as it is produced (whole or not at all, under {@link ProducedReport#fileName()}: kind, case
 * number and report id, no personal data, never replacing a file), and a summary lists what was saved and
 * what failed, with the reason. Victims and witnesses appear by pseudonym only: an identity annex needs a
 * purpose per report and is asked for one report at a time. Only for users holding the Supervisor role.
 */
public final class BatchReportViewModel {
    /** A case to print: its id and number. */
    public record BatchCase(UUID id, String caseNumber) {
    }

    /**
     * One line of the summary: the report (kind, case, and the interview or victim it is about) and the file
     * it was saved as, or the reason it was not.
     */
    public record Line(ReportKind kind, String caseNumber, String about, String fileName, UserMessage problem) {
        public boolean saved() {
            return fileName != null;
        }
    }

    private final ObservableList<BatchCase> cases = FXCollections.observableArrayList();
    private final ObservableList<ReportKind> kinds = FXCollections.observableArrayList();
    private final ObservableSet<ReportKind> chosen = FXCollections.observableSet();
    private final ObjectProperty<Locale> language = new SimpleObjectProperty<>(Locale.ENGLISH);
    private final StringProperty requestedFor = new SimpleStringProperty("");
    private final ObjectProperty<Path> folder = new SimpleObjectProperty<>();
    private final BooleanProperty asking = new SimpleBooleanProperty();
    private final ObservableList<Line> lines = FXCollections.observableArrayList();
    private final ObjectProperty<UserMessage> error = new SimpleObjectProperty<>();
    private final ObjectProperty<UserMessage> notice = new SimpleObjectProperty<>();
    private final ObjectBinding<UserMessage> folderProblem;
    private final BooleanBinding canRun;
    private final ScreenContext ctx;
    private final RunningWork work;
    private final Busy busy;

    public BatchReportViewModel(ScreenContext ctx) {
        this.ctx = ctx;
        this.work = new RunningWork(ctx.tasks());
        this.busy = new Busy(ctx.tasks());
        folderProblem = Bindings.createObjectBinding(() -> folder.get() == null ? null
                : Files.isDirectory(folder.get()) && Files.isWritable(folder.get()) ? null
                : new UserMessage("ui.report.batch.folderNotWritable"), folder);
        canRun = Bindings.createBooleanBinding(() -> asking.get() && !cases.isEmpty() && !chosen.isEmpty()
                && folder.get() != null && folderProblem.get() == null, asking, cases, chosen, folder, folderProblem)
                .and(work.runningProperty().not()).and(busy.busyProperty().not());
    }

    /** True for a user holding the Supervisor role: only they are offered the batch. */
    public boolean offered() {
        return ctx.session().user().roles().contains(Role.Supervisor);
    }

    /**
     * Opens the batch for these cases with every kind the vault offers chosen; {@code uiLanguage} is the
     * default report language.
     */
    public void start(List<BatchCase> forCases, Locale uiLanguage) {
        if (!offered() || forCases.isEmpty() || asking.get() || busy.isBusy()) {
            return;
        }
        List<BatchCase> picked = List.copyOf(forCases);
        busy.run("ui.task.reportChoices", c -> ctx.session().workspace().reports().kinds(), offered -> {
            if (offered.isEmpty()) {
                ctx.dialogs().showError(new UserMessage("ui.report.noneHere"));
                return;
            }
            cases.setAll(picked);
            kinds.setAll(offered);
            chosen.clear();
            chosen.addAll(offered);
            language.set(ReportDialogViewModel.LANGUAGES.stream()
                    .filter(l -> l.getLanguage().equals(uiLanguage.getLanguage())).findFirst().orElse(Locale.ENGLISH));
            requestedFor.set("");
            lines.clear();
            error.set(null);
            notice.set(null);
            asking.set(true);
        }, ctx.errors()::present);
    }

    /** Asks for the folder the reports go into. */
    public void chooseFolder() {
        ctx.dialogs().chooseFolder("ui.report.batch.folder.title").ifPresent(folder::set);
    }

    /** Produces and saves the chosen reports of every case in the background, then shows the summary. */
    public void run() {
        if (!canRun.get()) {
            return;
        }
        List<BatchCase> of = List.copyOf(cases);
        List<ReportKind> which = kinds.stream().filter(chosen::contains).toList();
        Locale lang = language.get();
        String whom = requestedFor.get() == null || requestedFor.get().isBlank() ? null : requestedFor.get().strip();
        Path into = folder.get();
        // filled on the worker, read on the JavaFX thread once the work has ended (also when cancelled)
        List<Outcome> done = Collections.synchronizedList(new ArrayList<>());
        lines.clear();
        error.set(null);
        notice.set(null);
        work.start("ui.task.reportBatch", c -> {
            Workspace ws = ctx.session().workspace();
            List<Planned> planned = plan(ws, of, which, lang, whom, done);
            ws.reports().produceEach(planned.stream().map(Planned::request).toList(), new ReportService.Batch() {
                @Override
                public void produced(ReportRequest request, ProducedReport report) {
                    Planned p = find(planned, request);
                    try {
                        ReportFiles.save(into.resolve(report.fileName()), report.pdf(), false);
                        done.add(new Outcome(p, report.fileName(), null));
                    } catch (ApplicationException e) {
                        done.add(new Outcome(p, null, e));
                    }
                }

                @Override
                public void failed(ReportRequest request, ApplicationException reason) {
                    done.add(new Outcome(find(planned, request), null, reason));
                }
            }, c.progress(), c.cancellation());
            return planned.size();
        }, total -> {
            summarise(done);
            long saved = lines.stream().filter(Line::saved).count();
            notice.set(new UserMessage("ui.report.batch.done", saved, lines.size() - saved));
        }, failure -> {
            summarise(done);
            if (failure instanceof OperationCancelledException) {
                ctx.errors().explain(failure);
                notice.set(new UserMessage("ui.report.batch.cancelled", lines.stream().filter(Line::saved).count()));
            } else {
                error.set(ctx.errors().explain(failure));
            }
        });
    }

    /** A report of the batch and what it is about (shown in the summary). */
    private record Planned(ReportRequest request, String caseNumber, String about) {
    }

    /** What became of one planned report: saved as a file, or the reason it was not. */
    private record Outcome(Planned planned, String fileName, Throwable problem) {
    }

    private static Planned find(List<Planned> planned, ReportRequest request) {
        return planned.stream().filter(p -> p.request() == request).findFirst().orElseThrow();
    }

    /**
     * The reports of each case: the case summary and the evidence register once per case, the interview record
     * once per signed-off interview, the victim reports once per victim. A case whose interviews or parties
     * cannot be read is noted in {@code done} and the others go on.
     */
    private static List<Planned> plan(Workspace ws, List<BatchCase> cases, List<ReportKind> kinds, Locale lang,
            String whom, List<Outcome> done) {
        List<Planned> out = new ArrayList<>();
        for (BatchCase c : cases) {
            for (ReportKind k : kinds) {
                try {
                    switch (k) {
                        case CaseSummary, EvidenceRegister -> out.add(new Planned(
                                ReportRequest.ofCase(k, c.caseNumber()).in(lang).requestedFor(whom), c.caseNumber(),
                                null));
                        case InterviewRecord -> {
                            for (InterviewSummary i : ws.interviews().list(c.id())) {
                                if (i.state() == InterviewState.SignedOff) {
                                    out.add(new Planned(ReportRequest.ofInterview(c.caseNumber(), i.id()).in(lang)
                                            .requestedFor(whom), c.caseNumber(), i.personLabel()));
                                }
                            }
                        }
                        case VictimCare, MdtAssessment -> {
                            for (PartySummary p : ws.cases().parties(c.id())) {
                                if (p.role() == PartyRole.Victim && p.pseudonym() != null) {
                                    out.add(new Planned(ReportRequest.ofVictim(k, p.pseudonym()).in(lang)
                                            .requestedFor(whom), c.caseNumber(), p.pseudonym()));
                                }
                            }
                        }
                    }
                } catch (ApplicationException e) {
                    done.add(new Outcome(new Planned(ReportRequest.ofCase(k, c.caseNumber()), c.caseNumber(), null),
                            null, e));
                }
            }
        }
        return out;
    }

    private void summarise(List<Outcome> done) {
        List<Line> out = new ArrayList<>();
        synchronized (done) {
            for (Outcome o : done) {
                out.add(new Line(o.planned().request().kind(), o.planned().caseNumber(), o.planned().about(),
                        o.fileName(), o.problem() == null ? null : ctx.errors().explain(o.problem())));
            }
        }
        lines.setAll(out);
    }

    /** Stops before the next report; the reports saved so far stay saved. */
    public void cancel() {
        work.cancel();
    }

    /** Closes the batch (a running batch is asked to stop first). */
    public void close() {
        work.cancel();
        asking.set(false);
    }

    public ObservableList<BatchCase> cases() {
        return cases;
    }

    /** The kinds the vault offers, in order. */
    public ObservableList<ReportKind> kinds() {
        return kinds;
    }

    /** The kinds chosen for the batch. */
    public ObservableSet<ReportKind> chosen() {
        return chosen;
    }

    public ObjectProperty<Locale> languageProperty() {
        return language;
    }

    public StringProperty requestedForProperty() {
        return requestedFor;
    }

    public ObjectProperty<Path> folderProperty() {
        return folder;
    }

    public ObjectBinding<UserMessage> folderProblemProperty() {
        return folderProblem;
    }

    public BooleanProperty askingProperty() {
        return asking;
    }

    /** The summary: one line per report, saved or not. */
    public ObservableList<Line> lines() {
        return lines;
    }

    public ObjectProperty<UserMessage> errorProperty() {
        return error;
    }

    public ObjectProperty<UserMessage> noticeProperty() {
        return notice;
    }

    public BooleanBinding canRunProperty() {
        return canRun;
    }

    /** The batch running: progress counts reports (n of N), Cancel. */
    public RunningWork work() {
        return work;
    }
}
