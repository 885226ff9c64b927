package org.shield.ui.evidence;

import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ObservableList;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.shield.application.evidence.IntegrityResult;
import org.shield.domain.evidence.HashCheck;
import org.shield.ui.common.Messages;

/**
 * Verification results as a table: case and exhibit number, the content check (a mismatch marked), the
 * custody chain's state, and the expected and found SHA-256. View-side only.
 */
final class IntegrityTable {
    private IntegrityTable() {
    }

    static TableView<IntegrityResult> of(ObservableList<IntegrityResult> results, Messages m, String id) {
        TableView<IntegrityResult> table = new TableView<>(results);
        table.setId(id);
        table.setPlaceholder(new Label(m.get("ui.evidence.results.empty")));
        table.getColumns().add(column(m, "ui.evidence.results.case", IntegrityResult::caseNumber, 120));
        table.getColumns().add(column(m, "ui.evidence.results.exhibit", IntegrityResult::exhibitNumber, 90));
        TableColumn<IntegrityResult, HashCheck> content = new TableColumn<>(m.get("ui.evidence.results.content"));
        content.setPrefWidth(130);
        content.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().content()));
        content.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(HashCheck value, boolean empty) {
                super.updateItem(value, empty);
                IntegrityResult r = empty ? null : getTableRow() == null ? null : getTableRow().getItem();
                boolean noContent = value == HashCheck.NotChecked && r != null && r.expectedSha256() == null;
                setText(empty || value == null ? null
                        : noContent ? m.get("ui.evidence.results.noContent") : m.label(value));
                getStyleClass().remove("integrity-mismatch");
                if (!empty && (value == HashCheck.Mismatch || value == HashCheck.Unreadable)) {
                    getStyleClass().add("integrity-mismatch");
                }
            }
        });
        table.getColumns().add(content);
        table.getColumns().add(column(m, "ui.evidence.results.custody", r -> r.custodyProblem() == null
                ? m.get("ui.evidence.results.custodyIntact") : m.get(r.custodyProblem()), 220));
        table.getColumns().add(column(m, "ui.evidence.results.expected", IntegrityResult::expectedSha256, 200));
        table.getColumns().add(column(m, "ui.evidence.results.found", r -> r.expectedSha256() == null ? ""
                : r.foundSha256() == null ? m.get("ui.evidence.results.notRead") : r.foundSha256(), 200));
        table.setPrefHeight(260);
        table.setMinHeight(150);
        return table;
    }

    /** The exhibits of a run that are not intact (failed, or not checked here), for the result dialog. */
    static List<IntegrityResult> failures(List<IntegrityResult> all) {
        return all.stream().filter(r -> !r.intact()).toList();
    }

    private static TableColumn<IntegrityResult, String> column(Messages m, String key,
            Function<IntegrityResult, String> value, double width) {
        TableColumn<IntegrityResult, String> c = new TableColumn<>(m.get(key));
        c.setPrefWidth(width);
        c.setCellValueFactory(v -> new ReadOnlyObjectWrapper<>(value.apply(v.getValue())));
        return c;
    }
}
