package org.shield.ui.victim;

import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import org.shield.application.screening.MdtDecisionDetails;
import org.shield.application.victim.VictimOverview;
import org.shield.application.victim.VictimSummary;
import org.shield.ui.common.Controls;
import org.shield.ui.common.DocumentView;
import org.shield.ui.common.Messages;
import org.shield.ui.common.Paragraph;
import org.shield.ui.common.ViewLoader;

/**
 * An open victim care record: a header with the pseudonym, stage and any warning (reflection ending,
 * re-trafficked), the overview, and a tab per part of the caseworker's work.
 */
public final class VictimCareView implements DocumentView {
    @FXML private Label heading;
    @FXML private Label stageBadge;
    @FXML private Label warning;
    @FXML private ProgressIndicator loading;
    @FXML private Paragraph error;
    @FXML private Paragraph syncConflict;
    @FXML private TabPane victimTabs;
    @FXML private Button printVictimReport;
    @FXML private Tab overviewTab;
    @FXML private Label valueCase;
    @FXML private Label valueStage;
    @FXML private Label valueCaseworker;
    @FXML private Label valueNationality;
    @FXML private Label valueExploitation;
    @FXML private Label valueShelter;
    @FXML private Label valueReflection;
    @FXML private Label valueTasks;
    @FXML private Label valueDecision;
    @FXML private Label valueScreenings;

    private final VictimCareViewModel vm;
    private final ViewLoader loader;
    private final Messages m;
    private final Parent root;

    public VictimCareView(VictimCareViewModel vm, ViewLoader loader) {
        this.vm = vm;
        this.loader = loader;
        this.m = loader.messages();
        this.root = loader.load(this);
    }

    @FXML
    private void initialize() {
        var o = vm.overviewProperty();
        heading.textProperty().bind(Bindings.createStringBinding(() -> o.get() == null ? m.get("ui.victim.tab.new")
                : m.get("ui.victim.heading", o.get().summary().pseudonym()), o));
        stageBadge.textProperty().bind(Bindings.createStringBinding(() -> o.get() == null ? ""
                : m.label(o.get().summary().stage()), o));
        Controls.showWhen(stageBadge, o.isNotNull());
        warning.textProperty().bind(Bindings.createStringBinding(() -> warning(o.get()), o));
        Controls.showWhen(warning, Bindings.createBooleanBinding(() -> !warning(o.get()).isEmpty(), o));
        Controls.showWhen(loading, vm.busyProperty());
        Controls.showMessage(error, vm.errorProperty(), m);
        Controls.showMessage(syncConflict, vm.syncConflictProperty(), m);
        Controls.showWhen(printVictimReport, o.isNotNull().and(vm.reportOfferedProperty()));
        org.shield.ui.report.ReportDialog.attach(vm.report(), victimTabs, m);
        o.addListener((obs, was, now) -> fill(now));
        fill(o.get());
        tab("screeningTab", "ui.victim.tab.screening",
                new org.shield.ui.screening.ScreeningView(vm.screening(), loader).root());
        tab("mdtTab", "ui.victim.tab.mdt", new org.shield.ui.screening.MdtDecisionView(vm.decisions(), loader).root());
        tab("shelterTab", "ui.victim.tab.shelter",
                new org.shield.ui.shelter.ShelterStaysView(vm.stays(), loader).root());
        tab("consentTab", "ui.victim.tab.consent", new org.shield.ui.shelter.ConsentsView(vm.consents(), loader).root());
        tab("tasksTab", "ui.victim.tab.tasks", new org.shield.ui.shelter.VictimTasksView(vm.tasks(), loader).root());
        tab("assessmentsTab", "ui.victim.tab.assessments",
                new org.shield.ui.care.AssessmentsView(vm.assessments(), loader).root());
        tab("carePlanTab", "ui.victim.tab.carePlan", new org.shield.ui.care.CarePlanView(vm.plans(), loader).root());
        tab("careNotesTab", "ui.victim.tab.notes", new org.shield.ui.care.CareNotesView(vm.notes(), loader).root());
        tab("legalTab", "ui.victim.tab.legal", new org.shield.ui.repatriation.LegalSupportView(vm.legal(), loader).root());
        tab("returnTab", "ui.victim.tab.return", new org.shield.ui.repatriation.ReturnView(vm.ret(), loader).root());
        // what another tab saved may move the stage: the header follows when the user comes back to it; the MDT
        // tab offers the screenings (Screening tab) and the return needs the consent (Consent tab) as they are now
        victimTabs.getSelectionModel().selectedItemProperty().addListener((obs, was, now) -> {
            if (now == overviewTab) {
                vm.load();
            } else if (now != null && "mdtTab".equals(now.getId())) {
                vm.decisions().load();
            } else if (now != null && "returnTab".equals(now.getId())) {
                vm.ret().reloadConsent();
            }
        });
        if (o.get() == null) {
            vm.loadAll();
        }
    }

    private void tab(String id, String titleKey, Parent content) {
        Tab t = new Tab(m.get(titleKey), content);
        t.setId(id);
        victimTabs.getTabs().add(t);
    }

    private String warning(VictimOverview o) {
        if (o == null) {
            return "";
        }
        VictimSummary s = o.summary();
        if (s.reTrafficked()) {
            return m.get("ui.victim.warning.reTrafficked");
        }
        if (s.reflectionReminder()) {
            return m.get("ui.victim.warning.reflection", s.reflectionDaysLeft());
        }
        if (s.overdueTasks() > 0) {
            return m.get("ui.victim.warning.overdue", s.overdueTasks());
        }
        return "";
    }

    private void fill(VictimOverview o) {
        if (o == null) {
            return;
        }
        VictimSummary s = o.summary();
        valueCase.setText(s.caseNumber());
        valueStage.setText(m.label(s.stage()));
        valueCaseworker.setText(s.caseworker() == null ? m.get("ui.value.none") : s.caseworker());
        valueNationality.setText(s.nationality() == null ? m.get("ui.victims.notRecorded") : m.country(s.nationality()));
        valueExploitation.setText(s.exploitationTypes().isEmpty() ? m.get("ui.victims.notRecorded")
                : s.exploitationTypes().stream().sorted().map(m::label).collect(Collectors.joining(", ")));
        valueShelter.setText(s.shelterName() == null ? m.get("ui.victims.noShelter") : s.shelterName());
        valueReflection.setText(o.reflection() == null ? m.get("ui.victim.reflection.none")
                : o.reflection().over() ? m.get("ui.victim.reflection.over", m.date(o.reflection().lastDay()))
                : m.get("ui.victim.reflection.running", o.reflection().daysLeft(), m.date(o.reflection().lastDay())));
        valueTasks.setText(m.get("ui.victim.tasks.count", s.openTasks(), s.overdueTasks()));
        MdtDecisionDetails last = o.decisions().isEmpty() ? null : o.decisions().get(o.decisions().size() - 1);
        valueDecision.setText(last == null ? m.get("ui.victim.decision.none") : m.get("ui.victim.decision.value",
                m.label(last.status()), m.date(last.decidedOn()), m.label(last.state())));
        valueScreenings.setText(Integer.toString(o.screenings()));
    }

    @FXML
    private void openCase() {
        vm.openCase();
    }

    @FXML
    @Override
    public void printReport() {
        vm.printReport(m.locale());
    }

    @FXML
    private void reload() {
        vm.load();
    }

    /** The tab pane, for the panes each part of the work adds. */
    TabPane tabs() {
        return victimTabs;
    }

    ViewLoader loader() {
        return loader;
    }

    @Override
    public Parent root() {
        return root;
    }

    @Override
    public void save() {
        // each tab saves its own records as they are entered; nothing waits for Ctrl+S here
    }
}
