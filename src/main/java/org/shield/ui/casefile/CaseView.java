package org.shield.ui.casefile;

import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import org.shield.ui.common.Controls;
import org.shield.ui.common.DocumentView;
import org.shield.ui.common.Messages;
import org.shield.ui.common.Paragraph;
import org.shield.ui.common.ViewLoader;
import org.shield.ui.evidence.EvidenceView;

/** An open case: a header with the case number and sensitivity marking, and the four tabs. */
public final class CaseView implements DocumentView {
    @FXML private Label caseNumber;
    @FXML private Label sensitivityBanner;
    @FXML private ProgressIndicator loading;
    @FXML private Paragraph error;
    @FXML private Tab overviewTab;
    @FXML private Tab partiesTab;
    @FXML private Tab evidenceTab;
    @FXML private Tab timelineTab;
    @FXML private Tab notesTab;
    @FXML private TabPane caseTabs;

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
        overviewTab.setContent(new CaseOverviewView(vm, loader).root());
        partiesTab.setContent(new CasePartiesView(vm.parties(), loader).root());
        timelineTab.setContent(new CaseTimelineView(vm.timeline(), loader).root());
        notesTab.setContent(new CaseNotesView(vm.notes(), loader).root());
        evidenceTab.setContent(new EvidenceView(vm.evidence(), loader).root());
        for (Tab t : new Tab[] {partiesTab, timelineTab, notesTab}) {
            t.disableProperty().bind(vm.savedProperty().not());
        }
        // a user who may not read the investigation (a caseworker) gets no route and no notes at all
        Runnable tabs = () -> {
            boolean show = vm.investigationVisibleProperty().get();
            for (Tab t : new Tab[] {timelineTab, notesTab}) {
                if (!show) {
                    caseTabs.getTabs().remove(t);
                } else if (!caseTabs.getTabs().contains(t)) {
                    caseTabs.getTabs().add(t);
                }
            }
        };
        tabs.run();
        vm.investigationVisibleProperty().addListener((o, was, now) -> tabs.run());
        // exhibits only for a user who may see this case's evidence (so only once saved), after the parties
        Runnable evidence = () -> {
            caseTabs.getTabs().remove(evidenceTab);
            if (vm.evidence().visibleProperty().get()) {
                caseTabs.getTabs().add(caseTabs.getTabs().indexOf(partiesTab) + 1, evidenceTab);
            }
        };
        evidence.run();
        vm.evidence().visibleProperty().addListener((o, was, now) -> evidence.run());
    }

    @Override
    public void save() {
        vm.overview().save();
    }

    @Override
    public Parent root() {
        return root;
    }
}
