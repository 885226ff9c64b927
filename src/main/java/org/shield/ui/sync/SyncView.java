package org.shield.ui.sync;

import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.shield.application.common.UserMessage;
import org.shield.application.sync.ConflictView;
import org.shield.application.sync.SyncLogEntry;
import org.shield.ui.common.Controls;
import org.shield.ui.common.Messages;
import org.shield.ui.common.Paragraph;
import org.shield.ui.common.ViewLoader;

/**
 * The Sync page: the link with HQ (address, online or not, last sync, changes waiting, conflicts), Sync now and
 * Cancel, progress while a sync runs, enrolment for a vault not enrolled yet, the conflicts screen (every competing
 * value side by side; keep one or write the merged value) and the sync log.
 */
public final class SyncView {
    @FXML private Button syncNow;
    @FXML private Button cancelSync;
    @FXML private Label linkText;
    @FXML private Label hqText;
    @FXML private Label lastSyncText;
    @FXML private Label pendingText;
    @FXML private Label conflictsText;
    @FXML private HBox progressRow;
    @FXML private ProgressBar progressBar;
    @FXML private Label progressText;
    @FXML private Paragraph problem;
    @FXML private VBox enrolForm;
    @FXML private Paragraph enrolHint;
    @FXML private TextField enrolAddress;
    @FXML private TextField enrolCode;
    @FXML private TextField enrolFingerprint;
    @FXML private Button enrol;
    @FXML private ProgressIndicator enrolBusy;
    @FXML private TabPane parts;
    @FXML private Tab conflictsTab;
    @FXML private Button reloadConflicts;
    @FXML private ProgressIndicator conflictsBusy;
    @FXML private TableView<ConflictView> conflictTable;
    @FXML private TableColumn<ConflictView, String> colRecord;
    @FXML private TableColumn<ConflictView, String> colField;
    @FXML private TableColumn<ConflictView, String> colOpened;
    @FXML private VBox conflictDetail;
    @FXML private Paragraph conflictsError;
    @FXML private Paragraph conflictsNotice;
    @FXML private Label conflictHeading;
    @FXML private Paragraph conflictCurrent;
    @FXML private HBox competing;
    @FXML private TextArea merged;
    @FXML private VBox mergeBox;
    @FXML private javafx.scene.control.ScrollPane conflictScroll;
    @FXML private Button keepMerged;
    @FXML private TableView<SyncLogEntry> logTable;
    @FXML private TableColumn<SyncLogEntry, String> colAt;
    @FXML private TableColumn<SyncLogEntry, String> colOutcome;
    @FXML private TableColumn<SyncLogEntry, String> colPushed;
    @FXML private TableColumn<SyncLogEntry, String> colPulled;
    @FXML private TableColumn<SyncLogEntry, String> colConflicts;
    @FXML private TableColumn<SyncLogEntry, String> colDetail;
    @FXML private javafx.scene.control.Tab heldTab;
    @FXML private TableView<org.shield.application.sync.Replica.Held> heldTable;
    @FXML private TableColumn<org.shield.application.sync.Replica.Held, String> colHeldRecord;
    @FXML private TableColumn<org.shield.application.sync.Replica.Held, String> colHeldReason;
    @FXML private Paragraph heldDetail;

    private final SyncViewModel vm;
    private final ConflictsViewModel conflicts;
    private final Messages m;
    private final Parent root;
    /** Held by this view; bindings listen weakly, so a page rebuilt in another language leaves nothing behind. */
    private javafx.beans.binding.StringBinding linkStyle;
    private javafx.beans.binding.BooleanBinding cameOnline;

    private final javafx.beans.value.ChangeListener<ConflictView> selectedShown = (o, was, now) -> showConflict(now);
    private final ListChangeListener<ConflictView> rowsShown = c -> showConflict(vm().conflicts().selectedProperty()
            .get());

    public SyncView(SyncViewModel vm, ViewLoader loader) {
        this.vm = vm;
        this.conflicts = vm.conflicts();
        this.m = loader.messages();
        this.root = loader.load(this);
    }

    @FXML
    private void initialize() {
        var notEnrolled = Bindings.createBooleanBinding(() -> vm.linkProperty().get() == SyncViewModel.Link.NotEnrolled,
                vm.linkProperty());
        syncNow.disableProperty().bind(vm.syncingProperty().or(notEnrolled));
        Controls.showWhen(cancelSync, vm.syncingProperty());
        linkText.textProperty().bind(Bindings.createStringBinding(() -> SyncTexts.link(vm, m), vm.linkProperty(),
                vm.syncingProperty()));
        linkText.getStyleClass().add("sync-link");
        linkStyle = Bindings.createStringBinding(() -> "sync-link-" + (vm.syncingProperty().get() ? "syncing"
                : vm.linkProperty().get().name().toLowerCase(java.util.Locale.ROOT)), vm.linkProperty(),
                vm.syncingProperty());
        linkStyle.addListener((o, was, now) -> applyLinkStyle());
        applyLinkStyle();
        hqText.textProperty().bind(Bindings.createStringBinding(() -> vm.hqAddressProperty().get().isEmpty()
                ? m.get("ui.value.none") : vm.hqAddressProperty().get(), vm.hqAddressProperty()));
        lastSyncText.textProperty().bind(Bindings.createStringBinding(() -> SyncTexts.lastSync(vm, m),
                vm.lastSyncProperty()));
        pendingText.textProperty().bind(Bindings.createStringBinding(() -> m.get("ui.sync.pending.count",
                vm.pendingProperty().get()), vm.pendingProperty()));
        conflictsText.textProperty().bind(Bindings.createStringBinding(() -> m.get("ui.sync.conflicts.count",
                vm.conflictsProperty().get()), vm.conflictsProperty()));
        Controls.showWhen(progressRow, vm.syncingProperty());
        progressText.textProperty().bind(Bindings.createStringBinding(() -> vm.progressProperty().get() == null ? ""
                : SyncTexts.progress(vm.progressProperty().get(), m), vm.progressProperty()));
        Controls.showMessage(problem, vm.problemProperty(), m);

        Controls.showWhen(enrolForm, notEnrolled);
        Controls.showWhen(parts, notEnrolled.not());
        enrolHint.setText(m.get("ui.sync.enrol.hint"));
        enrolAddress.textProperty().bindBidirectional(vm.enrolAddressProperty());
        enrolCode.textProperty().bindBidirectional(vm.enrolCodeProperty());
        enrolFingerprint.textProperty().bindBidirectional(vm.enrolFingerprintProperty());
        enrol.disableProperty().bind(vm.enrollingProperty());
        Controls.showWhen(enrolBusy, vm.enrollingProperty());

        bindConflicts();
        bindLog();
        bindHeld();
    }

    private void applyLinkStyle() {
        linkText.getStyleClass().removeIf(s -> s.startsWith("sync-link-"));
        linkText.getStyleClass().add(linkStyle.get());
    }

    private void bindConflicts() {
        Controls.showWhen(conflictsBusy, conflicts.busyProperty());
        reloadConflicts.disableProperty().bind(conflicts.busyProperty());
        Controls.showMessage(conflictsError, conflicts.errorProperty(), m);
        Controls.showMessage(conflictsNotice, conflicts.noticeProperty(), m);
        conflictTable.setItems(conflicts.rows());
        conflictTable.setPlaceholder(new Label(m.get("ui.sync.conflicts.empty")));
        column(colRecord, c -> conflicts.label(c) != null ? conflicts.label(c) : recordLabel(c, m));
        column(colField, c -> SyncTexts.field(c.table(), c.column(), m));
        column(colOpened, c -> m.dateTime(c.openedAt()));
        conflictTable.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null) {
                conflicts.selectedProperty().set(now);
            }
        });
        conflicts.selectedProperty().addListener(new javafx.beans.value.WeakChangeListener<>(selectedShown));
        conflicts.rows().addListener(new javafx.collections.WeakListChangeListener<>(rowsShown));
        merged.textProperty().bindBidirectional(conflicts.mergedProperty());
        Controls.wrapUnlessThai(merged);
        keepMerged.disableProperty().bind(conflicts.canResolveProperty().not());
        conflictsTab.setOnSelectionChanged(e -> {
            if (conflictsTab.isSelected() && conflicts.rows().isEmpty() && !conflicts.busyProperty().get()) {
                conflicts.load();
            }
        });
        cameOnline = Bindings.createBooleanBinding(() -> vm.linkProperty().get() == SyncViewModel.Link.Online,
                vm.linkProperty());
        cameOnline.addListener((o, was, now) -> {
            if (now && conflictsTab.isSelected() && conflicts.rows().isEmpty() && !conflicts.busyProperty().get()) {
                conflicts.load();
            }
        });
        showConflict(conflicts.selectedProperty().get());
    }

    /** What the record is, for people: its kind, and the start of its id. */
    static String recordLabel(ConflictView c, Messages m) {
        return recordLabel(c.table(), c.rowKey(), m);
    }

    /** Selects the first record a person can settle (a number used twice), else the first. */
    private void selectFirstHeld() {
        int settle = 0;
        for (int i = 0; i < vm.held().size(); i++) {
            if ("duplicate".equals(vm.held().get(i).reason())) {
                settle = i;
                break;
            }
        }
        heldTable.getSelectionModel().select(settle);
    }

    /** A held record by its number if it has one ("Exhibit SEAL-42"), else by its kind and the start of its id. */
    private String heldLabel(org.shield.application.sync.Replica.Held h) {
        return h.number() != null ? SyncTexts.table(h.table(), m) + " " + h.number()
                : recordLabel(h.table(), h.rowKey(), m);
    }

    private static String recordLabel(String table, String rowKey, Messages m) {
        String kind = SyncTexts.table(table, m);
        String key = rowKey == null ? "" : rowKey.replaceAll("[^0-9a-fA-F-]", "");
        return key.length() >= 8 ? kind + " " + key.substring(0, 8) : kind;
    }

    private void showConflict(ConflictView c) {
        competing.getChildren().clear();
        boolean shown = c != null;
        for (javafx.scene.Node n : new javafx.scene.Node[] {conflictHeading, competing, mergeBox}) {
            n.setVisible(shown);
            n.setManaged(shown);
        }
        conflictScroll.setVvalue(0);
        if (!shown) {
            conflictHeading.setText("");
            conflictCurrent.setText(m.get(conflicts.rows().isEmpty() ? "ui.sync.conflicts.empty"
                    : "ui.sync.conflicts.none"));
            return;
        }
        if (conflictTable.getSelectionModel().getSelectedItem() != c) {
            conflictTable.getSelectionModel().select(c);
        }
        conflictHeading.setText(m.get("ui.sync.conflicts.heading", conflicts.label(c) != null ? conflicts.label(c)
                : recordLabel(c, m), SyncTexts.field(c.table(), c.column(), m)));
        conflictCurrent.setText(m.get("ui.sync.conflicts.current", ConflictsViewModel.shown(c.current())));
        for (ConflictView.Competing v : c.values()) {
            VBox card = new VBox(4);
            card.getStyleClass().addAll("note-card", "conflict-value");
            HBox.setHgrow(card, Priority.ALWAYS);
            card.setMaxWidth(Double.MAX_VALUE);
            Label who = new Label(m.get("ui.sync.conflicts.savedBy", v.userName(), m.dateTime(v.at())));
            who.getStyleClass().add("note-meta");
            // the end of the id: device ids begin with the time they were issued, so their starts look alike
            Label device = new Label(m.get("ui.sync.conflicts.device", v.deviceId().toString().substring(24)));
            device.setTooltip(new javafx.scene.control.Tooltip(v.deviceId().toString()));
            device.getStyleClass().add("note-meta");
            Paragraph value = new Paragraph(ConflictsViewModel.shown(v.value()));
            Button keep = new Button(m.get("ui.sync.conflicts.keep"));
            keep.disableProperty().bind(conflicts.canResolveProperty().not());
            keep.setOnAction(e -> conflicts.keep(v));
            card.getChildren().addAll(who, device, value, keep);
            competing.getChildren().add(card);
        }
    }

    private void bindLog() {
        logTable.setItems(vm.log());
        logTable.setPlaceholder(new Label(m.get("ui.sync.log.empty")));
        logColumn(colAt, e -> m.dateTime(e.at()));
        logColumn(colOutcome, e -> SyncTexts.outcome(e.outcome(), m));
        logColumn(colPushed, e -> Long.toString(e.pushed()));
        logColumn(colPulled, e -> Long.toString(e.pulled()));
        logColumn(colConflicts, e -> Integer.toString(e.conflicts()));
        logColumn(colDetail, this::detail);
    }

    /** Records from HQ kept back here: what each is and why, in words; the tab shows how many. */
    private void bindHeld() {
        heldTable.setItems(vm.held());
        heldTable.setPlaceholder(new Label(m.get("ui.sync.held.empty")));
        colHeldRecord.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(heldLabel(c.getValue())));
        colHeldReason.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(SyncTexts.heldReason(c.getValue(), m)));
        // the reason can say how to settle the record: the selected one's in full below the table (a Paragraph, which
        // breaks Thai between words, ADR 0102); the first is selected when the list fills
        heldTable.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> heldDetail.setText(
                now == null ? "" : heldLabel(now) + ": " + SyncTexts.heldReason(now, m)));
        vm.held().addListener((javafx.collections.ListChangeListener<Object>) ch -> {
            if (heldTable.getSelectionModel().getSelectedItem() == null && !vm.held().isEmpty()) {
                selectFirstHeld();
            } else if (vm.held().isEmpty()) {
                heldDetail.setText("");
            }
        });
        if (!vm.held().isEmpty()) {
            selectFirstHeld();
        }
        Runnable title = () -> heldTab.setText(vm.held().isEmpty() ? m.get("ui.sync.held.tab")
                : m.get("ui.sync.held.tabCount", vm.held().size()));
        vm.held().addListener((javafx.collections.ListChangeListener<Object>) ch -> title.run());
        title.run();
    }

    private String detail(SyncLogEntry e) {
        SyncLogEntry.UserMessageParts d = e.message();
        if (d == null) {
            return "";
        }
        return m.has(d.key()) ? m.format(new UserMessage(d.key(), (Object[]) d.args())) : d.key();
    }

    private static void column(TableColumn<ConflictView, String> col, Function<ConflictView, String> value) {
        col.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
    }

    private static void logColumn(TableColumn<SyncLogEntry, String> col, Function<SyncLogEntry, String> value) {
        col.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
    }

    @FXML
    private void syncNow() {
        vm.syncNow();
    }

    @FXML
    private void cancel() {
        vm.cancel();
    }

    @FXML
    private void enrol() {
        vm.enrol();
    }

    @FXML
    private void reloadConflicts() {
        conflicts.load();
    }

    @FXML
    private void keepMerged() {
        conflicts.keepMerged();
    }

    private SyncViewModel vm() {
        return vm;
    }

    public Parent root() {
        return root;
    }
}
