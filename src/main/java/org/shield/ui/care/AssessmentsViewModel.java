package org.shield.ui.care;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.shield.application.care.AssessmentDetails;
import org.shield.application.care.RecordAssessmentCommand;
import org.shield.application.common.UserMessage;
import org.shield.domain.care.AssessmentKind;
import org.shield.domain.care.AssessmentScope;
import org.shield.domain.care.RiskLevel;
import org.shield.domain.common.Text;
import org.shield.ui.common.Busy;
import org.shield.ui.common.ScreenContext;

/**
 * A victim's needs and risk assessments in a case: the whole history, newest first, and a form to record a
 * new one. Assessments are never edited: a new judgement is a new record and the earlier ones stay, each
 * shown with the level the previous assessment of the same kind and scope gave.
 */
public final class AssessmentsViewModel {
    private static final int FINDINGS_MAX = 20_000;

    private final ObservableList<AssessmentDetails> assessments = FXCollections.observableArrayList();
    private final ObjectProperty<AssessmentKind> kind = new SimpleObjectProperty<>(AssessmentKind.Needs);
    private final ObjectProperty<AssessmentScope> scope = new SimpleObjectProperty<>(AssessmentScope.Individual);
    private final ObjectProperty<LocalDate> assessedOn = new SimpleObjectProperty<>();
    private final ObjectProperty<RiskLevel> level = new SimpleObjectProperty<>();
    private final StringProperty findings = new SimpleStringProperty("");
    private final ObjectProperty<UserMessage> error = new SimpleObjectProperty<>();
    private final BooleanBinding canRecord;

    private final ScreenContext ctx;
    private final UUID caseId;
    private final UUID personId;
    private final Busy busy;

    public AssessmentsViewModel(ScreenContext ctx, UUID caseId, UUID personId) {
        this.ctx = ctx;
        this.caseId = caseId;
        this.personId = personId;
        this.busy = new Busy(ctx.tasks());
        assessedOn.set(LocalDate.now(ctx.clock()));
        canRecord = Bindings.createBooleanBinding(() -> {
            String t = Text.trimToNull(findings.get());
            return kind.get() != null && scope.get() != null && level.get() != null && assessedOn.get() != null
                    && !assessedOn.get().isAfter(LocalDate.now(ctx.clock())) && t != null && t.length() <= FINDINGS_MAX;
        }, kind, scope, level, assessedOn, findings).and(busy.busyProperty().not());
    }

    /** Reads the history in the background. */
    public void load() {
        error.set(null);
        busy.run("ui.task.loadAssessments", c -> ctx.session().workspace().carePlans().assessments(caseId, personId),
                assessments::setAll, failure -> error.set(ctx.errors().explain(failure)));
    }

    /** Records a new assessment from the form; the form is cleared once it is stored. */
    public void record() {
        if (!canRecord.get()) {
            return;
        }
        error.set(null);
        RecordAssessmentCommand cmd = new RecordAssessmentCommand(caseId, personId, kind.get(), scope.get(),
                assessedOn.get(), level.get(), findings.get().strip());
        busy.run("ui.task.recordAssessment", c -> {
            var service = ctx.session().workspace().carePlans();
            service.assess(cmd);
            return service.assessments(caseId, personId);
        }, list -> {
            assessments.setAll(list);
            findings.set("");
            level.set(null);
            assessedOn.set(LocalDate.now(ctx.clock()));
        }, failure -> error.set(ctx.errors().explain(failure)));
    }

    /** The assessment of the same kind and scope recorded before {@code a}, if any (the list is newest first). */
    public AssessmentDetails previous(AssessmentDetails a) {
        int i = assessments.indexOf(a);
        if (i < 0) {
            return null;
        }
        for (int j = i + 1; j < assessments.size(); j++) {
            AssessmentDetails b = assessments.get(j);
            if (b.kind() == a.kind() && Objects.equals(b.scope(), a.scope())) {
                return b;
            }
        }
        return null;
    }

    public boolean hasPendingInput() {
        return !findings.get().isBlank();
    }

    public ObservableList<AssessmentDetails> assessments() {
        return assessments;
    }

    public ObjectProperty<AssessmentKind> kindProperty() {
        return kind;
    }

    public ObjectProperty<AssessmentScope> scopeProperty() {
        return scope;
    }

    public ObjectProperty<LocalDate> assessedOnProperty() {
        return assessedOn;
    }

    public ObjectProperty<RiskLevel> levelProperty() {
        return level;
    }

    public StringProperty findingsProperty() {
        return findings;
    }

    public ObjectProperty<UserMessage> errorProperty() {
        return error;
    }

    public BooleanBinding canRecordProperty() {
        return canRecord;
    }

    public BooleanBinding busyProperty() {
        return busy.busyProperty();
    }
}
