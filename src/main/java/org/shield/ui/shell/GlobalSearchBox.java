package org.shield.ui.shell;

import org.shield.ui.common.Paragraph;
import javafx.animation.PauseTransition;
import javafx.collections.ListChangeListener;
import javafx.geometry.Bounds;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.VBox;
import javafx.stage.Popup;
import javafx.util.Duration;
import org.shield.application.party.PersonSummary;
import org.shield.ui.common.Controls;
import org.shield.ui.common.Messages;
import org.shield.ui.party.PersonCells;
import org.shield.ui.party.PersonSearchViewModel;

/**
 * The toolbar's person search: finds while typing (after a short pause) and lists the matches in a
 * drop-down; Down moves into the list, Enter or a double click opens the person, Escape closes.
 */
final class GlobalSearchBox extends VBox {
    private static final Duration PAUSE = Duration.millis(250);
    private final TextField field = new TextField();
    private final ListView<PersonSummary> results = new ListView<>();
    private final Paragraph status = new Paragraph();
    private final Popup popup = new Popup();
    private final PersonSearchViewModel vm;

    GlobalSearchBox(PersonSearchViewModel vm, Messages m) {
        this.vm = vm;
        field.setId("globalSearch");
        field.getStyleClass().add("global-search");
        field.setPromptText(m.get("ui.search.prompt"));
        field.textProperty().bindBidirectional(vm.textProperty());
        results.setId("globalSearchResults");
        org.shield.ui.party.RevealDialog.attach(vm.reveal(), field, m);
        results.setItems(vm.results());
        results.setPrefSize(520, 260);
        results.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(PersonSummary item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : PersonCells.describe(item, m));
            }
        });
        status.getStyleClass().add("hint");
        Controls.showMessage(status, vm.statusProperty(), m);
        VBox content = new VBox(4, status, results);
        content.setStyle("-fx-background-color: white; -fx-padding: 6; -fx-border-color: #c5ccd6;"
                + " -fx-effect: dropshadow(gaussian, #00000044, 12, 0.2, 0, 3);");
        content.getStylesheets().add(org.shield.ui.common.Theme.stylesheet());
        popup.getContent().add(content);
        popup.setAutoHide(true);
        getChildren().add(field);

        PauseTransition debounce = new PauseTransition(PAUSE);
        debounce.setOnFinished(e -> vm.search());
        field.textProperty().addListener((o, was, now) -> debounce.playFromStart());
        vm.statusProperty().addListener((o, was, now) -> {
            if (now != null && field.isFocused()) {
                showPopup();
            }
        });
        vm.results().addListener((ListChangeListener<PersonSummary>) c -> {
            if (!vm.results().isEmpty()) {
                results.getSelectionModel().selectFirst();
            }
            if (field.isFocused() && !field.getText().isBlank()) {
                showPopup();
            }
        });
        field.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DOWN && !vm.results().isEmpty()) {
                showPopup();
                results.requestFocus();
                e.consume();
            } else if (e.getCode() == KeyCode.ENTER) {
                debounce.stop();
                if (popup.isShowing() && vm.results().size() == 1) {
                    open(vm.results().get(0));
                } else {
                    vm.search();
                }
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                popup.hide();
            }
        });
        results.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                open(results.getSelectionModel().getSelectedItem());
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                popup.hide();
                field.requestFocus();
            }
        });
        results.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() >= 1) {
                open(results.getSelectionModel().getSelectedItem());
            }
        });
    }

    private void open(PersonSummary person) {
        if (person != null) {
            popup.hide();
            vm.open(person);
        }
    }

    private void showPopup() {
        if (popup.isShowing() || field.getScene() == null) {
            return;
        }
        Bounds b = field.localToScreen(field.getBoundsInLocal());
        if (b != null) {
            popup.show(field, b.getMinX(), b.getMaxY() + 2);
        }
    }

    /** Puts the cursor in the search box (Ctrl+F). */
    void focus() {
        field.requestFocus();
        field.selectAll();
    }

    /** Closes the drop-down (the window is being locked or rebuilt). */
    void hidePopup() {
        popup.hide();
    }
}
