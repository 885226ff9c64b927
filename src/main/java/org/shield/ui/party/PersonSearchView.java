package org.shield.ui.party;

import javafx.animation.PauseTransition;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.util.Duration;
import org.shield.application.party.PersonSummary;
import org.shield.ui.common.Controls;
import org.shield.ui.common.Messages;
import org.shield.ui.common.Paragraph;
import org.shield.ui.common.ViewLoader;

/** The Persons page: search by any name, alias, document or phone; Enter or a double click opens. */
public final class PersonSearchView {
    @FXML private ProgressIndicator busy;
    @FXML private Button newPerson;
    @FXML private TextField personQuery;
    @FXML private Paragraph personSearchStatus;
    @FXML private ListView<PersonSummary> personResults;

    private final PersonSearchViewModel vm;
    private final Messages m;
    private final Parent root;

    public PersonSearchView(PersonSearchViewModel vm, ViewLoader loader) {
        this.vm = vm;
        this.m = loader.messages();
        this.root = loader.load(this);
    }

    @FXML
    private void initialize() {
        Controls.showWhen(busy, vm.busyProperty());
        newPerson.setVisible(vm.canCreate());
        newPerson.setManaged(vm.canCreate());
        RevealDialog.attach(vm.reveal(), personResults, m);
        personQuery.textProperty().bindBidirectional(vm.textProperty());
        PauseTransition typing = new PauseTransition(Duration.millis(250));
        typing.setOnFinished(e -> vm.search());
        personQuery.textProperty().addListener((o, a, b) -> typing.playFromStart());
        personQuery.setOnAction(e -> vm.search());
        Controls.showMessage(personSearchStatus, vm.statusProperty(), m);
        personResults.setItems(vm.results());
        personResults.setPlaceholder(new Label(m.get("ui.persons.empty")));
        personResults.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(PersonSummary p, boolean empty) {
                super.updateItem(p, empty);
                setText(empty || p == null ? null : PersonCells.describe(p, m));
            }
        });
        personResults.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                vm.open(personResults.getSelectionModel().getSelectedItem());
            }
        });
        personResults.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                vm.open(personResults.getSelectionModel().getSelectedItem());
            }
        });
    }

    @FXML
    private void newPerson() {
        vm.newPerson();
    }

    public Parent root() {
        return root;
    }
}
