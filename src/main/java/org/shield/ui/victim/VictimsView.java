package org.shield.ui.victim;

import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.shield.application.victim.VictimBreakdown.By;
import org.shield.application.victim.VictimBreakdown.Group;
import org.shield.application.victim.VictimSummary;
import org.shield.domain.care.VictimStage;
import org.shield.ui.common.Controls;
import org.shield.ui.common.Messages;
import org.shield.ui.common.Paragraph;
import org.shield.ui.common.ViewLoader;

/**
 * The Victims page: the caseworker's own list (overdue work first) and, for a supervisor, four bar charts of
 * the unit's victims; choosing a bar lists the victims behind it in the table below.
 */
public final class VictimsView {
    @FXML private ProgressIndicator busy;
    @FXML private Paragraph error;
    @FXML private VBox tasksSlot;
    @FXML private GridPane charts;
    @FXML private BarChart<String, Number> stageChart;
    @FXML private BarChart<String, Number> nationalityChart;
    @FXML private BarChart<String, Number> exploitationChart;
    @FXML private BarChart<String, Number> shelterChart;
    @FXML private ComboBox<VictimStage> stageFilter;
    @FXML private Label pickLabel;
    @FXML private Button clearPick;
    @FXML private TableView<VictimSummary> victimsTable;
    @FXML private TableColumn<VictimSummary, String> colPseudonym;
    @FXML private TableColumn<VictimSummary, String> colCase;
    @FXML private TableColumn<VictimSummary, String> colStage;
    @FXML private TableColumn<VictimSummary, String> colReflection;
    @FXML private TableColumn<VictimSummary, String> colOverdue;
    @FXML private TableColumn<VictimSummary, String> colOpenTasks;
    @FXML private TableColumn<VictimSummary, String> colShelter;
    @FXML private TableColumn<VictimSummary, String> colNationality;
    @FXML private TableColumn<VictimSummary, String> colCaseworker;
    @FXML private Button openVictim;

    private final VictimsViewModel vm;
    private final Messages m;
    private final Parent root;
    private final Parent tasks;

    /**
     * @param tasks the caseworker's task list shown above the victims (null for none)
     */
    public VictimsView(VictimsViewModel vm, ViewLoader loader, Parent tasks) {
        this.vm = vm;
        this.m = loader.messages();
        this.tasks = tasks;
        this.root = loader.load(this);
    }

    @FXML
    private void initialize() {
        Controls.showWhen(busy, vm.busyProperty());
        Controls.showMessage(error, vm.errorProperty(), m);
        if (tasks != null) {
            tasksSlot.getChildren().add(tasks);
        }
        Controls.showWhen(tasksSlot, Bindings.createBooleanBinding(() -> tasks != null));
        Controls.showWhen(charts, Bindings.createBooleanBinding(vm::supervises));
        chart(stageChart, By.STAGE);
        chart(nationalityChart, By.NATIONALITY);
        chart(exploitationChart, By.EXPLOITATION);
        chart(shelterChart, By.SHELTER);

        Controls.filterList(stageFilter, VictimStage.values(), "ui.victims.stage.any", m);
        stageFilter.valueProperty().bindBidirectional(vm.stageProperty());
        var pick = vm.pickProperty();
        pickLabel.textProperty().bind(Bindings.createStringBinding(() -> pick.get() == null ? ""
                : m.get("ui.victims.pick", m.get(chartKey(pick.get().by())),
                        key(pick.get().by(), pick.get().key())), pick));
        Controls.showWhen(pickLabel, pick.isNotNull());
        Controls.showWhen(clearPick, pick.isNotNull());

        victimsTable.setItems(vm.victims());
        victimsTable.setPlaceholder(new Label(m.get("ui.victims.empty")));
        column(colPseudonym, VictimSummary::pseudonym);
        column(colCase, VictimSummary::caseNumber);
        column(colStage, v -> m.label(v.stage()));
        column(colReflection, v -> v.reflectionDaysLeft() == null ? ""
                : m.get("ui.victims.daysLeft", v.reflectionDaysLeft()));
        column(colOverdue, v -> v.overdueTasks() == 0 ? "" : Integer.toString(v.overdueTasks()));
        column(colOpenTasks, v -> Integer.toString(v.openTasks()));
        column(colShelter, v -> v.shelterName() == null ? "" : v.shelterName());
        column(colNationality, v -> v.nationality() == null ? "" : m.country(v.nationality()));
        column(colCaseworker, v -> v.caseworker() == null ? "" : v.caseworker());
        colOverdue.setCellFactory(c -> warningCell());
        colReflection.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                VictimSummary v = empty || getTableRow() == null ? null : getTableRow().getItem();
                getStyleClass().remove("victim-warning");
                if (v != null && v.reflectionReminder()) {
                    getStyleClass().add("victim-warning");
                }
            }
        });
        victimsTable.getSelectionModel().selectedItemProperty().addListener((o, was, now) ->
                vm.selectedProperty().set(now));
        Controls.openOnActivate(victimsTable, vm::open);
        openVictim.disableProperty().bind(vm.selectedProperty().isNull());
    }

    private TableCell<VictimSummary, String> warningCell() {
        return new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                getStyleClass().remove("victim-warning");
                if (!empty && item != null && !item.isEmpty()) {
                    getStyleClass().add("victim-warning");
                }
            }
        };
    }

    /** Fills a chart from its groups and lists the victims behind a bar when it is clicked. */
    private void chart(BarChart<String, Number> chart, By by) {
        chart.setAnimated(false);
        chart.setLegendVisible(false);
        chart.setTitle(m.get(chartKey(by)));
        Runnable fill = () -> {
            XYChart.Series<String, Number> series = new XYChart.Series<>();
            for (Group g : vm.groups(by)) {
                XYChart.Data<String, Number> d = new XYChart.Data<>(key(by, g.key()), g.count());
                d.nodeProperty().addListener((o, was, node) -> {
                    if (node != null) {
                        node.setOnMouseClicked(e -> vm.pick(by, g.key()));
                        // XYChart.Data binds the bar's accessible text to its own wording when the node is set;
                        // setting a bound property throws, so take the binding over with ours
                        node.accessibleTextProperty().unbind();
                        node.setAccessibleText(key(by, g.key()) + ": " + g.count());
                        Tooltip.install(node, new Tooltip(m.get("ui.victims.bar", key(by, g.key()), g.count())));
                        node.getStyleClass().add("victim-bar");
                    }
                });
                series.getData().add(d);
            }
            chart.getData().setAll(java.util.List.of(series));
        };
        vm.groups(by).addListener((ListChangeListener<Group>) c -> fill.run());
        fill.run();
    }

    private static String chartKey(By by) {
        return switch (by) {
            case STAGE -> "ui.victims.chart.stage";
            case NATIONALITY -> "ui.victims.chart.nationality";
            case EXPLOITATION -> "ui.victims.chart.exploitation";
            case SHELTER -> "ui.victims.chart.shelter";
        };
    }

    /** A bar's label: the stage or type in the user's language, the country's name, the shelter's name. */
    private String key(By by, Object key) {
        if (key == null) {
            return m.get(by == By.SHELTER ? "ui.victims.noShelter" : "ui.victims.notRecorded");
        }
        return switch (by) {
            case STAGE -> m.label((VictimStage) key);
            case EXPLOITATION -> m.label((Enum<?>) key);
            case NATIONALITY -> m.country((String) key);
            case SHELTER -> (String) key;
        };
    }

    private static void column(TableColumn<VictimSummary, String> col, Function<VictimSummary, String> value) {
        col.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
    }

    @FXML
    private void reload() {
        vm.load();
    }

    @FXML
    private void clearPick() {
        vm.clearPick();
    }

    @FXML
    private void open() {
        vm.openSelected();
    }

    public Parent root() {
        return root;
    }
}
