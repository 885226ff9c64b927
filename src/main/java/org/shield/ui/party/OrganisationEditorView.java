package org.shield.ui.party;

import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import org.shield.domain.party.OrganisationType;
import org.shield.ui.common.ConflictPane;
import org.shield.ui.common.Controls;
import org.shield.ui.common.DocumentView;
import org.shield.ui.common.Messages;
import org.shield.ui.common.Paragraph;
import org.shield.ui.common.ViewLoader;

/** The organisation editor. */
public final class OrganisationEditorView implements DocumentView {
    @FXML private Label heading;
    @FXML private VBox conflictSlot;
    @FXML private VBox organisationForm;
    @FXML private Label nameLabel;
    @FXML private TextField organisationName;
    @FXML private Paragraph nameProblem;
    @FXML private Label typeLabel;
    @FXML private ComboBox<OrganisationType> organisationType;
    @FXML private Paragraph typeProblem;
    @FXML private Label placeLabel;
    @FXML private TextField organisationPlace;
    @FXML private Paragraph placeProblem;
    @FXML private Label countryLabel;
    @FXML private TextField organisationCountry;
    @FXML private Paragraph countryHint;
    @FXML private Paragraph countryProblem;
    @FXML private Paragraph error;
    @FXML private Paragraph notice;
    @FXML private Paragraph syncConflict;
    @FXML private Button saveOrganisation;
    @FXML private ProgressIndicator busy;

    private final OrganisationEditorViewModel vm;
    private final Messages m;
    private final Parent root;

    public OrganisationEditorView(OrganisationEditorViewModel vm, ViewLoader loader) {
        this.vm = vm;
        this.m = loader.messages();
        this.root = loader.load(this);
    }

    @FXML
    private void initialize() {
        heading.textProperty().bind(Bindings.createStringBinding(() -> m.format(vm.titleProperty().get()),
                vm.titleProperty()));
        conflictSlot.getChildren().add(new ConflictPane(m, vm.conflictProperty(), vm.differences(),
                vm::reloadStored, vm::keepMine));
        organisationName.textProperty().bindBidirectional(vm.nameProperty());
        Controls.codeList(organisationType, OrganisationType.values(), m);
        organisationType.valueProperty().bindBidirectional(vm.typeProperty());
        organisationPlace.textProperty().bindBidirectional(vm.placeProperty());
        organisationCountry.textProperty().bindBidirectional(vm.countryProperty());
        countryHint.textProperty().bind(Bindings.createStringBinding(() -> vm.countryProblemProperty().get() != null
                ? "" : m.country(vm.countryProperty().get().strip().toUpperCase(Locale.ROOT)),
                vm.countryProperty(), vm.countryProblemProperty()));
        nameLabel.setLabelFor(organisationName);
        typeLabel.setLabelFor(organisationType);
        placeLabel.setLabelFor(organisationPlace);
        countryLabel.setLabelFor(organisationCountry);
        Controls.showMessage(nameProblem, vm.nameProblemProperty(), m);
        Controls.showMessage(typeProblem, vm.typeProblemProperty(), m);
        Controls.showMessage(placeProblem, vm.placeProblemProperty(), m);
        Controls.showMessage(countryProblem, vm.countryProblemProperty(), m);
        Controls.showMessage(error, vm.errorProperty(), m);
        Controls.showMessage(notice, vm.noticeProperty(), m);
        Controls.showMessage(syncConflict, vm.syncConflictProperty(), m);
        Controls.showWhen(busy, vm.busyProperty());
        // nothing typed during a save can be overwritten when the saved version comes back
        organisationForm.disableProperty().bind(vm.busyProperty());
        saveOrganisation.disableProperty().bind(vm.canSaveProperty().not());
    }

    @Override
    public void save() {
        vm.save();
    }

    @Override
    public Parent root() {
        return root;
    }
}
