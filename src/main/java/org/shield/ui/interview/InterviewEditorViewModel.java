package org.shield.ui.interview;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Supplier;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.shield.application.casefile.CaseDetails;
import org.shield.application.common.UserMessage;
import org.shield.application.common.ValidationException;
import org.shield.application.interview.AddendumDetails;
import org.shield.application.interview.InterviewDetails;
import org.shield.application.interview.SaveInterviewCommand;
import org.shield.domain.common.DomainRuleViolation;
import org.shield.domain.interview.InterviewKind;
import org.shield.domain.interview.InterviewState;
import org.shield.domain.security.Permission;
import org.shield.ui.common.Busy;
import org.shield.ui.common.Difference;
import org.shield.ui.common.ScreenContext;
import org.shield.ui.common.TaskRunner;
import org.shield.ui.common.VersionedEditor;

/**
 * One interview being recorded: the conditions, consent and statement are edited on a copy and saved with
 * the version that was loaded. "Sign off interview" freezes the content (after the user confirms); from then
 * on only addenda are added. A supervisor countersigns an interview awaiting countersignature or returns it
 * for correction with a reason. What the user may do comes from the case ({@link CaseDetails#allowed()});
 * the service checks again.
 */
public final class InterviewEditorViewModel {
    private final BooleanProperty signatureBroken = new SimpleBooleanProperty();
    private static final int ADDENDUM_MAX = 20_000;
    private static final int REASON_MAX = 2_000;

    private final ObjectProperty<InterviewDetails> loaded = new SimpleObjectProperty<>();
    private final ObjectProperty<List<Object>> baseline = new SimpleObjectProperty<>(List.of());
    private final ObservableList<AddendumDetails> addenda = FXCollections.observableArrayList();
    private final ObjectProperty<UserMessage> error = new SimpleObjectProperty<>();
    private final ObjectProperty<UserMessage> notice = new SimpleObjectProperty<>();
    private final ObjectProperty<UserMessage> syncConflict = new SimpleObjectProperty<>();
    private final InterviewConditionsForm conditions = new InterviewConditionsForm();
    private final InterviewConsentForm consent = new InterviewConsentForm();
    private final InterviewStatementForm statement = new InterviewStatementForm();
    private final TextPrompt addendum;
    private final TextPrompt returnReason;
    private final VersionedEditor<InterviewDetails> editor;
    private final Busy busy;
    private final BooleanBinding anyBusy;
    private final BooleanBinding dirty;
    private final BooleanBinding editable;
    private final BooleanBinding frozen;
    private final BooleanBinding suspect;
    private final BooleanBinding canSave;
    private final BooleanBinding canSignOff;
    private final BooleanBinding canCountersign;
    private final BooleanBinding canAddAddendum;
    private final ScreenContext ctx;
    private final Runnable onChanged;
    private List<RecordingOption> recordingOptions = List.of();

    /**
     * @param caseDetails the open case (what the user may do there); null while it loads
     * @param onChanged runs after every stored change (the interviews list reloads)
     */
    public InterviewEditorViewModel(ScreenContext ctx, ReadOnlyObjectProperty<CaseDetails> caseDetails,
            Runnable onChanged) {
        this.ctx = ctx;
        this.onChanged = onChanged;
        this.busy = new Busy(ctx.tasks());
        this.editor = new VersionedEditor<>(ctx.tasks(), ctx.errors(), "ui.task.saveInterview", "ui.interview.saved");
        editor.attach(new InterviewForm(), d -> onChanged.run());
        this.addendum = new TextPrompt(ADDENDUM_MAX, "ui.interview.addendum.tooLong", this::addAddendum);
        this.returnReason = new TextPrompt(REASON_MAX, "interview.returnReason.tooLong", this::giveBack);
        anyBusy = busy.busyProperty().or(editor.busyProperty());
        List<Observable> deps = new ArrayList<>(List.of(conditions.observables()));
        deps.addAll(List.of(consent.observables()));
        deps.addAll(List.of(statement.observables()));
        deps.add(baseline);
        dirty = Bindings.createBooleanBinding(() -> loaded.get() != null && !values().equals(baseline.get()),
                deps.toArray(Observable[]::new));
        Supplier<Boolean> mayRecord = () -> allows(caseDetails, Permission.INTERVIEW_RECORD);
        frozen = Bindings.createBooleanBinding(() -> loaded.get() != null && loaded.get().frozen(), loaded);
        editable = Bindings.createBooleanBinding(() -> loaded.get() != null && !loaded.get().frozen()
                && mayRecord.get(), loaded, caseDetails);
        suspect = Bindings.createBooleanBinding(() -> loaded.get() != null
                && loaded.get().kind() == InterviewKind.Suspect, loaded);
        BooleanBinding noConflict = editor.conflictProperty().isNull();
        canSave = editable.and(dirty).and(noConflict).and(anyBusy.not())
                .and(Bindings.createBooleanBinding(() -> conditions.timeProblemProperty().get() == null,
                        conditions.timeProblemProperty()));
        canSignOff = editable.and(dirty.not()).and(noConflict).and(anyBusy.not());
        canCountersign = Bindings.createBooleanBinding(() -> {
            InterviewDetails d = loaded.get();
            return d != null && d.state() == InterviewState.AwaitingCountersign
                    && allows(caseDetails, Permission.INTERVIEW_COUNTERSIGN)
                    && !ctx.session().user().userName().equals(d.signedOffBy());
        }, loaded, caseDetails).and(anyBusy.not());
        canAddAddendum = Bindings.createBooleanBinding(() -> frozen.get() && mayRecord.get(), frozen, caseDetails)
                .and(anyBusy.not());
    }

    private static boolean allows(ReadOnlyObjectProperty<CaseDetails> details, Permission p) {
        return details.get() != null && details.get().allows(p);
    }

    /** Shows an interview as stored; {@code options} are the case's exhibits that can be named as recording. */
    public void show(InterviewDetails d, List<RecordingOption> options) {
        recordingOptions = List.copyOf(options);
        show(d);
    }

    private void show(InterviewDetails d) {
        boolean another = loaded.get() == null || !loaded.get().id().equals(d.id());
        loaded.set(d);
        signatureBroken.set(false);
        if (another) {
            syncConflict.set(null);
        }
        busy.run("ui.task.loadInterview", c -> ctx.session().workspace().sync().conflictsOn("interview", d.id()),
                fields -> {
                    if (loaded.get() != null && loaded.get().id().equals(d.id())) {
                        syncConflict.set(fields.isEmpty() ? null : new UserMessage("ui.interview.syncConflict",
                                new org.shield.ui.sync.ConflictedFields("interview", fields)));
                    }
                }, failure -> error.set(ctx.errors().explain(failure)));
        if (d.frozen()) {
            // the signed content is checked against its hash and the audit trail each time it is shown
            busy.run("ui.task.checkInterviewSignature", c -> ctx.session().workspace().interviews()
                    .signatureIntact(d.id()), intact -> signatureBroken.set(!intact),
                    failure -> error.set(ctx.errors().explain(failure)));
        }
        conditions.show(d.conditions(), d.recordingExhibitNumber(), recordingOptions);
        consent.show(d.consent());
        statement.show(d.statement());
        addenda.setAll(d.addenda());
        baseline.set(values());
    }

    private List<Object> values() {
        List<Object> v = new ArrayList<>(conditions.values());
        v.addAll(consent.values());
        v.addAll(statement.values());
        return v;
    }

    public void save() {
        if (canSave.get()) {
            editor.save();
        }
    }

    /** After the user confirms that sign-off freezes the content, signs the interview off. */
    public void signOff() {
        InterviewDetails d = loaded.get();
        if (!canSignOff.get() || !ctx.dialogs().confirm(new UserMessage("ui.interview.signOff.question"),
                "ui.interview.signOff.action")) {
            return;
        }
        act("ui.task.signOffInterview", c -> ctx.session().workspace().interviews().signOff(d.id(), d.version()),
                new UserMessage("ui.interview.signedOff"));
    }

    /** A supervisor countersigns: the interview becomes final. */
    public void countersign() {
        InterviewDetails d = loaded.get();
        if (canCountersign.get()) {
            act("ui.task.countersignInterview",
                    c -> ctx.session().workspace().interviews().countersign(d.id(), d.version()),
                    new UserMessage("ui.interview.countersigned"));
        }
    }

    /** Asks the supervisor for the reason before returning the interview for correction. */
    public void startReturn() {
        if (canCountersign.get()) {
            returnReason.start();
        }
    }

    private void giveBack(String reason) {
        InterviewDetails d = loaded.get();
        act("ui.task.returnInterview",
                c -> ctx.session().workspace().interviews().returnForCorrection(d.id(), d.version(), reason),
                new UserMessage("ui.interview.returned"));
    }

    /** Asks for the text of an addendum to the signed-off interview. */
    public void startAddendum() {
        if (canAddAddendum.get()) {
            addendum.start();
        }
    }

    private void addAddendum(String body) {
        InterviewDetails d = loaded.get();
        act("ui.task.addAddendum", c -> ctx.session().workspace().interviews().addAddendum(d.id(), body),
                new UserMessage("ui.interview.addendum.added"));
    }

    /** Reads the interview again as stored (after "changed elsewhere"); unsaved edits are dropped. */
    public void reload() {
        InterviewDetails d = loaded.get();
        if (d == null) {
            return;
        }
        error.set(null);
        editor.clearConflict();
        busy.run("ui.task.loadInterview", c -> ctx.session().workspace().interviews().get(d.id()), this::show,
                failure -> error.set(ctx.errors().explain(failure)));
    }

    private void act(String titleKey, TaskRunner.Work<InterviewDetails> work, UserMessage done) {
        error.set(null);
        notice.set(null);
        editor.noticeProperty().set(null);
        editor.errorProperty().set(null);
        busy.run(titleKey, work, d -> {
            show(d);
            notice.set(done);
            onChanged.run();
        }, failure -> error.set(ctx.errors().explain(failure)));
    }

    private SaveInterviewCommand edited() throws ValidationException {
        InterviewDetails d = loaded.get();
        try {
            return new SaveInterviewCommand(d.id(), d.version(), d.caseId(), d.personId(), d.kind(),
                    conditions.build(), consent.build(d.kind() == InterviewKind.Suspect), statement.build(), 0);
        } catch (DomainRuleViolation e) {
            throw new ValidationException(new UserMessage(e.key(), e.args()));
        }
    }

    private final class InterviewForm implements VersionedEditor.Form<InterviewDetails> {
        @Override
        public TaskRunner.Work<InterviewDetails> saveWork() {
            SaveInterviewCommand cmd;
            try {
                cmd = edited();
            } catch (ValidationException e) {
                return c -> {
                    throw e;
                };
            }
            return c -> ctx.session().workspace().interviews().save(cmd);
        }

        @Override
        public TaskRunner.Work<InterviewDetails> readStoredWork() {
            UUID id = loaded.get().id();
            return c -> ctx.session().workspace().interviews().get(id);
        }

        @Override
        public List<Difference> differencesFrom(InterviewDetails stored) {
            List<Difference> out = new ArrayList<>();
            SaveInterviewCommand mine;
            try {
                mine = edited();
            } catch (ValidationException e) {
                return out;
            }
            compare(out, "ui.interview.field.date", stored.conditions().date(), mine.conditions().date());
            compare(out, "ui.interview.field.place", stored.conditions().place(), mine.conditions().place());
            compare(out, "ui.interview.field.interviewers", stored.conditions().interviewers(),
                    mine.conditions().interviewers());
            compare(out, "ui.interview.field.agreed", stored.consent().agreed(), mine.consent().agreed());
            compare(out, "ui.interview.field.statement", stored.statement().text(), mine.statement().text());
            compare(out, "ui.interview.field.translation", stored.statement().translation(),
                    mine.statement().translation());
            if (out.isEmpty()) {
                out.add(new Difference("ui.interview.field.other", null, null));
            }
            return out;
        }

        private void compare(List<Difference> out, String key, Object stored, Object mine) {
            if (!Objects.equals(stored, mine)) {
                out.add(new Difference(key, shorten(stored), shorten(mine)));
            }
        }

        /** A long statement is shown by its beginning only. */
        private Object shorten(Object v) {
            return v instanceof String s && s.length() > 300 ? s.substring(0, 300) + "…" : v;
        }

        @Override
        public void show(InterviewDetails stored) {
            InterviewEditorViewModel.this.show(stored);
        }

        @Override
        public void rebase(InterviewDetails stored) {
            loaded.set(stored);
        }

        @Override
        public boolean isStored() {
            return loaded.get() != null;
        }
    }

    public ObjectProperty<InterviewDetails> loadedProperty() {
        return loaded;
    }

    public InterviewConditionsForm conditions() {
        return conditions;
    }

    public InterviewConsentForm consent() {
        return consent;
    }

    public InterviewStatementForm statement() {
        return statement;
    }

    public ObservableList<AddendumDetails> addenda() {
        return addenda;
    }

    public TextPrompt addendumPrompt() {
        return addendum;
    }

    public TextPrompt returnPrompt() {
        return returnReason;
    }

    public ReadOnlyObjectProperty<InterviewDetails> conflictProperty() {
        return editor.conflictProperty();
    }

    public ObservableList<Difference> differences() {
        return editor.differences();
    }

    public void reloadStored() {
        editor.reloadStored();
    }

    public void keepMine() {
        editor.keepMine();
    }

    /** A failure of the last action (save failures come from the versioned editor). */
    public ObjectProperty<UserMessage> errorProperty() {
        return error;
    }

    /** Set while fields of this interview are in an open conflict at HQ (issue 7), until it is resolved. */
    public ObjectProperty<UserMessage> syncConflictProperty() {
        return syncConflict;
    }

    public ObjectProperty<UserMessage> noticeProperty() {
        return notice;
    }

    public ObjectProperty<UserMessage> saveErrorProperty() {
        return editor.errorProperty();
    }

    public ObjectProperty<UserMessage> saveNoticeProperty() {
        return editor.noticeProperty();
    }

    public BooleanBinding dirtyProperty() {
        return dirty;
    }

    /** True while the content can be changed: open and the user records interviews in this case. */
    public BooleanBinding editableProperty() {
        return editable;
    }

    /** True once signed off (awaiting countersignature or final). */
    /** True when a signed-off interview no longer matches the hash it was signed with. */
    public BooleanProperty signatureBrokenProperty() {
        return signatureBroken;
    }

    public BooleanBinding frozenProperty() {
        return frozen;
    }

    public BooleanBinding suspectProperty() {
        return suspect;
    }

    public BooleanBinding canSaveProperty() {
        return canSave;
    }

    public BooleanBinding canSignOffProperty() {
        return canSignOff;
    }

    public BooleanBinding canCountersignProperty() {
        return canCountersign;
    }

    public BooleanBinding canAddAddendumProperty() {
        return canAddAddendum;
    }

    public BooleanBinding busyProperty() {
        return anyBusy;
    }
}
