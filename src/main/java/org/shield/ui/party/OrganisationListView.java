package org.shield.ui.party;

import javafx.animation.PauseTransition;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.util.Duration;
import org.shield.application.party.OrganisationDetails;
import org.shield.ui.common.Controls;
import org.shield.ui.common.Messages;
import org.shield.ui.common.Paragraph;
import org.shield.ui.common.ViewLoader;

/** The Organisations page: filter by name, open with Enter or a double click. */
public final class OrganisationListView {
    @FXML private ProgressIndicator busy;
    @FXML private Button newOrganisation;
    @FXML private TextField organisationQuery;
    @FXML private Paragraph error;
    @FXML private TableView<OrganisationDetails> organisationTable;
    @FXML private TableColumn<OrganisationDetails, String> colName;
    @FXML private TableColumn<OrganisationDetails, String> colType;
    @FXML private TableColumn<OrganisationDetails, String> colPlace;
    @FXML private TableColumn<OrganisationDetails, String> colCountry;

    private final OrganisationListViewModel vm;
    private final Messages m;
    private final Parent root;

    public OrganisationListView(OrganisationListViewModel vm, ViewLoader loader) {
        this.vm = vm;
        this.m = loader.messages();
        this.root = loader.load(this);
    }

    @FXML
    private void initialize() {
        Controls.showWhen(busy, vm.busyProperty());
        Controls.showMessage(error, vm.errorProperty(), m);
        organisationQuery.textProperty().bindBidirectional(vm.textProperty());
        PauseTransition typing = new PauseTransition(Duration.millis(300));
        typing.setOnFinished(e -> vm.search());
        organisationQuery.textProperty().addListener((o, a, b) -> typing.playFromStart());
        organisationTable.setItems(vm.results());
        organisationTable.setPlaceholder(new Label(m.get("ui.organisations.empty")));
        colName.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().name()));
        colType.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(m.label(c.getValue().type())));
        colPlace.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().place()));
        colCountry.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(m.country(c.getValue().country())));
        Controls.openOnActivate(organisationTable, vm::open);
    }

    @FXML
    private void newOrganisation() {
        vm.newOrganisation();
    }

    public Parent root() {
        return root;
    }
}
