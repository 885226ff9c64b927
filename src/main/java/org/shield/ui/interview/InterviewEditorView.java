package org.shield.ui.interview;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.VBox;
import org.shield.application.interview.AddendumDetails;
import org.shield.domain.interview.InterviewState;
import org.shield.ui.common.ConflictPane;
import org.shield.ui.common.Controls;
import org.shield.ui.common.Messages;
import org.shield.ui.common.Paragraph;
import org.shield.ui.common.ViewLoader;

/**
 * The interview editor: heading and state, the sign-off banner with the content hash once frozen, the form
 * (read-only when frozen), the addenda, and the actions the user may take on it.
 */
public final class InterviewEditorView {
    @FXML private Label heading;
    @FXML private Label stateLabel;
    @FXML private Paragraph signedBanner;
    @FXML private Paragraph countersignedBanner;
    @FXML private Paragraph signatureBrokenBanner;
    @FXML private Paragraph awaitingBanner;
    @FXML private Paragraph returnedBanner;
    @FXML private VBox conflictSlot;
    @FXML private VBox formSlot;
    @FXML private VBox addendaPane;
    @FXML private VBox addendaList;
    @FXML private Button addAddendum;
    @FXML private Paragraph error;
    @FXML private Paragraph saveError;
    @FXML private Paragraph notice;
    @FXML private Paragraph syncConflict;
    @FXML private Paragraph saveNotice;
    @FXML private Button saveInterview;
    @FXML private Button signOffInterview;
    @FXML private Button countersignInterview;
    @FXML private Button returnInterview;
    @FXML private Button reloadInterview;
    @FXML private ProgressIndicator busy;
    @FXML private Paragraph signOffHint;

    private final InterviewEditorViewModel vm;
    private final ViewLoader loader;
    private final Messages m;
    private final Parent root;

    public InterviewEditorView(InterviewEditorViewModel vm, ViewLoader loader) {
        this.vm = vm;
        this.loader = loader;
        this.m = loader.messages();
        this.root = loader.load(this);
    }

    @FXML
    private void initialize() {
        var d = vm.loadedProperty();
        heading.textProperty().bind(text(() -> d.get() == null ? ""
                : m.get("ui.interview.heading", m.label(d.get().kind()), d.get().personLabel(), d.get().caseNumber())));
        stateLabel.textProperty().bind(text(() -> d.get() == null ? "" : m.label(d.get().state())));
        banner(signedBanner, () -> d.get() != null && d.get().frozen() && d.get().signedOffBy() != null,
                () -> m.get("ui.interview.signedBanner", d.get().signedOffBy(), m.dateTime(d.get().signedOffAt()),
                        d.get().contentSha256()));
        signatureBrokenBanner.setText(m.get("interview.signatureBroken"));
        Controls.showWhen(signatureBrokenBanner, vm.signatureBrokenProperty());
        banner(countersignedBanner, () -> d.get() != null && d.get().countersignedBy() != null,
                () -> m.get("ui.interview.countersignedBanner", d.get().countersignedBy(),
                        m.dateTime(d.get().countersignedAt())));
        banner(awaitingBanner, () -> d.get() != null && d.get().state() == InterviewState.AwaitingCountersign,
                () -> m.get("ui.interview.awaitingBanner"));
        banner(returnedBanner, () -> d.get() != null && d.get().state() == InterviewState.Open
                && d.get().returnedReason() != null,
                () -> m.get("ui.interview.returnedBanner", d.get().returnedReason()));
        conflictSlot.getChildren().add(new ConflictPane(m, vm.conflictProperty(), vm.differences(),
                vm::reloadStored, vm::keepMine));
        formSlot.getChildren().add(new InterviewFormView(vm, loader).root());

        Controls.showWhen(addendaPane, vm.frozenProperty());
        vm.addenda().addListener((ListChangeListener<AddendumDetails>) c -> fillAddenda());
        fillAddenda();
        Controls.showWhen(addAddendum, vm.canAddAddendumProperty().or(vm.busyProperty().and(vm.frozenProperty())));
        addAddendum.disableProperty().bind(vm.canAddAddendumProperty().not());
        InterviewDialogs.attachPrompt(vm.addendumPrompt(), addAddendum, m, "addendumDialog",
                "ui.interview.addendum.title", "ui.interview.addendum.explain", "ui.interview.addendum.text",
                "ui.interview.addendum.action");
        InterviewDialogs.attachPrompt(vm.returnPrompt(), returnInterview, m, "returnDialog",
                "ui.interview.return.title", "ui.interview.return.explain", "ui.interview.return.reason",
                "ui.interview.return.action");

        Controls.showMessage(error, vm.errorProperty(), m);
        Controls.showMessage(saveError, vm.saveErrorProperty(), m);
        Controls.showMessage(notice, vm.noticeProperty(), m);
        Controls.showMessage(syncConflict, vm.syncConflictProperty(), m);
        Controls.showMessage(saveNotice, vm.saveNoticeProperty(), m);
        Controls.showWhen(busy, vm.busyProperty());
        Controls.showWhen(saveInterview, vm.editableProperty());
        Controls.showWhen(signOffInterview, vm.editableProperty());
        Controls.showWhen(signOffHint, vm.editableProperty().and(vm.dirtyProperty()));
        saveInterview.disableProperty().bind(vm.canSaveProperty().not());
        signOffInterview.disableProperty().bind(vm.canSignOffProperty().not());
        BooleanBinding awaiting = Bindings.createBooleanBinding(() -> d.get() != null
                && d.get().state() == InterviewState.AwaitingCountersign, d);
        Controls.showWhen(countersignInterview, vm.canCountersignProperty().or(awaiting.and(vm.busyProperty())));
        Controls.showWhen(returnInterview, countersignInterview.visibleProperty());
        countersignInterview.disableProperty().bind(vm.canCountersignProperty().not());
        returnInterview.disableProperty().bind(vm.canCountersignProperty().not());
        reloadInterview.disableProperty().bind(vm.busyProperty());
    }

    private StringBinding text(java.util.concurrent.Callable<String> value) {
        return Bindings.createStringBinding(value, vm.loadedProperty());
    }

    private void banner(Paragraph p, java.util.function.BooleanSupplier shown,
            java.util.function.Supplier<String> value) {
        p.textProperty().bind(text(() -> shown.getAsBoolean() ? value.get() : ""));
        Controls.showWhen(p, Bindings.createBooleanBinding(shown::getAsBoolean, vm.loadedProperty()));
    }

    private void fillAddenda() {
        addendaList.getChildren().clear();
        if (vm.addenda().isEmpty()) {
            addendaList.getChildren().add(new Paragraph(m.get("ui.interview.addenda.none")));
        }
        int n = 0;
        for (AddendumDetails a : vm.addenda()) {
            Label meta = new Label(m.get("ui.interview.addenda.meta", a.author(), m.dateTime(a.at())));
            meta.getStyleClass().add("note-meta");
            Paragraph body = new Paragraph(a.body());
            VBox card = new VBox(2, meta, body);
            card.getStyleClass().add("note-card");
            card.setId("addendum" + n++);
            addendaList.getChildren().add(card);
        }
    }

    @FXML
    private void save() {
        vm.save();
    }

    @FXML
    private void signOff() {
        vm.signOff();
    }

    @FXML
    private void countersign() {
        vm.countersign();
    }

    @FXML
    private void giveBack() {
        vm.startReturn();
    }

    @FXML
    private void addAddendum() {
        vm.startAddendum();
    }

    @FXML
    private void reload() {
        vm.reload();
    }

    public Parent root() {
        return root;
    }

}
