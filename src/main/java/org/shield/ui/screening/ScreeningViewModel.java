package org.shield.ui.screening;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.shield.application.common.AccessDeniedException;
import org.shield.application.common.UserMessage;
import org.shield.application.screening.RecordScreeningCommand;
import org.shield.application.screening.ScreeningDetails;
import org.shield.domain.common.Text;
import org.shield.domain.screening.Answer;
import org.shield.domain.screening.ExploitationForm;
import org.shield.domain.screening.Indicator;
import org.shield.domain.screening.Population;
import org.shield.domain.screening.ReasonableGrounds;
import org.shield.domain.security.Permission;
import org.shield.ui.common.Busy;
import org.shield.ui.common.ScreenContext;

/**
 * A victim's screenings: the history (newest first; earlier ones are kept and can be viewed) and a new
 * screening against the checklist for the chosen population and form of exploitation. The
 * reasonable-grounds summary of the new screening is recomputed from the answers as they change; it is
 * support for the MDT's decision, never a verdict, and is never stored. Saving records the whole screening.
 */
public final class ScreeningViewModel {
    static final int NOTE_MAX = 4_000;

    private final ObservableList<ScreeningDetails> history = FXCollections.observableArrayList();
    private final ObjectProperty<ScreeningDetails> viewed = new SimpleObjectProperty<>();
    private final ObservableList<SourceOption> sources = FXCollections.observableArrayList();
    private final BooleanProperty editing = new SimpleBooleanProperty();
    private final ObjectProperty<Population> population = new SimpleObjectProperty<>(Population.Adult);
    private final ObjectProperty<ExploitationForm> exploitation = new SimpleObjectProperty<>(ExploitationForm.Labour);
    private final ObjectProperty<LocalDate> assessedOn = new SimpleObjectProperty<>();
    private final StringProperty note = new SimpleStringProperty("");
    private final ObservableList<ChecklistItem> items = FXCollections.observableArrayList();
    private final BooleanProperty operationalAvailable = new SimpleBooleanProperty();
    private final ObjectProperty<ReasonableGrounds> grounds = new SimpleObjectProperty<>();
    private final ObjectProperty<UserMessage> problem = new SimpleObjectProperty<>();
    private final ObjectProperty<UserMessage> error = new SimpleObjectProperty<>();
    private final BooleanBinding canSave;

    private final ScreenContext ctx;
    private final UUID caseId;
    private final UUID personId;
    private final Busy busy;
    private long checklistSeq;
    private final java.util.Set<String> operationalPairs = new java.util.HashSet<>();

    public ScreeningViewModel(ScreenContext ctx, UUID caseId, UUID personId) {
        this.ctx = ctx;
        this.caseId = caseId;
        this.personId = personId;
        this.busy = new Busy(ctx.tasks());
        canSave = Bindings.createBooleanBinding(() -> editing.get() && !items.isEmpty(), editing, items)
                .and(busy.busyProperty().not());
        population.addListener((o, was, now) -> loadChecklist());
        exploitation.addListener((o, was, now) -> loadChecklist());
    }

    /** Reads the history and the case's interviews and exhibits an answer may cite. */
    public void load() {
        error.set(null);
        busy.run("ui.screening.task.load", c -> {
            List<ScreeningDetails> list = ctx.session().workspace().screening().history(caseId, personId);
            var service = ctx.session().workspace().screening();
            java.util.Set<String> operational = new java.util.HashSet<>();
            for (Population p : Population.values()) {
                for (ExploitationForm f : ExploitationForm.values()) {
                    if (service.hasOperationalIndicators(p, f)) {
                        operational.add(p + "/" + f);
                    }
                }
            }
            return new Loaded(list, citable(), operational);
        }, loaded -> {
            operationalPairs.clear();
            operationalPairs.addAll(loaded.operational());
            sources.setAll(loaded.sources());
            showHistory(loaded.history());
        }, failure -> error.set(ctx.errors().explain(failure)));
    }

    private record Loaded(List<ScreeningDetails> history, List<SourceOption> sources,
            java.util.Set<String> operational) {
    }

    /**
     * True when the ILO/EC operational indicators exist for a recorded screening's population and form:
     * until then its dimensions cannot be assessed and must not be shown as "not met".
     */
    public boolean operationalFor(Population p, ExploitationForm f) {
        return operationalPairs.contains(p + "/" + f);
    }

    /** Interviews and exhibits of the case this user may read (a caseworker sees no exhibits). Worker thread. */
    private List<SourceOption> citable() throws Exception {
        List<SourceOption> out = new ArrayList<>();
        var ws = ctx.session().workspace();
        if (ctx.session().holds(Permission.INTERVIEW_VIEW)) {
            try {
                ws.interviews().list(caseId).stream().filter(i -> personId.equals(i.personId()))
                        .forEach(i -> out.add(new SourceOption(i.id(), null, i.date(), null)));
            } catch (AccessDeniedException e) {
                // not on this case's team: no interviews to cite
            }
        }
        if (ctx.session().holds(Permission.EVIDENCE_VIEW)) {
            try {
                ws.evidence().list(caseId).forEach(x -> out.add(new SourceOption(null, x.id(), null,
                        x.exhibitNumber())));
            } catch (AccessDeniedException e) {
                // not on this case's team: no exhibits to cite
            }
        }
        return out;
    }

    private void showHistory(List<ScreeningDetails> oldestFirst) {
        List<ScreeningDetails> newest = new ArrayList<>(oldestFirst);
        newest.sort(Comparator.comparing(ScreeningDetails::recordedAt).reversed());
        history.setAll(newest);
        if (viewed.get() == null || newest.stream().noneMatch(s -> s.id().equals(viewed.get().id()))) {
            viewed.set(newest.isEmpty() ? null : newest.get(0));
        }
    }

    /** Opens a new, empty screening (today's date) and reads its checklist. */
    public void newScreening() {
        problem.set(null);
        error.set(null);
        note.set("");
        assessedOn.set(LocalDate.now(ctx.clock()));
        editing.set(true);
        loadChecklist();
    }

    public void cancel() {
        editing.set(false);
        items.clear();
        grounds.set(null);
        problem.set(null);
    }

    private void loadChecklist() {
        if (!editing.get() || population.get() == null || exploitation.get() == null) {
            return;
        }
        Population p = population.get();
        ExploitationForm f = exploitation.get();
        long mine = ++checklistSeq;
        busy.run("ui.screening.task.checklist", c -> {
            var s = ctx.session().workspace().screening();
            return Map.entry(s.checklist(p, f), s.hasOperationalIndicators(p, f));
        }, loaded -> {
            if (mine != checklistSeq) {
                return;
            }
            List<ChecklistItem> fresh = new ArrayList<>();
            Map<String, ChecklistItem> earlier = new LinkedHashMap<>();
            items.forEach(i -> earlier.put(i.indicator().code(), i));
            for (Indicator i : loaded.getKey()) {
                ChecklistItem item = new ChecklistItem(i);
                ChecklistItem before = earlier.get(i.code());
                if (before != null) { // keep what was answered for items of both lists
                    item.answerProperty().set(before.answerProperty().get());
                    item.sourceProperty().set(before.sourceProperty().get());
                    item.noteProperty().set(before.noteProperty().get());
                }
                item.answerProperty().addListener((o, was, now) -> recompute());
                fresh.add(item);
            }
            operationalAvailable.set(loaded.getValue());
            items.setAll(fresh);
            recompute();
        }, failure -> error.set(ctx.errors().explain(failure)));
    }

    /** The summary of the answers given so far (unanswered items do not count). */
    private void recompute() {
        Map<Indicator, Answer> answers = new LinkedHashMap<>();
        for (ChecklistItem i : items) {
            if (i.answerProperty().get() != null) {
                answers.put(i.indicator(), i.answerProperty().get());
            }
        }
        grounds.set(ReasonableGrounds.assess(population.get(), answers));
        if (problem.get() != null && !answers.isEmpty()) {
            problem.set(null);
        }
    }

    /** Answers every unanswered item "unknown" (nothing known, not asked). */
    public void answerRestUnknown() {
        items.stream().filter(i -> i.answerProperty().get() == null)
                .forEach(i -> i.answerProperty().set(Answer.Unknown));
    }

    /** Records the screening: at least one item answered; unanswered items are not sent. */
    public void save() {
        if (!canSave.get()) {
            return;
        }
        List<RecordScreeningCommand.Item> answers = new ArrayList<>();
        for (ChecklistItem i : items) {
            Answer a = i.answerProperty().get();
            if (a == null) {
                continue;
            }
            SourceOption s = i.sourceProperty().get();
            answers.add(new RecordScreeningCommand.Item(i.indicator().code(), a, s == null ? null : s.interviewId(),
                    s == null ? null : s.exhibitId(), Text.trimToNull(i.noteProperty().get())));
        }
        String n = Text.trimToNull(note.get());
        if (answers.isEmpty()) {
            problem.set(new UserMessage("ui.screening.noAnswers"));
            return;
        }
        if (n != null && n.length() > NOTE_MAX || answers.stream().anyMatch(a -> a.note() != null
                && a.note().length() > NOTE_MAX)) {
            problem.set(new UserMessage("ui.screening.noteTooLong", NOTE_MAX));
            return;
        }
        if (assessedOn.get() != null && assessedOn.get().isAfter(LocalDate.now(ctx.clock()))) {
            problem.set(new UserMessage("ui.screening.dateInFuture"));
            return;
        }
        problem.set(null);
        error.set(null);
        RecordScreeningCommand cmd = new RecordScreeningCommand(caseId, personId, population.get(),
                exploitation.get(), assessedOn.get(), n, answers);
        busy.run("ui.screening.task.save", c -> {
            var s = ctx.session().workspace().screening();
            ScreeningDetails saved = s.record(cmd);
            return Map.entry(saved, s.history(caseId, personId));
        }, done -> {
            cancel();
            viewed.set(null);
            showHistory(done.getValue());
            history.stream().filter(x -> x.id().equals(done.getKey().id())).findFirst().ifPresent(viewed::set);
        }, failure -> error.set(ctx.errors().explain(failure)));
    }

    /** The source cited by a recorded answer, as one of the case's interviews or exhibits (null if none). */
    public SourceOption sourceOf(RecordScreeningCommand.Item answer) {
        if (answer.sourceInterviewId() == null && answer.sourceExhibitId() == null) {
            return null;
        }
        return sources.stream().filter(s -> answer.sourceInterviewId() != null
                ? answer.sourceInterviewId().equals(s.interviewId())
                : answer.sourceExhibitId().equals(s.exhibitId())).findFirst()
                .orElse(new SourceOption(answer.sourceInterviewId(), answer.sourceExhibitId(), null, null));
    }

    public boolean hasPendingInput() {
        return editing.get() && items.stream().anyMatch(i -> i.answerProperty().get() != null);
    }

    public ObservableList<ScreeningDetails> history() {
        return history;
    }

    public ObjectProperty<ScreeningDetails> viewedProperty() {
        return viewed;
    }

    public ObservableList<SourceOption> sources() {
        return sources;
    }

    public BooleanProperty editingProperty() {
        return editing;
    }

    public ObjectProperty<Population> populationProperty() {
        return population;
    }

    public ObjectProperty<ExploitationForm> exploitationProperty() {
        return exploitation;
    }

    public ObjectProperty<LocalDate> assessedOnProperty() {
        return assessedOn;
    }

    public StringProperty noteProperty() {
        return note;
    }

    public ObservableList<ChecklistItem> items() {
        return items;
    }

    /** True when the ILO/EC operational indicators are loaded for the chosen population and form. */
    public BooleanProperty operationalAvailableProperty() {
        return operationalAvailable;
    }

    /** The live summary of the new screening's answers; null while no screening is being entered. */
    public ObjectProperty<ReasonableGrounds> groundsProperty() {
        return grounds;
    }

    public ObjectProperty<UserMessage> problemProperty() {
        return problem;
    }

    public ObjectProperty<UserMessage> errorProperty() {
        return error;
    }

    public BooleanBinding canSaveProperty() {
        return canSave;
    }

    public BooleanBinding busyProperty() {
        return busy.busyProperty();
    }
}
