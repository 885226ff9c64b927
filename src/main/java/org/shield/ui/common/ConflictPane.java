package org.shield.ui.common;

import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * Shown above an editor when its record changed elsewhere: the stored version and the user's edit
 * side by side for each field that differs, and the two ways out (load the stored version, or save
 * the edit over it). Hidden while there is no conflict.
 */
public final class ConflictPane extends VBox {
    private final GridPane grid = new GridPane();
    private final Messages m;

    public ConflictPane(Messages m, ObservableValue<?> conflict, ObservableList<Difference> differences,
            Runnable reloadStored, Runnable keepMine) {
        this.m = m;
        setId("conflictPane");
        getStyleClass().add("conflict-pane");
        Label title = new Label(m.get("ui.conflict.title"));
        title.getStyleClass().add("conflict-title");
        Paragraph explain = new Paragraph(m.get("ui.conflict.explain"));
        grid.getStyleClass().add("conflict-grid");
        grid.setHgap(16);
        grid.setVgap(4);
        ColumnConstraints field = new ColumnConstraints();
        field.setMinWidth(120);
        ColumnConstraints value = new ColumnConstraints();
        value.setHgrow(Priority.ALWAYS);
        value.setPercentWidth(40);
        grid.getColumnConstraints().setAll(field, value, value);
        Button reload = new Button(m.get("ui.conflict.reload"));
        reload.setId("conflictReload");
        reload.setOnAction(e -> reloadStored.run());
        Button keep = new Button(m.get("ui.conflict.keepMine"));
        keep.setId("conflictKeepMine");
        keep.setOnAction(e -> keepMine.run());
        HBox actions = new HBox(8, keep, reload);
        actions.setPadding(new Insets(4, 0, 0, 0));
        getChildren().setAll(title, explain, grid, actions);
        differences.addListener((ListChangeListener<Difference>) c -> fill(differences));
        fill(differences);
        Controls.showWhen(this, conflict.map(v -> v != null).orElse(false));
    }

    private void fill(ObservableList<Difference> differences) {
        grid.getChildren().clear();
        grid.addRow(0, header("ui.conflict.column.field"), header("ui.conflict.column.stored"),
                header("ui.conflict.column.mine"));
        int row = 1;
        for (Difference d : differences) {
            Paragraph stored = new Paragraph(Controls.format(d.stored(), m));
            Paragraph mine = new Paragraph(Controls.format(d.mine(), m));
            grid.addRow(row++, new Label(m.get(d.labelKey())), stored, mine);
        }
    }

    private Label header(String key) {
        Label l = new Label(m.get(key));
        l.getStyleClass().add("conflict-header");
        return l;
    }
}
