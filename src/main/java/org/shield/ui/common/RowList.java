package org.shield.ui.common;

import java.util.function.BiFunction;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * An editable list of lines (aliases, documents, contacts): one line of controls per item, each with a
 * Remove button and its own problem message. Rebuilt when items are added or removed (not when an
 * item's fields change, so typing keeps the focus).
 *
 * @param <R> the line's view model
 */
public final class RowList<R> extends VBox {
    private final ObservableList<R> items;
    private final BiFunction<R, Paragraph, Node[]> lineFactory;
    private final Messages m;

    /**
     * @param lineFactory builds the controls of one line; it is given the line's problem label to bind
     */
    public RowList(ObservableList<R> items, Messages m, BiFunction<R, Paragraph, Node[]> lineFactory) {
        super(4);
        this.items = items;
        this.m = m;
        this.lineFactory = lineFactory;
        items.addListener((ListChangeListener<R>) c -> {
            boolean structural = false;
            while (c.next()) {
                structural |= c.wasAdded() || c.wasRemoved() || c.wasPermutated();
            }
            if (structural) {
                rebuild();
            }
        });
        rebuild();
    }

    private void rebuild() {
        getChildren().clear();
        for (R item : items) {
            Paragraph problem = new Paragraph();
            problem.getStyleClass().add("field-problem");
            HBox line = new HBox(6, lineFactory.apply(item, problem));
            line.getStyleClass().add("row-line");
            Button remove = new Button(m.get("ui.rows.remove"));
            remove.setOnAction(e -> items.remove(item));
            line.getChildren().add(remove);
            getChildren().add(new VBox(1, line, problem));
        }
    }

    /** Moves the keyboard focus to the first control of the last line (after "Add"). */
    public void focusLast() {
        if (!getChildren().isEmpty()) {
            Node last = getChildren().get(getChildren().size() - 1);
            Node first = ((HBox) ((VBox) last).getChildren().get(0)).getChildren().get(0);
            first.requestFocus();
        }
    }
}
