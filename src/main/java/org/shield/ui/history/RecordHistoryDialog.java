package org.shield.ui.history;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import org.shield.ui.common.FormDialog;
import org.shield.ui.common.Messages;
import org.shield.ui.common.Paragraph;

/** Shows a {@link RecordHistoryViewModel} as a table in a dialog whenever it has loaded a history. */
public final class RecordHistoryDialog {
    private RecordHistoryDialog() {
    }

    /** Opens the dialog (owned by {@code anchor}'s window) each time the view model shows a history. */
    public static void attach(RecordHistoryViewModel vm, Node anchor, Messages m) {
        FormDialog.whenAsked(vm.showingProperty(), () -> {
            FormDialog.show(anchor, m, "historyDialog", "ui.history.title", content(vm, m));
            vm.close();
        });
    }

    private static Node content(RecordHistoryViewModel vm, Messages m) {
        TableView<RecordHistoryViewModel.Row> table = new TableView<>(vm.rows());
        table.setId("historyTable");
        table.setPlaceholder(new Label(m.get("ui.history.empty")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPrefSize(760, 420);
        TableColumn<RecordHistoryViewModel.Row, String> at = new TableColumn<>(m.get("ui.history.column.at"));
        at.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(m.dateTime(c.getValue().at())));
        at.setPrefWidth(150);
        TableColumn<RecordHistoryViewModel.Row, String> actor = new TableColumn<>(m.get("ui.history.column.actor"));
        actor.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().actor()));
        actor.setPrefWidth(110);
        TableColumn<RecordHistoryViewModel.Row, String> action = new TableColumn<>(m.get("ui.history.column.action"));
        action.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(m.label(c.getValue().action())));
        action.setPrefWidth(110);
        TableColumn<RecordHistoryViewModel.Row, String> change = new TableColumn<>(m.get("ui.history.column.change"));
        change.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(change(c.getValue(), m)));
        table.getColumns().setAll(java.util.List.of(at, actor, action, change));
        VBox box = new VBox(8, new Label(m.format(vm.titleProperty().get())), table,
                new Paragraph(m.get("ui.history.hint")));
        box.getStyleClass().add("page");
        return box;
    }

    /** "field: old → new"; a field set for the first time shows only its new value. */
    static String change(RecordHistoryViewModel.Row r, Messages m) {
        if (!r.hasField()) {
            return "";
        }
        String none = m.get("ui.value.none");
        String oldValue = r.oldValue() == null ? none : r.oldValue();
        String newValue = r.newValue() == null ? none : r.newValue();
        return r.oldValue() == null ? m.get("ui.history.set", r.field(), newValue)
                : m.get("ui.history.changed", r.field(), oldValue, newValue);
    }
}
