package org.shield.ui.casefile;

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

/** The Parties tab: who is in the case in which role, and the form that adds a person. */
public final class CasePartiesView {
    @FXML private TableView<PartySummary> partiesTable;
    @FXML private TableColumn<PartySummary, String> colName;
    @FXML private TableColumn<PartySummary, String> colRole;
    @FXML private TableColumn<PartySummary, String> colRoleInProcess;
    @FXML private TableColumn<PartySummary, String> colNote;
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
        colRole.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(m.label(c.getValue().role())));
        colRoleInProcess.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(m.label(c.getValue().roleInProcess())));
        colNote.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().note()));
        Controls.openOnActivate(partiesTable, vm::openPerson);

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
