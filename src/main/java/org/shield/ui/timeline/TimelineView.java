package org.shield.ui.timeline;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.FlowPane;
import org.shield.application.timeline.TimelineItem;
import org.shield.application.timeline.TimelineKind;
import org.shield.ui.common.Controls;
import org.shield.ui.common.Messages;
import org.shield.ui.common.Paragraph;
import org.shield.ui.common.ViewLoader;

/** The Timeline tab: everything recorded on a case in time order, a check box per kind, open with Enter. */
public final class TimelineView {
    @FXML private ProgressIndicator busy;
    @FXML private FlowPane kindFilters;
    @FXML private Paragraph error;
    @FXML private TableView<TimelineItem> timelineTable;
    @FXML private TableColumn<TimelineItem, String> colWhen;
    @FXML private TableColumn<TimelineItem, String> colKind;
    @FXML private TableColumn<TimelineItem, String> colWhat;
    @FXML private TableColumn<TimelineItem, String> colLabel;
    @FXML private TableColumn<TimelineItem, String> colActor;

    private final TimelineViewModel vm;
    private final Messages m;
    private final Parent root;

    public TimelineView(TimelineViewModel vm, ViewLoader loader) {
        this.vm = vm;
        this.m = loader.messages();
        this.root = loader.load(this);
    }

    @FXML
    private void initialize() {
        Controls.showWhen(busy, vm.busyProperty());
        Controls.showMessage(error, vm.errorProperty(), m);
        for (TimelineKind k : TimelineKind.values()) {
            CheckBox box = new CheckBox(m.label(k));
            box.setId("timelineShow" + k.name());
            box.selectedProperty().bindBidirectional(vm.showing(k));
            kindFilters.getChildren().add(box);
        }
        timelineTable.setItems(vm.items());
        timelineTable.setPlaceholder(new Label(m.get("ui.caseTimeline.empty")));
        column(colWhen, this::when);
        column(colKind, i -> m.label(i.kind()));
        column(colWhat, this::what);
        column(colLabel, i -> i.label() == null ? "" : i.label());
        column(colActor, i -> i.actor() == null ? "" : i.actor());
        Controls.openOnActivate(timelineTable, vm::open);
    }

    private String when(TimelineItem i) {
        if (i.at() == null) {
            return m.get("ui.caseTimeline.undated");
        }
        return i.dateOnly() ? m.date(LocalDate.ofInstant(i.at(), ZoneId.systemDefault())) : m.dateTime(i.at());
    }

    private String what(TimelineItem i) {
        String key = TimelineViewModel.whatKey(i);
        if (key == null || !m.has(key)) {
            return i.code() == null ? "" : i.code();
        }
        // code-list labels are plain text; ui keys go through the message format
        return key.startsWith("enum.") ? m.bundle().getString(key) : m.get(key);
    }

    private static void column(TableColumn<TimelineItem, String> col, Function<TimelineItem, String> value) {
        col.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
    }

    public Parent root() {
        return root;
    }
}
