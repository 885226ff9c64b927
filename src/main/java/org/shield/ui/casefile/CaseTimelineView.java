package org.shield.ui.casefile;

import java.util.Locale;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import org.shield.application.casefile.EventDetails;
import org.shield.domain.casefile.TraffickingEventType;
import org.shield.ui.common.Controls;
import org.shield.ui.common.Messages;
import org.shield.ui.common.Paragraph;
import org.shield.ui.common.ViewLoader;

/** The Route/timeline tab: the steps of the victim's route in date order, and the form that adds one. */
public final class CaseTimelineView {
    @FXML private TableView<EventDetails> eventsTable;
    @FXML private TableColumn<EventDetails, String> colDate;
    @FXML private TableColumn<EventDetails, String> colType;
    @FXML private TableColumn<EventDetails, String> colPlace;
    @FXML private TableColumn<EventDetails, String> colCountry;
    @FXML private TableColumn<EventDetails, String> colCoordinates;
    @FXML private TableColumn<EventDetails, String> colDescription;
    @FXML private Label typeLabel;
    @FXML private ComboBox<TraffickingEventType> eventType;
    @FXML private DatePicker eventDate;
    @FXML private TextField eventPlace;
    @FXML private TextField eventCountry;
    @FXML private Paragraph countryProblem;
    @FXML private TextField eventLatitude;
    @FXML private TextField eventLongitude;
    @FXML private Paragraph coordinatesProblem;
    @FXML private TextArea eventDescription;
    @FXML private Paragraph error;
    @FXML private Button addEvent;
    @FXML private ProgressIndicator busy;

    private final CaseTimelineViewModel vm;
    private final Messages m;
    private final Parent root;

    public CaseTimelineView(CaseTimelineViewModel vm, ViewLoader loader) {
        this.vm = vm;
        this.m = loader.messages();
        this.root = loader.load(this);
    }

    @FXML
    private void initialize() {
        eventsTable.setItems(vm.events());
        eventsTable.setPlaceholder(new Label(m.get("ui.timeline.empty")));
        colDate.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(m.date(c.getValue().date())));
        colType.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(m.label(c.getValue().type())));
        colPlace.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().place()));
        colCountry.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(m.country(c.getValue().country())));
        colCoordinates.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().latitude() == null ? ""
                : String.format(Locale.ROOT, "%.4f, %.4f", c.getValue().latitude(), c.getValue().longitude())));
        colDescription.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().description()));

        Controls.codeList(eventType, TraffickingEventType.values(), m);
        eventType.valueProperty().bindBidirectional(vm.typeProperty());
        typeLabel.setLabelFor(eventType);
        Controls.dateField(eventDate, m);
        eventDate.valueProperty().bindBidirectional(vm.dateProperty());
        eventPlace.textProperty().bindBidirectional(vm.placeProperty());
        eventCountry.textProperty().bindBidirectional(vm.countryProperty());
        eventLatitude.textProperty().bindBidirectional(vm.latitudeProperty());
        eventLongitude.textProperty().bindBidirectional(vm.longitudeProperty());
        Controls.wrapUnlessThai(eventDescription);
        eventDescription.textProperty().bindBidirectional(vm.descriptionProperty());
        Controls.showMessage(countryProblem, vm.countryProblemProperty(), m);
        Controls.showMessage(coordinatesProblem, vm.coordinatesProblemProperty(), m);
        Controls.showMessage(error, vm.errorProperty(), m);
        Controls.showWhen(busy, vm.busyProperty());
        addEvent.disableProperty().bind(vm.canAddProperty().not());
    }

    @FXML
    private void add() {
        vm.add();
    }

    public Parent root() {
        return root;
    }
}
