package org.shield.ui.casefile;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import org.shield.application.casefile.PartySummary;
import org.shield.application.party.PersonSummary;
import org.shield.domain.casefile.PartyRole;
import org.shield.domain.casefile.RoleInProcess;
import org.shield.ui.common.Controls;
import org.shield.ui.common.Messages;
import org.shield.ui.common.Paragraph;
import org.shield.ui.common.ViewLoader;
import org.shield.ui.party.PersonCells;
import org.shield.ui.party.RevealDialog;

/** The Parties tab: who is in the case in which role, and the form that adds a person. */
public final class CasePartiesView {
    @FXML private TableView<PartySummary> partiesTable;
    @FXML private TableColumn<PartySummary, String> colName;
    @FXML private TableColumn<PartySummary, String> colRole;
    @FXML private TableColumn<PartySummary, String> colRoleInProcess;
    @FXML private TableColumn<PartySummary, String> colNote;
    @FXML private TableColumn<PartySummary, String> colReferredTo;
    @FXML private Button revealIdentity;
    @FXML private Button referParty;
    @FXML private Button openCare;
    @FXML private VBox addPartyPane;
    @FXML private RadioButton partyExistingPerson;
    @FXML private RadioButton partyNewPerson;
    @FXML private VBox existingBox;
    @FXML private TextField partySearch;
    @FXML private Button partySearchButton;
    @FXML private ListView<PersonSummary> partySearchResults;
    @FXML private VBox newBox;
    @FXML private TextField partyNameNative;
    @FXML private TextField partyNameLatin;
    @FXML private TextField partyAlias;
    @FXML private Paragraph personProblem;
    @FXML private Label roleLabel;
    @FXML private ComboBox<PartyRole> partyRole;
    @FXML private VBox roleInProcessBox;
    @FXML private ComboBox<RoleInProcess> partyRoleInProcess;
    @FXML private TextField partyNote;
    @FXML private Paragraph error;
    @FXML private Paragraph notice;
    @FXML private Button addParty;
    @FXML private ProgressIndicator busy;

    private final CasePartiesViewModel vm;
    private final Messages m;
    private final Parent root;

    public CasePartiesView(CasePartiesViewModel vm, ViewLoader loader) {
        this.vm = vm;
        this.m = loader.messages();
        this.root = loader.load(this);
    }

    @FXML
    private void initialize() {
        partiesTable.setItems(vm.parties());
        partiesTable.setPlaceholder(new Label(m.get("ui.parties.empty")));
        colName.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().personName()));
        colName.setCellFactory(col -> new NameCell(m));
        colReferredTo.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().referredTo()));
        colRole.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(m.label(c.getValue().role())));
        colRoleInProcess.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(m.label(c.getValue().roleInProcess())));
        colNote.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().note()));
        Controls.openOnActivate(partiesTable, vm::openPerson);
        var selected = partiesTable.getSelectionModel().selectedItemProperty();
        BooleanBinding protectedSelected = Bindings.createBooleanBinding(
                () -> selected.get() != null && selected.get().protectedIdentity(), selected);
        revealIdentity.disableProperty().bind(protectedSelected.not().or(vm.reveal().busyProperty()));
        referParty.disableProperty().bind(protectedSelected.not());
        Controls.showWhen(referParty, vm.canReferProperty());
        openCare.disableProperty().bind(Bindings.createBooleanBinding(() -> selected.get() == null
                || selected.get().role() != org.shield.domain.casefile.PartyRole.Victim
                && selected.get().role() != org.shield.domain.casefile.PartyRole.PossibleVictim, selected));
        Controls.showWhen(openCare, Bindings.createBooleanBinding(vm::caresForVictims));
        Controls.showWhen(addPartyPane, vm.canAddPartiesProperty());
        RevealDialog.attach(vm.reveal(), partiesTable, m);
        CaseDialogs.attachReferral(vm.referral(), partiesTable, m);
        CaseDialogs.attachGuard(vm.guard(), partiesTable, m);

        partyNewPerson.selectedProperty().bindBidirectional(vm.creatingPersonProperty());
        partyExistingPerson.setSelected(!vm.creatingPersonProperty().get());
        Controls.showWhen(existingBox, partyExistingPerson.selectedProperty());
        Controls.showWhen(newBox, partyNewPerson.selectedProperty());

        partySearch.textProperty().bindBidirectional(vm.searchTextProperty());
        partySearch.setOnAction(e -> vm.search());
        partySearchResults.setItems(vm.searchResults());
        partySearchResults.setPlaceholder(new Paragraph(m.get("ui.parties.add.searchFirst")));
        partySearchResults.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(PersonSummary p, boolean empty) {
                super.updateItem(p, empty);
                setText(empty || p == null ? null : PersonCells.describe(p, m));
            }
        });
        partySearchResults.getSelectionModel().selectedItemProperty()
                .addListener((o, was, now) -> vm.selectedPersonProperty().set(now));
        vm.selectedPersonProperty().addListener((o, was, now) -> {
            if (now == null) {
                partySearchResults.getSelectionModel().clearSelection();
            } else if (partySearchResults.getSelectionModel().getSelectedItem() != now) {
                partySearchResults.getSelectionModel().select(now);
            }
        });

        partyNameNative.textProperty().bindBidirectional(vm.nameNativeProperty());
        partyNameLatin.textProperty().bindBidirectional(vm.nameLatinProperty());
        partyAlias.textProperty().bindBidirectional(vm.aliasProperty());
        Controls.showMessage(personProblem, vm.personProblemProperty(), m);
        for (TextField f : new TextField[] {partyNameNative, partyNameLatin, partyAlias, partyNote}) {
            f.setOnAction(e -> vm.add());
        }

        Controls.codeList(partyRole, PartyRole.values(), m);
        partyRole.valueProperty().bindBidirectional(vm.roleProperty());
        roleLabel.setLabelFor(partyRole);
        Controls.codeList(partyRoleInProcess, RoleInProcess.values(), m);
        partyRoleInProcess.valueProperty().bindBidirectional(vm.roleInProcessProperty());
        Controls.showWhen(roleInProcessBox, vm.suspectProperty());
        partyNote.textProperty().bindBidirectional(vm.noteProperty());

        Controls.showMessage(error, vm.errorProperty(), m);
        Controls.showMessage(notice, vm.noticeProperty(), m);
        Controls.showWhen(busy, vm.busyProperty());
        addParty.disableProperty().bind(vm.canAddProperty().not());
    }

    @FXML
    private void reveal() {
        vm.revealIdentity(partiesTable.getSelectionModel().getSelectedItem());
    }

    @FXML
    private void openCare() {
        vm.openCare(partiesTable.getSelectionModel().getSelectedItem());
    }

    @FXML
    private void refer() {
        vm.refer(partiesTable.getSelectionModel().getSelectedItem());
    }

    /** A party's name; a protected victim or witness by pseudonym, with the protected marker. */
    private static final class NameCell extends TableCell<PartySummary, String> {
        private final Messages m;

        NameCell(Messages m) {
            this.m = m;
        }

        @Override
        protected void updateItem(String name, boolean empty) {
            super.updateItem(name, empty);
            PartySummary p = empty ? null : getTableRow() == null ? null : getTableRow().getItem();
            setText(empty ? null : name);
            if (p != null && p.protectedIdentity()) {
                Label marker = new Label(m.get("ui.parties.protected"));
                marker.getStyleClass().add("protected-marker");
                marker.setId("protectedMarker");
                setGraphic(marker);
                setContentDisplay(javafx.scene.control.ContentDisplay.RIGHT);
                setGraphicTextGap(8);
            } else {
                setGraphic(null);
            }
        }
    }

    @FXML
    private void search() {
        vm.search();
    }

    @FXML
    private void add() {
        vm.add();
    }

    public Parent root() {
        return root;
    }
}
