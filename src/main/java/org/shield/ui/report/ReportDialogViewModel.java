package org.shield.ui.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;
import org.shield.application.casefile.CaseDetails;
import org.shield.application.common.OperationCancelledException;
import org.shield.application.common.UserMessage;
import org.shield.application.interview.InterviewSummary;
import org.shield.application.party.PersonService;
import org.shield.application.report.ProducedReport;
import org.shield.application.report.Redaction;
import org.shield.application.report.ReportFiles;
import org.shield.application.report.ReportKind;
import org.shield.application.report.ReportPrinter;
import org.shield.application.report.ReportRequest;
import org.shield.application.security.Workspace;
import org.shield.domain.interview.InterviewState;
import org.shield.domain.security.Permission;
import org.shield.ui.common.Busy;
import org.shield.ui.common.RunningWork;
import org.shield.ui.common.ScreenContext;

/**
 * The report dialog of a case (case summary, evidence register, interview record) or of a victim's care record
 * (victim care summary, MDT assessment), as view-model state (ADR 0104, 0106). {@code start} reads in the
 * background which reports the vault offers and this user may produce here, and opens the dialog with the
 * choices: report, language (the UI's by default), protected persons by pseudonym (default) or with the
 * identity annex (only for a user who may reveal; then a purpose is required), and whom it is for.
 *
 * <p>Preview produces the report on a worker, with progress and Cancel; its pages are then rendered one at a
 * time as the view asks for them. Save and Print act on exactly the report previewed, so the file or paper
 * carries the report id the preview shows; changing a choice discards the preview. Nothing here touches the
 * scene graph.
 */
public final class ReportDialogViewModel {
    /** The report languages: English and Thai. */
    public static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.forLanguageTag("th"));
    private static final int PURPOSE_MAX = 500;
    private static final int REQUESTED_FOR_MAX = 200;

    private final ObservableList<ReportKind> kinds = FXCollections.observableArrayList();
    private final ObservableList<InterviewSummary> interviews = FXCollections.observableArrayList();
    private final BooleanProperty annexOffered = new SimpleBooleanProperty();
    private final ObjectProperty<ReportKind> kind = new SimpleObjectProperty<>();
    private final ObjectProperty<InterviewSummary> interview = new SimpleObjectProperty<>();
    private final ObjectProperty<Locale> language = new SimpleObjectProperty<>(Locale.ENGLISH);
    private final ObjectProperty<Redaction> redaction = new SimpleObjectProperty<>(Redaction.Pseudonyms);
    private final StringProperty purpose = new SimpleStringProperty("");
    private final StringProperty requestedFor = new SimpleStringProperty("");
    private final ObjectBinding<UserMessage> purposeProblem;
    private final ObjectBinding<UserMessage> requestedForProblem;
    private final BooleanProperty asking = new SimpleBooleanProperty();
    private final ObjectProperty<ProducedReport> report = new SimpleObjectProperty<>();
    private final PreviewPages pages;
    private final ObjectProperty<UserMessage> error = new SimpleObjectProperty<>();
    private final ObjectProperty<UserMessage> notice = new SimpleObjectProperty<>();
    private final BooleanBinding canPreview;
    private final BooleanBinding canOutput;
    private final ScreenContext ctx;
    private final RunningWork production;
    private final Busy busy;
    private String caseNumber;
    private String pseudonym;

    public ReportDialogViewModel(ScreenContext ctx) {
        this.ctx = ctx;
        this.production = new RunningWork(ctx.tasks());
        this.busy = new Busy(ctx.tasks());
        this.pages = new PreviewPages(ctx, failure -> error.set(ctx.errors().explain(failure)));
        report.addListener((o, was, now) -> pages.show(now));
        purposeProblem = Bindings.createObjectBinding(() -> {
            if (redaction.get() != Redaction.IdentityAnnex) {
                return null;
            }
            String p = purpose.get() == null ? "" : purpose.get().strip();
            int n = p.codePointCount(0, p.length());
            if (n == 0) {
                return new UserMessage("ui.report.purpose.required", PersonService.PURPOSE_MIN);
            }
            if (n < PersonService.PURPOSE_MIN) {
                return new UserMessage("ui.report.purpose.tooShort", PersonService.PURPOSE_MIN);
            }
            return n > PURPOSE_MAX ? new UserMessage("ui.report.purpose.tooLong", PURPOSE_MAX) : null;
        }, redaction, purpose);
        requestedForProblem = Bindings.createObjectBinding(() -> {
            String r = requestedFor.get() == null ? "" : requestedFor.get().strip();
            return r.codePointCount(0, r.length()) > REQUESTED_FOR_MAX
                    ? new UserMessage("ui.report.requestedFor.tooLong", REQUESTED_FOR_MAX) : null;
        }, requestedFor);
        canPreview = Bindings.createBooleanBinding(() -> asking.get() && kind.get() != null
                && (kind.get() != ReportKind.InterviewRecord || interview.get() != null)
                && purposeProblem.get() == null && requestedForProblem.get() == null,
                asking, kind, interview, purposeProblem, requestedForProblem)
                .and(production.runningProperty().not()).and(busy.busyProperty().not());
        canOutput = report.isNotNull().and(production.runningProperty().not()).and(busy.busyProperty().not());
        // a preview shows the report as chosen: any other choice makes it a different report
        for (javafx.beans.Observable o : List.of(kind, interview, language, redaction, purpose, requestedFor)) {
            o.addListener(x -> discardPreview());
        }
    }

    /** What the dialog prints about: a case, or a victim (person) in a case. */
    private record Subject(UUID caseId, UUID personId) {
    }

    /** What this user may print here, read on the worker. */
    private record Offer(String caseNumber, List<ReportKind> kinds, List<InterviewSummary> interviews,
            boolean mayReveal, String pseudonym) {
    }

    /** Opens the dialog for a case's reports; {@code uiLanguage} is the default report language. */
    public void startForCase(UUID caseId, Locale uiLanguage) {
        start(new Subject(caseId, null), uiLanguage);
    }

    /** Opens the dialog for the reports on one victim of a case. */
    public void startForVictim(UUID caseId, UUID personId, Locale uiLanguage) {
        start(new Subject(caseId, personId), uiLanguage);
    }

    private void start(Subject s, Locale uiLanguage) {
        if (s.caseId() == null || asking.get() || busy.isBusy()) {
            return;
        }
        busy.run("ui.task.reportChoices", c -> offer(ctx.session().workspace(), s), offer -> {
            if (offer.kinds().isEmpty()) {
                ctx.dialogs().showError(new UserMessage("ui.report.noneHere"));
                return;
            }
            caseNumber = offer.caseNumber();
            pseudonym = offer.pseudonym();
            kinds.setAll(offer.kinds());
            interviews.setAll(offer.interviews());
            annexOffered.set(offer.mayReveal());
            kind.set(offer.kinds().get(0));
            interview.set(offer.interviews().isEmpty() ? null : offer.interviews().get(0));
            language.set(LANGUAGES.stream().filter(l -> l.getLanguage().equals(uiLanguage.getLanguage()))
                    .findFirst().orElse(Locale.ENGLISH));
            redaction.set(Redaction.Pseudonyms);
            purpose.set("");
            requestedFor.set("");
            discardPreview();
            error.set(null);
            notice.set(null);
            asking.set(true);
        }, ctx.errors()::present);
    }

    /**
     * The reports the vault offers ({@code ReportService.kinds()}) that fit the subject and that the user's
     * rights on the case allow; the services check again when the report is produced.
     */
    private static Offer offer(Workspace ws, Subject s) throws Exception {
        List<ReportKind> wired = ws.reports().kinds();
        CaseDetails c = ws.cases().get(s.caseId());
        List<ReportKind> out = new ArrayList<>();
        if (s.personId() == null) {
            List<InterviewSummary> signedOff = List.of();
            if (wired.contains(ReportKind.InterviewRecord) && c.allows(Permission.INTERVIEW_VIEW)) {
                signedOff = ws.interviews().list(s.caseId()).stream()
                        .filter(i -> i.state() == InterviewState.SignedOff).toList();
            }
            for (ReportKind k : wired) {
                boolean may = switch (k) {
                    case CaseSummary -> c.allows(Permission.CASE_READ_INVESTIGATION);
                    case EvidenceRegister -> c.allows(Permission.EVIDENCE_VIEW);
                    case InterviewRecord -> !signedOff.isEmpty();
                    case VictimCare, MdtAssessment -> false;
                };
                if (may) {
                    out.add(k);
                }
            }
            return new Offer(c.caseNumber(), out, signedOff, c.allows(Permission.IDENTITY_REVEAL), null);
        }
        String pseudonym = ws.victims().overview(s.caseId(), s.personId()).summary().pseudonym();
        for (ReportKind k : wired) {
            boolean may = switch (k) {
                case VictimCare -> c.allows(Permission.CARE_VIEW);
                case MdtAssessment -> c.allows(Permission.SCREENING_VIEW);
                case CaseSummary, EvidenceRegister, InterviewRecord -> false;
            };
            if (may) {
                out.add(k);
            }
        }
        return new Offer(c.caseNumber(), out, List.of(), ws.persons().canReveal(s.personId()), pseudonym);
    }

    /** The request the choices make. */
    ReportRequest request() {
        ReportKind k = kind.get();
        ReportRequest r = switch (k) {
            case CaseSummary, EvidenceRegister -> ReportRequest.ofCase(k, caseNumber);
            case InterviewRecord -> ReportRequest.ofInterview(caseNumber, interview.get().id());
            case VictimCare, MdtAssessment -> ReportRequest.ofVictim(k, pseudonym);
        };
        r = r.in(language.get()).requestedFor(requestedFor.get() == null || requestedFor.get().isBlank() ? null
                : requestedFor.get().strip());
        return redaction.get() == Redaction.IdentityAnnex ? r.withIdentityAnnex(purpose.get().strip()) : r;
    }

    /** Produces the report in the background (progress, Cancel) and shows it when done. */
    public void preview() {
        if (!canPreview.get()) {
            return;
        }
        ReportRequest r = request();
        discardPreview();
        error.set(null);
        notice.set(null);
        production.start("ui.task.produceReport", c -> ctx.session().workspace().reports().produce(r,
                c.progress(), c.cancellation()), produced -> {
                    report.set(produced);
                    notice.set(new UserMessage("ui.report.produced"));
                }, failure -> {
                    if (failure instanceof OperationCancelledException) {
                        ctx.errors().explain(failure);
                        notice.set(new UserMessage("ui.report.cancelled"));
                    } else {
                        error.set(ctx.errors().explain(failure));
                    }
                });
    }

    /** Stops the report being produced; nothing is recorded for it. */
    public void cancel() {
        production.cancel();
    }

    /**
     * Asks for page {@code index} of the preview (the view calls this as the page comes into view); it arrives,
     * rendered on a worker, in {@link #pageImages()}.
     */
    public void wantPage(int index) {
        pages.want(index);
    }

    /**
     * Saves the previewed report where the user chooses (suggested: {@link ProducedReport#fileName()}), whole
     * or not at all, in the background. The save dialog asks before replacing a file; a name the dialog did not
     * ask about (".pdf" added here) is never replaced.
     */
    public void save() {
        ProducedReport r = report.get();
        if (r == null || !canOutput.get()) {
            return;
        }
        Optional<Path> chosen = ctx.dialogs().chooseSaveFile("ui.report.save.title", r.fileName(),
                "ui.report.save.filter", "*.pdf");
        if (chosen.isEmpty()) {
            return;
        }
        Path asked = chosen.get();
        boolean named = asked.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".pdf");
        Path target = named ? asked : asked.resolveSibling(asked.getFileName() + ".pdf");
        error.set(null);
        notice.set(null);
        busy.run("ui.task.saveReport", c -> {
            ReportFiles.save(target, r.pdf(), named);
            return target;
        }, saved -> notice.set(new UserMessage("ui.report.saved", r.reportId(), saved.toString())),
                failure -> error.set(ctx.errors().explain(failure)));
    }

    /**
     * Prints the previewed report through the system print dialog (on a worker: that dialog has its own event
     * loop) and records the printing in the audit trail once the job went to the printer.
     */
    public void print() {
        ProducedReport r = report.get();
        if (r == null || !canOutput.get()) {
            return;
        }
        error.set(null);
        notice.set(null);
        busy.run("ui.task.printReport", c -> {
            ReportPrinter.Outcome o = ctx.reportPrinter().print(r.pdf(), "SHIELD " + r.reportId());
            if (o == ReportPrinter.Outcome.Printed) {
                ctx.session().workspace().reports().recordPrinted(r);
            }
            return o;
        }, o -> {
            switch (o) {
                case Printed -> notice.set(new UserMessage("ui.report.printed", r.reportId()));
                case Cancelled -> notice.set(new UserMessage("ui.report.print.cancelled"));
                case NoDisplay -> error.set(new UserMessage("ui.report.print.noDisplay"));
                case NoPrinter -> error.set(new UserMessage("ui.report.print.noPrinter"));
                case Failed -> error.set(new UserMessage("ui.report.print.failed"));
            }
        }, failure -> error.set(ctx.errors().explain(failure)));
    }

    /** Closes the dialog: stops a report being produced and forgets the preview (the PDF is not kept). */
    public void close() {
        production.cancel();
        asking.set(false);
        discardPreview();
        error.set(null);
        notice.set(null);
    }

    private void discardPreview() {
        report.set(null);
        pages.show(null);
    }

    public ObservableList<ReportKind> kinds() {
        return kinds;
    }

    /** The case's signed-off interviews, for the interview record. */
    public ObservableList<InterviewSummary> interviews() {
        return interviews;
    }

    /** True when the user may reveal the protected persons here, so the identity annex is offered. */
    public BooleanProperty annexOfferedProperty() {
        return annexOffered;
    }

    public ObjectProperty<ReportKind> kindProperty() {
        return kind;
    }

    public ObjectProperty<InterviewSummary> interviewProperty() {
        return interview;
    }

    public ObjectProperty<Locale> languageProperty() {
        return language;
    }

    public ObjectProperty<Redaction> redactionProperty() {
        return redaction;
    }

    public StringProperty purposeProperty() {
        return purpose;
    }

    public StringProperty requestedForProperty() {
        return requestedFor;
    }

    public ObjectBinding<UserMessage> purposeProblemProperty() {
        return purposeProblem;
    }

    public ObjectBinding<UserMessage> requestedForProblemProperty() {
        return requestedForProblem;
    }

    public BooleanProperty askingProperty() {
        return asking;
    }

    /** The previewed report (null before a preview or after a choice changed). */
    public ReadOnlyObjectProperty<ProducedReport> reportProperty() {
        return report;
    }

    /** Page pictures (PNG) of the previewed report by page index, as they are rendered. */
    public ObservableMap<Integer, byte[]> pageImages() {
        return pages.images();
    }

    public ObjectProperty<UserMessage> errorProperty() {
        return error;
    }

    public ObjectProperty<UserMessage> noticeProperty() {
        return notice;
    }

    public BooleanBinding canPreviewProperty() {
        return canPreview;
    }

    /** True while the previewed report can be saved or printed. */
    public BooleanBinding canOutputProperty() {
        return canOutput;
    }

    /** The report being produced: running, progress, Cancel. */
    public RunningWork production() {
        return production;
    }

    public ObservableBooleanValue busyProperty() {
        return busy.busyProperty();
    }
}
