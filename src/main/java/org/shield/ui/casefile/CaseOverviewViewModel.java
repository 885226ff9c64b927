package org.shield.ui.casefile;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.shield.application.casefile.CaseDetails;
import org.shield.application.casefile.CreateCaseCommand;
import org.shield.application.casefile.UpdateCaseCommand;
import org.shield.application.common.UserMessage;
import org.shield.domain.casefile.CaseStatus;
import org.shield.domain.casefile.ExploitationType;
import org.shield.domain.casefile.Sensitivity;
import org.shield.domain.common.Text;
import org.shield.domain.security.Permission;
import org.shield.ui.common.Difference;
import org.shield.ui.common.ScreenContext;
import org.shield.ui.common.TaskRunner;
import org.shield.ui.common.VersionedEditor;

/**
 * The overview of a case, edited on a copy. Save sends the version that was loaded; if the case changed
 * elsewhere meanwhile, nothing is overwritten: the user's edits stay in the form, the stored version is
 * shown beside them field by field, and the user chooses to load the stored version or to save theirs
 * over it. Also creates a new case. What is editable follows the user's rights on the case.
 */
public final class CaseOverviewViewModel {
    private static final int TITLE_MAX = 200;
    private static final int TAG_MAX = 60;

    private final StringProperty title = new SimpleStringProperty("");
    private final ObjectProperty<CaseStatus> status = new SimpleObjectProperty<>(CaseStatus.Active);
    private final StringProperty closureReason = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> closedOn = new SimpleObjectProperty<>();
    private final ObservableList<ExploitationType> types = FXCollections.observableArrayList();
    private final StringProperty unitCode = new SimpleStringProperty("");
    private final StringProperty lead = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> openedOn = new SimpleObjectProperty<>();
    private final StringProperty summary = new SimpleStringProperty("");
    private final ObjectProperty<Sensitivity> sensitivity = new SimpleObjectProperty<>(Sensitivity.Confidential);
    private final StringProperty tags = new SimpleStringProperty("");

    private final ObjectProperty<CaseDetails> loaded = new SimpleObjectProperty<>();
    private final ObservableList<CaseStatus> statusChoices = FXCollections.observableArrayList();
    private final ObjectProperty<UpdateCaseCommand> baseline = new SimpleObjectProperty<>();
    private final VersionedEditor<CaseDetails> editor;

    private final ObjectBinding<UserMessage> titleProblem;
    private final ObjectBinding<UserMessage> unitProblem;
    private final ObjectBinding<UserMessage> closureReasonProblem;
    private final ObjectBinding<UserMessage> closedOnProblem;
    private final ObjectBinding<UserMessage> openedOnProblem;
    private final ObjectBinding<UserMessage> tagsProblem;
    private final BooleanBinding closing;
    private final BooleanBinding dirty;
    private final BooleanBinding valid;
    private final BooleanBinding canSave;
    private final BooleanBinding editable;
    private final BooleanBinding assignable;
    private final BooleanBinding summaryVisible;

    private final ScreenContext ctx;

    public CaseOverviewViewModel(ScreenContext ctx, Consumer<CaseDetails> onSaved) {
        this.ctx = ctx;
        this.editor = new VersionedEditor<>(ctx.tasks(), ctx.errors(), "ui.task.saveCase", "ui.case.saved");
        editor.attach(new OverviewForm(), onSaved);
        closing = Bindings.createBooleanBinding(() -> isClosing(status.get()), status);
        titleProblem = problem(() -> required(title.get(), "case.title", TITLE_MAX), title);
        unitProblem = problem(() -> required(unitCode.get(), "case.unit", 32), unitCode);
        closureReasonProblem = problem(() -> status.get() == CaseStatus.ClosedReferred
                && Text.trimToNull(closureReason.get()) == null ? new UserMessage("case.closureReason.required")
                : null, status, closureReason);
        closedOnProblem = problem(() -> closing.get() && closedOn.get() != null && openedOn.get() != null
                && closedOn.get().isBefore(openedOn.get()) ? new UserMessage("case.closedOn.beforeOpened") : null,
                closing, closedOn, openedOn);
        openedOnProblem = problem(() -> openedOn.get() == null ? new UserMessage("case.openedOn.required") : null,
                openedOn);
        tagsProblem = problem(() -> parseTags(tags.get()).stream().anyMatch(t -> t.codePointCount(0, t.length())
                > TAG_MAX) ? new UserMessage("case.tag.tooLong", TAG_MAX) : null, tags);
        valid = Bindings.createBooleanBinding(() -> titleProblem.get() == null && unitProblem.get() == null
                && closureReasonProblem.get() == null && closedOnProblem.get() == null
                && openedOnProblem.get() == null && tagsProblem.get() == null,
                titleProblem, unitProblem, closureReasonProblem, closedOnProblem, openedOnProblem, tagsProblem);
        dirty = Bindings.createBooleanBinding(() -> baseline.get() != null && !edited().equals(baseline.get()),
                title, status, closureReason, closedOn, types, unitCode, lead, openedOn, summary, sensitivity, tags,
                baseline);
        editable = allows(Permission.CASE_EDIT);
        assignable = allows(Permission.CASE_ASSIGN);
        summaryVisible = allows(Permission.CASE_READ_INVESTIGATION);
        canSave = editable.and(valid).and(dirty).and(editor.conflictProperty().isNull()).and(editor.busyProperty().not());
        status.addListener((o, was, now) -> {
            if (isClosing(now) && closedOn.get() == null) {
                closedOn.set(LocalDate.now(ctx.clock()));
            }
        });
    }

    /** True for a new case (the creator may do everything on it), else what the loaded case allows. */
    private BooleanBinding allows(Permission p) {
        return Bindings.createBooleanBinding(() -> loaded.get() == null || loaded.get().allows(p), loaded);
    }

    /**
     * A new case opens Active or FollowUp. A stored one may change between the open statuses; closing it
     * is a request to a supervisor ({@link CaseClosureViewModel}), so the closing statuses are offered
     * only for a case that is already closed (to correct the reason or date, or reopen).
     */
    private void updateStatusChoices(CaseDetails d) {
        List<CaseStatus> choices = new ArrayList<>();
        for (CaseStatus s : CaseStatus.values()) {
            boolean closingStatus = isClosing(s);
            if (d == null ? s == CaseStatus.Active || s == CaseStatus.FollowUp
                    : !closingStatus || isClosing(d.status())) {
                choices.add(s);
            }
        }
        statusChoices.setAll(choices);
    }

    /** Starts a new case with the user's unit, the user as lead, opened today. */
    public void startNew() {
        updateStatusChoices(null);
        loaded.set(null);
        title.set("");
        status.set(CaseStatus.Active);
        closureReason.set("");
        closedOn.set(null);
        types.clear();
        unitCode.set(ctx.session().user().unitCode());
        lead.set(ctx.session().user().userName());
        openedOn.set(LocalDate.now(ctx.clock()));
        summary.set("");
        sensitivity.set(Sensitivity.Confidential);
        tags.set("");
        baseline.set(edited());
    }

    /** Shows a case as stored, replacing the form. */
    public void load(CaseDetails d) {
        updateStatusChoices(d);
        loaded.set(d);
        fill(d);
        baseline.set(edited());
        editor.clearConflict();
    }

    private void fill(CaseDetails d) {
        title.set(d.title());
        status.set(d.status());
        closureReason.set(Objects.requireNonNullElse(d.closureReason(), ""));
        closedOn.set(d.closedOn());
        types.setAll(sorted(d.exploitationTypes()));
        unitCode.set(d.unitCode());
        lead.set(Objects.requireNonNullElse(d.leadInvestigator(), ""));
        openedOn.set(d.openedOn());
        summary.set(Objects.requireNonNullElse(d.summary(), ""));
        sensitivity.set(d.sensitivity());
        tags.set(String.join(", ", new TreeSet<>(d.tags())));
    }

    public void save() {
        if (canSave.get()) {
            editor.save();
        }
    }

    /** After a conflict: drop the user's edits and show the stored version. */
    public void reloadStored() {
        editor.reloadStored();
    }

    /** After a conflict: keep the user's edits and save them over the stored version. */
    public void keepMine() {
        editor.keepMine();
    }

    /** How the shared save-with-version logic reads and fills this form. */
    private final class OverviewForm implements VersionedEditor.Form<CaseDetails> {
        @Override
        public TaskRunner.Work<CaseDetails> saveWork() {
            UpdateCaseCommand e = edited();
            if (loaded.get() == null) {
                CreateCaseCommand cmd = new CreateCaseCommand(e.title(), e.status(), e.exploitationTypes(),
                        e.unitCode(), e.leadInvestigator(), e.openedOn(), e.summary(), e.sensitivity(), e.tags());
                return c -> ctx.session().cases().create(cmd);
            }
            return c -> ctx.session().cases().update(e);
        }

        @Override
        public TaskRunner.Work<CaseDetails> readStoredWork() {
            UUID id = loaded.get().id();
            return c -> ctx.session().cases().get(id);
        }

        @Override
        public List<Difference> differencesFrom(CaseDetails stored) {
            return CaseOverviewViewModel.differencesFrom(stored, edited());
        }

        @Override
        public void show(CaseDetails stored) {
            load(stored);
        }

        @Override
        public void rebase(CaseDetails stored) {
            loaded.set(stored);
            baseline.set(UpdateCaseCommand.from(stored));
        }

        @Override
        public boolean isStored() {
            return loaded.get() != null;
        }
    }

    /** The form as a command against the loaded version (normalised: blank is null, tags split). */
    UpdateCaseCommand edited() {
        CaseDetails d = loaded.get();
        boolean isClosing = isClosing(status.get());
        return new UpdateCaseCommand(d == null ? null : d.id(), d == null ? 0 : d.version(),
                Objects.requireNonNullElse(Text.trimToNull(title.get()), ""), status.get(),
                isClosing ? Text.trimToNull(closureReason.get()) : null, isClosing ? closedOn.get() : null,
                types.isEmpty() ? Set.of() : EnumSet.copyOf(types),
                Objects.requireNonNullElse(Text.trimToNull(unitCode.get()), ""), Text.trimToNull(lead.get()),
                openedOn.get(), Text.trimToNull(summary.get()), sensitivity.get(), parseTags(tags.get()));
    }

    private static List<Difference> differencesFrom(CaseDetails stored, UpdateCaseCommand mine) {
        UpdateCaseCommand s = UpdateCaseCommand.from(stored);
        List<Difference> out = new ArrayList<>();
        add(out, "ui.case.field.title", s.title(), mine.title());
        add(out, "ui.case.field.status", s.status(), mine.status());
        add(out, "ui.case.field.closureReason", s.closureReason(), mine.closureReason());
        add(out, "ui.case.field.closedOn", s.closedOn(), mine.closedOn());
        add(out, "ui.case.field.types", sorted(s.exploitationTypes()), sorted(mine.exploitationTypes()));
        add(out, "ui.case.field.unit", s.unitCode(), mine.unitCode());
        add(out, "ui.case.field.lead", s.leadInvestigator(), mine.leadInvestigator());
        add(out, "ui.case.field.openedOn", s.openedOn(), mine.openedOn());
        add(out, "ui.case.field.summary", s.summary(), mine.summary());
        add(out, "ui.case.field.sensitivity", s.sensitivity(), mine.sensitivity());
        add(out, "ui.case.field.tags", new TreeSet<>(s.tags()), new TreeSet<>(mine.tags()));
        return out;
    }

    private static void add(List<Difference> out, String key, Object stored, Object mine) {
        if (!Objects.equals(stored, mine)) {
            out.add(new Difference(key, stored, mine));
        }
    }

    private static List<ExploitationType> sorted(Set<ExploitationType> set) {
        return set.stream().sorted().toList();
    }

    static Set<String> parseTags(String raw) {
        if (raw == null || raw.isBlank()) {
            return Set.of();
        }
        return Arrays.stream(raw.split(",")).map(String::strip).filter(t -> !t.isEmpty())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static boolean isClosing(CaseStatus s) {
        return s == CaseStatus.Closed || s == CaseStatus.ClosedReferred;
    }

    private static UserMessage required(String value, String key, int max) {
        String t = Text.trimToNull(value);
        if (t == null) {
            return new UserMessage(key + ".required");
        }
        return t.codePointCount(0, t.length()) > max ? new UserMessage(key + ".tooLong", max) : null;
    }

    private static ObjectBinding<UserMessage> problem(java.util.concurrent.Callable<UserMessage> check,
            Observable... deps) {
        return Bindings.createObjectBinding(check, deps);
    }

    /** True for a case not saved yet. */
    public boolean isNew() {
        return loaded.get() == null;
    }

    /** The statuses the status field offers now. */
    public ObservableList<CaseStatus> statusChoices() {
        return statusChoices;
    }

    /** True when the user may edit this case's overview. */
    public BooleanBinding editableProperty() {
        return editable;
    }

    /** True when the user may change the unit and lead. */
    public BooleanBinding assignableProperty() {
        return assignable;
    }

    /** False for a user who may not read the investigation (the summary is not sent to them). */
    public BooleanBinding summaryVisibleProperty() {
        return summaryVisible;
    }

    public StringProperty titleProperty() {
        return title;
    }

    public ObjectProperty<CaseStatus> statusProperty() {
        return status;
    }

    public StringProperty closureReasonProperty() {
        return closureReason;
    }

    public ObjectProperty<LocalDate> closedOnProperty() {
        return closedOn;
    }

    public ObservableList<ExploitationType> types() {
        return types;
    }

    public StringProperty unitCodeProperty() {
        return unitCode;
    }

    public StringProperty leadProperty() {
        return lead;
    }

    public ObjectProperty<LocalDate> openedOnProperty() {
        return openedOn;
    }

    public StringProperty summaryProperty() {
        return summary;
    }

    public ObjectProperty<Sensitivity> sensitivityProperty() {
        return sensitivity;
    }

    public StringProperty tagsProperty() {
        return tags;
    }

    public ReadOnlyObjectProperty<CaseDetails> loadedProperty() {
        return loaded;
    }

    public ReadOnlyObjectProperty<CaseDetails> conflictProperty() {
        return editor.conflictProperty();
    }

    public ObservableList<Difference> differences() {
        return editor.differences();
    }

    public ObjectProperty<UserMessage> errorProperty() {
        return editor.errorProperty();
    }

    public ObjectProperty<UserMessage> noticeProperty() {
        return editor.noticeProperty();
    }

    public ObjectBinding<UserMessage> titleProblemProperty() {
        return titleProblem;
    }

    public ObjectBinding<UserMessage> unitProblemProperty() {
        return unitProblem;
    }

    public ObjectBinding<UserMessage> closureReasonProblemProperty() {
        return closureReasonProblem;
    }

    public ObjectBinding<UserMessage> closedOnProblemProperty() {
        return closedOnProblem;
    }

    public ObjectBinding<UserMessage> openedOnProblemProperty() {
        return openedOnProblem;
    }

    public ObjectBinding<UserMessage> tagsProblemProperty() {
        return tagsProblem;
    }

    public BooleanBinding closingProperty() {
        return closing;
    }

    public BooleanBinding dirtyProperty() {
        return dirty;
    }

    public BooleanBinding canSaveProperty() {
        return canSave;
    }

    public BooleanBinding busyProperty() {
        return editor.busyProperty();
    }
}
