package org.shield.ui.interview;

import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
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
import org.shield.application.casefile.PartySummary;
import org.shield.application.common.UserMessage;
import org.shield.application.interview.InterviewDetails;
import org.shield.application.interview.InterviewSummary;
import org.shield.application.security.Workspace;
import org.shield.domain.security.Permission;
import org.shield.ui.common.Busy;
import org.shield.ui.common.ScreenContext;

/**
 * The Interviews tab of a case: the interviews the user may read, "New interview…" (register first, see
 * {@link NewInterviewViewModel}), and the editor of the interview opened from the list, the timeline or the
 * Approvals page.
 */
public final class InterviewsViewModel {
    private final ObservableList<InterviewSummary> interviews = FXCollections.observableArrayList();
    private final ObjectProperty<InterviewEditorViewModel> editor = new SimpleObjectProperty<>();
    private final BooleanProperty dirty = new SimpleBooleanProperty();
    private final ObjectProperty<UserMessage> error = new SimpleObjectProperty<>();
    private final ObjectProperty<UserMessage> notice = new SimpleObjectProperty<>();
    private final BooleanBinding canRecord;
    private final NewInterviewViewModel newInterview;
    private final ReadOnlyObjectProperty<CaseDetails> details;
    private final ObservableList<PartySummary> parties;
    private final ScreenContext ctx;
    private final Supplier<UUID> caseId;
    private final Busy busy;

    /**
     * @param details the open case, for what the user may do (null while it loads)
     * @param parties the case's parties, the people who can be interviewed
     * @param guard where a suspect interview of a recorded victim goes (the non-punishment guard)
     */
    public InterviewsViewModel(ScreenContext ctx, Supplier<UUID> caseId, ReadOnlyObjectProperty<CaseDetails> details,
            ObservableList<PartySummary> parties, NewInterviewViewModel.GuardRequest guard) {
        this.ctx = ctx;
        this.caseId = caseId;
        this.details = details;
        this.parties = parties;
        this.busy = new Busy(ctx.tasks());
        this.newInterview = new NewInterviewViewModel(ctx, caseId, created -> {
            notice.set(new UserMessage("ui.interview.scheduled"));
            load();
            open(created.id());
        }, guard, error::set);
        canRecord = Bindings.createBooleanBinding(() -> details.get() != null
                && details.get().allows(Permission.INTERVIEW_RECORD), details).and(busy.busyProperty().not());
        editor.addListener((o, was, now) -> {
            dirty.unbind();
            if (now == null) {
                dirty.set(false);
            } else {
                dirty.bind(now.dirtyProperty());
            }
        });
    }

    /** Reads the case's interviews. */
    public void load() {
        UUID id = caseId.get();
        if (id == null) {
            return;
        }
        error.set(null);
        busy.run("ui.task.loadInterviews", c -> ctx.session().workspace().interviews().list(id), interviews::setAll,
                failure -> error.set(ctx.errors().explain(failure)));
    }

    /** Opens "New interview…". */
    public void startNew() {
        if (canRecord.get()) {
            notice.set(null);
            error.set(null);
            newInterview.start();
        }
    }

    /** Opens an interview in the editor (with the case's exhibits for the recording, where the user may list them). */
    public void open(UUID interviewId) {
        if (interviewId == null) {
            return;
        }
        InterviewEditorViewModel current = editor.get();
        if (current != null && current.dirtyProperty().get() && !ctx.dialogs().confirm(
                new UserMessage("ui.interview.discard.question"), "ui.interview.discard.action")) {
            return;
        }
        error.set(null);
        busy.run("ui.task.loadInterview", c -> {
            Workspace ws = ctx.session().workspace();
            InterviewDetails d = ws.interviews().get(interviewId);
            List<RecordingOption> options = ws.cases().get(d.caseId()).allows(Permission.EVIDENCE_VIEW)
                    ? ws.evidence().list(d.caseId()).stream().map(x -> new RecordingOption(x.id(), x.exhibitNumber())).toList() : List.of();
            return new Opened(d, options);
        }, opened -> {
            InterviewEditorViewModel vm = new InterviewEditorViewModel(ctx, details, this::load);
            vm.show(opened.details(), opened.options());
            editor.set(vm);
        }, failure -> error.set(ctx.errors().explain(failure)));
    }

    /** Back to the list; unsaved edits only after the user agrees to discard them. */
    public void closeEditor() {
        InterviewEditorViewModel current = editor.get();
        if (current != null && current.dirtyProperty().get() && !ctx.dialogs().confirm(
                new UserMessage("ui.interview.discard.question"), "ui.interview.discard.action")) {
            return;
        }
        editor.set(null);
        load();
    }

    /** Saves the open interview (Ctrl+S while the tab is in front). */
    public void save() {
        if (editor.get() != null) {
            editor.get().save();
        }
    }

    /** The guard's request for a supervisor's approval was filed: nothing was scheduled yet. */
    public void guardRequested() {
        notice.set(new UserMessage("ui.interview.guardRequested"));
    }

    private record Opened(InterviewDetails details, List<RecordingOption> options) {
    }

    public ObservableList<InterviewSummary> interviews() {
        return interviews;
    }

    public ObservableList<PartySummary> parties() {
        return parties;
    }

    public ObjectProperty<InterviewEditorViewModel> editorProperty() {
        return editor;
    }

    public NewInterviewViewModel newInterview() {
        return newInterview;
    }

    /** True while the open interview has edits not saved yet. */
    public BooleanProperty dirtyProperty() {
        return dirty;
    }

    public BooleanBinding canRecordProperty() {
        return canRecord;
    }

    public ReadOnlyObjectProperty<CaseDetails> detailsProperty() {
        return details;
    }

    public ObjectProperty<UserMessage> errorProperty() {
        return error;
    }

    public ObjectProperty<UserMessage> noticeProperty() {
        return notice;
    }

    public BooleanBinding busyProperty() {
        return busy.busyProperty();
    }
}
