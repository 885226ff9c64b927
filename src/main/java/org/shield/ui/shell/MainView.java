package org.shield.ui.shell;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ChangeListener;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import org.controlsfx.control.PopOver;
import org.controlsfx.control.StatusBar;
import org.controlsfx.control.TaskProgressView;
import org.shield.ui.common.Document;
import org.shield.ui.common.DocumentView;
import org.shield.ui.common.Messages;
import org.shield.ui.common.ViewLoader;

/**
 * The main window: toolbar with the global person search and Lock, section navigation on the left,
 * the section page and the open records as tabs in the middle, and a status bar with the signed-in
 * user and the running tasks. Only the sections the user may use are shown; Approvals shows how many
 * requests wait. Shortcuts: Ctrl+1..9 the first nine shown sections in order, Ctrl+F search, Ctrl+N new case,
 * Ctrl+S save, Ctrl+P print a report of the open record, Ctrl+W close tab, Ctrl+L lock.
 */
public final class MainView {
    @FXML private BorderPane mainScreen;
    @FXML private HBox searchSlot;
    @FXML private Button lock;
    @FXML private ToggleGroup navigation;
    @FXML private ToggleButton navCases;
    @FXML private ToggleButton navVictims;
    @FXML private ToggleButton navPersons;
    @FXML private ToggleButton navOrganisations;
    @FXML private ToggleButton navApprovals;
    @FXML private ToggleButton navUsers;
    @FXML private ToggleButton navAudit;
    @FXML private ToggleButton navEvidence;
    @FXML private ToggleButton navSync;
    @FXML private ToggleButton navSettings;
    @FXML private TabPane tabs;
    @FXML private Tab homeTab;
    @FXML private StatusBar statusBar;

    private final MainViewModel vm;
    private final Messages m;
    private final SectionPages pages;
    private final Function<Document, DocumentView> documentViews;
    private final ObservableList<Task<?>> running;
    private final Runnable onLock;
    private final Map<Document, Tab> openTabs = new HashMap<>();
    private final Map<Document, DocumentView> views = new HashMap<>();
    private final Parent root;
    private GlobalSearchBox search;
    private ListChangeListener<Task<?>> runningListener;
    private javafx.beans.binding.StringBinding syncDotStyle;
    private final ChangeListener<Section> sectionListener = (o, was, now) -> showSection(now);
    private final ChangeListener<Document> selectedListener = (o, was, now) -> select(now);
    private final ListChangeListener<Document> documentsListener = c -> {
        while (c.next()) {
            c.getRemoved().forEach(this::removeTab);
            c.getAddedSubList().forEach(this::addTab);
        }
    };

    public MainView(MainViewModel vm, ViewLoader loader, SectionPages pages,
            Function<Document, DocumentView> documentViews, ObservableList<Task<?>> running, Runnable onLock) {
        this.vm = vm;
        this.m = loader.messages();
        this.pages = pages;
        this.documentViews = documentViews;
        this.running = running;
        this.onLock = onLock;
        this.root = loader.load(this);
    }

    @FXML
    private void initialize() {
        search = new GlobalSearchBox(vm.globalSearch(), m);
        searchSlot.getChildren().add(search);
        navCases.setUserData(Section.CASES);
        navVictims.setUserData(Section.VICTIMS);
        navPersons.setUserData(Section.PERSONS);
        navOrganisations.setUserData(Section.ORGANISATIONS);
        navApprovals.setUserData(Section.APPROVALS);
        navUsers.setUserData(Section.USERS);
        navAudit.setUserData(Section.AUDIT);
        navEvidence.setUserData(Section.EVIDENCE);
        navSync.setUserData(Section.SYNC);
        navSettings.setUserData(Section.SETTINGS);
        for (ToggleButton b : new ToggleButton[] {navCases, navVictims, navPersons, navOrganisations, navApprovals, navUsers,
            navAudit, navEvidence, navSync, navSettings}) {
            boolean shown = vm.sections().contains((Section) b.getUserData());
            b.setVisible(shown);
            b.setManaged(shown);
        }
        navApprovals.textProperty().bind(Bindings.createStringBinding(() -> vm.pendingApprovalsProperty().get() > 0
                ? m.get("ui.nav.approvals.count", vm.pendingApprovalsProperty().get()) : m.get("ui.nav.approvals"),
                vm.pendingApprovalsProperty()));
        navigation.selectedToggleProperty().addListener((o, was, now) -> {
            if (now == null) {
                was.setSelected(true);
            } else {
                vm.show((Section) now.getUserData());
            }
        });
        vm.sectionProperty().addListener(sectionListener);
        showSection(vm.sectionProperty().get());

        vm.documents().forEach(this::addTab);
        vm.documents().addListener(documentsListener);
        vm.selectedProperty().addListener(selectedListener);
        select(vm.selectedProperty().get());
        tabs.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> vm.selectedProperty().set(
                now == null || now == homeTab ? null : documentOf(now)));

        statusBar.setText(m.get("ui.status.user", vm.user().userName(), vm.user().unitCode()));
        statusBar.getRightItems().addAll(syncStatus(), syncNowButton(), tasksButton());
        mainScreen.addEventFilter(KeyEvent.KEY_PRESSED, this::shortcut);
    }

    private void showSection(Section s) {
        homeTab.setText(m.get(switch (s) {
            case CASES -> "ui.nav.cases";
            case VICTIMS -> "ui.nav.victims";
            case PERSONS -> "ui.nav.persons";
            case ORGANISATIONS -> "ui.nav.organisations";
            case APPROVALS -> "ui.nav.approvals";
            case USERS -> "ui.nav.users";
            case AUDIT -> "ui.nav.audit";
            case EVIDENCE -> "ui.nav.evidence";
            case SYNC -> "ui.nav.sync";
            case SETTINGS -> "ui.nav.settings";
        }));
        homeTab.setContent(pages.page(s));
        tabs.getSelectionModel().select(homeTab);
        navigation.getToggles().stream().filter(t -> t.getUserData() == s).findFirst()
                .ifPresent(t -> t.setSelected(true));
    }

    private void addTab(Document d) {
        DocumentView view = documentViews.apply(d);
        Tab tab = new Tab();
        tab.setContent(view.root());
        tab.textProperty().bind(Bindings.createStringBinding(() -> (d.dirtyProperty().get() ? "• " : "")
                + m.format(d.titleProperty().get()), d.titleProperty(), d.dirtyProperty()));
        tab.setOnCloseRequest(e -> {
            e.consume();
            vm.close(d);
        });
        openTabs.put(d, tab);
        views.put(d, view);
        tabs.getTabs().add(tab);
    }

    private void removeTab(Document d) {
        Tab tab = openTabs.remove(d);
        views.remove(d);
        if (tab != null) {
            tabs.getTabs().remove(tab);
        }
    }

    private void select(Document d) {
        Tab tab = d == null ? homeTab : openTabs.get(d);
        if (tab != null) {
            tabs.getSelectionModel().select(tab);
        }
    }

    private Document documentOf(Tab tab) {
        return openTabs.entrySet().stream().filter(e -> e.getValue() == tab).map(Map.Entry::getKey).findFirst()
                .orElse(null);
    }

    /** The link with HQ, always in sight; a click opens the Sync page. */
    private Button syncStatus() {
        org.shield.ui.sync.SyncViewModel sync = vm.sync();
        Button status = new Button();
        status.setId("syncStatus");
        status.getStyleClass().add("sync-status");
        status.textProperty().bind(Bindings.createStringBinding(() -> org.shield.ui.sync.SyncTexts.summary(sync, m),
                sync.linkProperty(), sync.syncingProperty(), sync.progressProperty(), sync.lastSyncProperty(),
                sync.pendingProperty(), sync.conflictsProperty()));
        javafx.scene.shape.Circle dot = new javafx.scene.shape.Circle(5);
        dot.getStyleClass().add("sync-dot");
        // held by this view; the binding listens weakly, so a view rebuilt in another language leaves nothing behind
        syncDotStyle = Bindings.createStringBinding(() -> "sync-dot-" + (sync.syncingProperty().get() ? "syncing"
                : sync.linkProperty().get().name().toLowerCase(java.util.Locale.ROOT)), sync.linkProperty(),
                sync.syncingProperty());
        Runnable style = () -> {
            dot.getStyleClass().removeIf(c -> c.startsWith("sync-dot-"));
            dot.getStyleClass().add(syncDotStyle.get());
        };
        syncDotStyle.addListener((o, was, now) -> style.run());
        style.run();
        status.setGraphic(dot);
        javafx.scene.control.Tooltip tip = new javafx.scene.control.Tooltip();
        tip.textProperty().bind(Bindings.createStringBinding(() -> sync.problemProperty().get() == null
                ? m.get("ui.sync.status.tooltip") : m.format(sync.problemProperty().get()), sync.problemProperty()));
        status.setTooltip(tip);
        status.setOnAction(e -> vm.show(Section.SYNC));
        return status;
    }

    private Button syncNowButton() {
        org.shield.ui.sync.SyncViewModel sync = vm.sync();
        Button now = new Button(m.get("ui.sync.now.short"));
        now.setId("syncNow");
        now.disableProperty().bind(sync.syncingProperty().or(Bindings.createBooleanBinding(() -> sync.linkProperty()
                .get() == org.shield.ui.sync.SyncViewModel.Link.NotEnrolled, sync.linkProperty())));
        now.setOnAction(e -> sync.syncNow());
        return now;
    }

    private Button tasksButton() {
        TaskProgressView<Task<?>> progress = new TaskProgressView<>();
        progress.setPrefSize(420, 260);
        progress.getTasks().setAll(running);
        runningListener = c -> {
            while (c.next()) {
                c.getAddedSubList().forEach(t -> progress.getTasks().add(t));
            }
        };
        running.addListener(runningListener);
        PopOver popOver = new PopOver(progress);
        popOver.setArrowLocation(PopOver.ArrowLocation.BOTTOM_RIGHT);
        popOver.setTitle(m.get("ui.status.tasks.title"));
        popOver.setHeaderAlwaysVisible(true);
        Button button = new Button();
        button.setId("tasksButton");
        button.textProperty().bind(Bindings.createStringBinding(() -> running.isEmpty()
                ? m.get("ui.status.tasks.none") : m.get("ui.status.tasks.running", running.size()), running));
        ProgressBar bar = new ProgressBar(-1);
        bar.setPrefWidth(80);
        bar.visibleProperty().bind(Bindings.isNotEmpty(running));
        button.setGraphic(bar);
        button.setOnAction(e -> popOver.show(button));
        return button;
    }

    private void shortcut(KeyEvent e) {
        for (int i = 0; i < Math.min(9, vm.sections().size()); i++) { // Ctrl+1..9
            Section s = vm.sections().get(i);
            if (new KeyCodeCombination(KeyCode.getKeyCode(Integer.toString(i + 1)),
                    KeyCombination.SHORTCUT_DOWN).match(e)) {
                vm.show(s);
                e.consume();
                return;
            }
        }
        if (new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN).match(e)) {
            search.focus();
        } else if (new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN).match(e)) {
            vm.newCase();
        } else if (new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN).match(e)) {
            lock();
        } else if (new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN).match(e)) {
            Document d = vm.selectedProperty().get();
            if (d != null) {
                views.get(d).save();
            }
        } else if (new KeyCodeCombination(KeyCode.P, KeyCombination.SHORTCUT_DOWN).match(e)) {
            Document d = vm.selectedProperty().get();
            if (d != null) {
                views.get(d).printReport();
            }
        } else if (new KeyCodeCombination(KeyCode.W, KeyCombination.SHORTCUT_DOWN).match(e)) {
            Document d = vm.selectedProperty().get();
            if (d != null) {
                vm.close(d);
            }
        } else {
            return;
        }
        e.consume();
    }

    @FXML
    private void lock() {
        search.hidePopup();
        onLock.run();
    }

    public Parent root() {
        return root;
    }

    /** Detaches this view from the view model (the window is being rebuilt in another language). */
    public void dispose() {
        vm.sectionProperty().removeListener(sectionListener);
        vm.selectedProperty().removeListener(selectedListener);
        vm.documents().removeListener(documentsListener);
        running.removeListener(runningListener);
        search.hidePopup();
    }
}
