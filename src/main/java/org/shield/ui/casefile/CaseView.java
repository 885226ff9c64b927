package org.shield.ui.casefile;

import javafx.beans.binding.Bindings;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import java.util.List;
import javafx.beans.value.ObservableBooleanValue;
import org.shield.ui.common.Controls;
import org.shield.ui.common.DocumentView;
import org.shield.ui.common.Messages;
import org.shield.ui.common.Paragraph;
import org.shield.ui.common.ViewLoader;
import org.shield.ui.evidence.EvidenceView;
import org.shield.ui.interview.InterviewsView;
import org.shield.ui.report.BatchReportDialog;
import org.shield.ui.report.ReportDialog;
import org.shield.ui.timeline.TimelineView;

/** An open case: a header with the case number and sensitivity marking, and its tabs. */
public final class CaseView implements DocumentView {
    @FXML private Label caseNumber;
    @FXML private Label sensitivityBanner;
    @FXML private Paragraph syncConflict;
    @FXML private ProgressIndicator loading;
    @FXML private Paragraph error;
    @FXML private Tab overviewTab;
    @FXML private Tab partiesTab;
    @FXML private Tab evidenceTab;
    @FXML private Tab routeTab;
    @FXML private Tab timelineTab;
    @FXML private Tab interviewsTab;
    @FXML private Tab notesTab;
    @FXML private TabPane caseTabs;
    @FXML private Button printReport;
    @FXML private Button printAllReports;

    private final CaseViewModel vm;
    private final ViewLoader loader;
    private final Messages m;
    private final Parent root;

    public CaseView(CaseViewModel vm, ViewLoader loader) {
        this.vm = vm;
        this.loader = loader;
        this.m = loader.messages();
        this.root = loader.load(this);
    }

    @FXML
    private void initialize() {
        var loaded = vm.overview().loadedProperty();
        caseNumber.textProperty().bind(Bindings.createStringBinding(() -> loaded.get() == null
                ? m.get("ui.case.tab.new") : m.get("ui.case.heading", loaded.get().caseNumber()), loaded));
        sensitivityBanner.textProperty().bind(Bindings.createStringBinding(() -> loaded.get() == null ? ""
                : m.label(loaded.get().sensitivity()), loaded));
        Controls.showWhen(sensitivityBanner, loaded.isNotNull());
        Controls.showWhen(loading, vm.loadingProperty());
        Controls.showMessage(error, vm.errorProperty(), m);
        Controls.showMessage(syncConflict, vm.syncConflictProperty(), m);
        overviewTab.setContent(new CaseOverviewView(vm, loader).root());
        partiesTab.setContent(new CasePartiesView(vm.parties(), loader).root());
        routeTab.setContent(new CaseTimelineView(vm.timeline(), loader).root());
        timelineTab.setContent(new TimelineView(vm.caseTimeline(), loader).root());
        interviewsTab.setContent(new InterviewsView(vm.interviews(), loader).root());
        notesTab.setContent(new CaseNotesView(vm.notes(), loader).root());
        evidenceTab.setContent(new EvidenceView(vm.evidence(), loader).root());
        for (Tab t : new Tab[] {partiesTab, routeTab, timelineTab, interviewsTab, notesTab}) {
            t.disableProperty().bind(vm.savedProperty().not());
        }
        CaseDialogs.attachGuard(vm.interviewGuard(), caseTabs, m);
        // a user who may not read the investigation (a caseworker) gets no route and no notes at all
        List<Tab> order = List.copyOf(caseTabs.getTabs());
        Runnable tabs = () -> {
            shown(order, routeTab, vm.investigationVisibleProperty());
            shown(order, notesTab, vm.investigationVisibleProperty());
            shown(order, timelineTab, vm.caseTimelineVisibleProperty());
            shown(order, interviewsTab, vm.interviewsVisibleProperty());
            // exhibits only for a user who may see this case's evidence (so only once saved)
            shown(order, evidenceTab, vm.evidence().visibleProperty());
        };
        tabs.run();
        vm.investigationVisibleProperty().addListener((o, was, now) -> tabs.run());
        vm.interviewsVisibleProperty().addListener((o, was, now) -> tabs.run());
        vm.evidence().visibleProperty().addListener((o, was, now) -> tabs.run());
        // the timeline and the interviews are read again each time their tab comes to the front
        timelineTab.setOnSelectionChanged(e -> {
            if (timelineTab.isSelected()) {
                vm.caseTimeline().load();
            }
        });
        interviewsTab.setOnSelectionChanged(e -> {
            if (interviewsTab.isSelected()) {
                vm.interviews().load();
            }
        });
        Controls.showWhen(printReport, vm.reportAvailableProperty());
        Controls.showWhen(printAllReports, vm.overview().loadedProperty().isNotNull().and(
                new SimpleBooleanProperty(vm.batch().offered())));
        ReportDialog.attach(vm.report(), caseTabs, m);
        BatchReportDialog.attach(vm.batch(), caseTabs, m);
        vm.requestedTabProperty().addListener((o, was, now) -> showRequested());
        showRequested();
    }

    /** Shows or hides a tab, keeping the tabs in their layout order. */
    private void shown(List<Tab> order, Tab tab, ObservableBooleanValue show) {
        var present = caseTabs.getTabs();
        if (!show.get()) {
            present.remove(tab);
        } else if (!present.contains(tab)) {
            int at = (int) order.subList(0, order.indexOf(tab)).stream().filter(present::contains).count();
            present.add(at, tab);
        }
    }

    private void showRequested() {
        CaseTab wanted = vm.requestedTabProperty().get();
        if (wanted != null) {
            vm.requestedTabProperty().set(null);
            caseTabs.getTabs().stream().filter(t -> wanted.tabId().equals(t.getId())).findFirst()
                    .ifPresent(t -> caseTabs.getSelectionModel().select(t));
        }
    }

    @FXML
    @Override
    public void printReport() {
        vm.printReport(m.locale());
    }

    @FXML
    private void printAllReports() {
        vm.printAllReports(m.locale());
    }

    @Override
    public void save() {
        if (caseTabs.getSelectionModel().getSelectedItem() == interviewsTab) {
            vm.interviews().save();
        } else {
            vm.overview().save();
        }
    }

    @Override
    public Parent root() {
        return root;
    }
}
