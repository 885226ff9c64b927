package org.shield.ui.evidence;

import java.io.File;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.util.StringConverter;
import org.shield.application.common.UserMessage;
import org.shield.application.evidence.ExhibitDetails;
import org.shield.domain.evidence.ExhibitType;
import org.shield.ui.common.Controls;
import org.shield.ui.common.FormDialog;
import org.shield.ui.common.Messages;
import org.shield.ui.common.Paragraph;

/**
 * The exhibit form over {@link AddExhibitViewModel}, for adding an exhibit or correcting its particulars
 * (then type, file and number are shown read-only): opens when the view model asks, hands the answer back.
 * The file of a digital exhibit is chosen with the system's file chooser and only its path goes to
 * the view model (the file is read by the service, on a worker thread).
 */
final class AddExhibitDialog {
    private final AddExhibitViewModel vm;
    private final Messages m;
    private final GridPane grid = new GridPane();
    private int row;

    private AddExhibitDialog(AddExhibitViewModel vm, Messages m) {
        this.vm = vm;
        this.m = m;
    }

    static void attach(AddExhibitViewModel vm, Node anchor, Messages m) {
        FormDialog.whenAsked(vm.askingProperty(), () -> {
            boolean correcting = vm.correctingProperty().get() != null;
            boolean confirmed = FormDialog.ask(anchor, m, "addExhibitDialog",
                    correcting ? "ui.evidence.correct.title" : "ui.evidence.add.title",
                    correcting ? "ui.evidence.correct.action" : "ui.evidence.add.action",
                    new AddExhibitDialog(vm, m).build(correcting), vm.canAddProperty());
            if (confirmed) {
                vm.confirm();
            } else {
                vm.cancel();
            }
        });
    }

    private Node build(boolean correcting) {
        ExhibitForm f = vm.form();
        grid.setHgap(10);
        grid.setVgap(4);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(170);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().setAll(labels, fields);

        ComboBox<ExhibitType> type = new ComboBox<>();
        type.setId("exhibitType");
        Controls.codeList(type, ExhibitType.values(), m);
        type.valueProperty().bindBidirectional(f.typeProperty());
        type.disableProperty().bind(f.lockedProperty());
        field("ui.evidence.add.type", type);
        // the path can be pasted as well as chosen (and a headless test can type it)
        TextField filePath = new TextField();
        filePath.setId("exhibitFilePath");
        filePath.setPromptText(m.get("ui.evidence.add.noFile"));
        Bindings.bindBidirectional(filePath.textProperty(), f.fileProperty(), new PathText());
        HBox.setHgrow(filePath, Priority.ALWAYS);
        Button choose = new Button(m.get("ui.evidence.add.chooseFile"));
        choose.setId("chooseExhibitFile");
        choose.setOnAction(e -> chooseFile(choose));
        filePath.editableProperty().bind(f.lockedProperty().not());
        choose.disableProperty().bind(f.lockedProperty());
        HBox fileBox = new HBox(8, filePath, choose);
        Controls.showWhen(fileBox, f.digitalProperty());
        Label fileLabel = field("ui.evidence.add.file", fileBox);
        Controls.showWhen(fileLabel, f.digitalProperty());
        TextArea description = new TextArea();
        description.setId("exhibitDescription");
        description.setPrefRowCount(2);
        Controls.wrapUnlessThai(description);
        description.textProperty().bindBidirectional(f.descriptionProperty());
        field("ui.evidence.add.description", description);
        problem(f.descriptionProblemProperty());
        TextField number = text("exhibitNumber", f.exhibitNumberProperty(), "ui.evidence.add.number");
        number.setPromptText(m.get("ui.evidence.add.numberPrompt"));
        number.editableProperty().bind(f.lockedProperty().not());
        problem(f.numberProblemProperty());

        heading("ui.evidence.add.source");
        text("exhibitDeviceMake", f.deviceMakeProperty(), "ui.evidence.add.deviceMake");
        text("exhibitDeviceModel", f.deviceModelProperty(), "ui.evidence.add.deviceModel");
        text("exhibitSerial", f.deviceSerialProperty(), "ui.evidence.add.serial");
        text("exhibitImei", f.imeiProperty(), "ui.evidence.add.imei");
        text("exhibitAccount", f.accountProperty(), "ui.evidence.add.account");
        text("exhibitUrl", f.urlProperty(), "ui.evidence.add.url");

        heading("ui.evidence.add.acquisition");
        text("exhibitObtainedHow", f.obtainedHowProperty(), "ui.evidence.add.obtainedHow");
        text("exhibitLegalAuthority", f.legalAuthorityProperty(), "ui.evidence.add.legalAuthority");
        text("exhibitCollectedBy", f.collectedByProperty(), "ui.evidence.add.collectedBy");
        text("exhibitCollectedByRole", f.collectedByRoleProperty(), "ui.evidence.add.collectedByRole");
        text("exhibitBadge", f.collectedByBadgeProperty(), "ui.evidence.add.badge");
        DatePicker date = new DatePicker();
        date.setId("exhibitCollectedDate");
        Controls.dateField(date, m);
        date.valueProperty().bindBidirectional(f.collectedDateProperty());
        TextField time = new TextField();
        time.setId("exhibitCollectedTime");
        time.setPromptText(m.get("ui.evidence.add.timePrompt"));
        time.setPrefColumnCount(5);
        time.textProperty().bindBidirectional(f.collectedTimeProperty());
        TextField zone = new TextField();
        zone.setId("exhibitTimeZone");
        zone.setPromptText(m.get("ui.evidence.add.zonePrompt"));
        zone.textProperty().bindBidirectional(f.timeZoneProperty());
        HBox.setHgrow(zone, Priority.ALWAYS);
        field("ui.evidence.add.collectedAt", new HBox(6, date, time, zone));
        problem(f.whenProblemProperty());
        problem(f.zoneProblemProperty());
        text("exhibitPlace", f.placeProperty(), "ui.evidence.add.place");
        text("exhibitTool", f.toolProperty(), "ui.evidence.add.tool");
        text("exhibitToolVersion", f.toolVersionProperty(), "ui.evidence.add.toolVersion");

        heading("ui.evidence.add.handling");
        VBox flags = new VBox(4, check("exhibitIdentifiesVictim", f.identifiesVictimProperty(),
                "ui.evidence.flag.identifiesVictim"), check("exhibitInvolvesMinor", f.involvesMinorProperty(),
                "ui.evidence.flag.involvesMinor"), check("exhibitSexualContent", f.sexualContentProperty(),
                "ui.evidence.flag.sexualContent"));
        field("ui.evidence.add.flags", flags);
        ComboBox<ExhibitDetails> parent = new ComboBox<>();
        parent.setId("exhibitParent");
        parent.getItems().add(null);
        parent.getItems().addAll(vm.parentChoices());
        parent.setCellFactory(l -> new ParentCell());
        parent.setButtonCell(new ParentCell());
        parent.valueProperty().bindBidirectional(f.parentProperty());
        parent.setMaxWidth(Double.MAX_VALUE);
        field("ui.evidence.add.parent", parent);
        text("exhibitCondition", f.conditionProperty(), "ui.evidence.add.condition");
        text("exhibitSeal", f.sealNumberProperty(), "ui.evidence.add.seal");
        text("exhibitStorage", f.storageLocationProperty(), "ui.evidence.add.storage");
        CheckBox extra = check("exhibitExtraHashes", f.extraHashesProperty(), "ui.evidence.add.extraHashes");
        Controls.showWhen(extra, f.digitalProperty().and(f.lockedProperty().not()));
        grid.add(extra, 1, row++);

        Paragraph error = new Paragraph();
        error.getStyleClass().add("form-error");
        error.setId("addExhibitError");
        Controls.showMessage(error, vm.errorProperty(), m);
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(480);
        VBox box = new VBox(8, new Paragraph(m.get(correcting ? "ui.evidence.correct.explain"
                : "ui.evidence.add.explain")), error, scroll);
        box.getStyleClass().add("page");
        box.setPrefWidth(640);
        return box;
    }

    private void chooseFile(Node owner) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(m.get("ui.evidence.add.chooseFile.title"));
        File chosen = chooser.showOpenDialog(owner.getScene().getWindow());
        if (chosen != null) {
            vm.form().fileProperty().set(chosen.toPath());
        }
    }

    private Label field(String key, Node field) {
        Label l = new Label(m.get(key));
        l.getStyleClass().add("form-label");
        l.setLabelFor(field);
        grid.addRow(row++, l, field);
        return l;
    }

    private TextField text(String id, StringProperty value, String key) {
        TextField f = new TextField();
        f.setId(id);
        f.textProperty().bindBidirectional(value);
        field(key, f);
        return f;
    }

    private CheckBox check(String id, BooleanProperty value, String key) {
        CheckBox c = new CheckBox(m.get(key));
        c.setId(id);
        c.selectedProperty().bindBidirectional(value);
        return c;
    }

    private void heading(String key) {
        Label l = new Label(m.get(key));
        l.getStyleClass().add("section-title");
        grid.add(l, 0, row++, 2, 1);
    }

    private void problem(ObservableValue<UserMessage> message) {
        Paragraph p = new Paragraph();
        p.getStyleClass().add("field-problem");
        Controls.showMessage(p, message, m);
        grid.add(p, 1, row++);
    }

    /** A typed path as a file; blank or not a path is no file. */
    private static final class PathText extends StringConverter<Path> {
        @Override
        public String toString(Path p) {
            return p == null ? "" : p.toString();
        }

        @Override
        public Path fromString(String text) {
            if (text == null || text.isBlank()) {
                return null;
            }
            try {
                return Path.of(text.strip());
            } catch (InvalidPathException e) {
                return null;
            }
        }
    }

    /** A parent choice by number and description; the empty choice means "none". */
    private final class ParentCell extends ListCell<ExhibitDetails> {
        @Override
        protected void updateItem(ExhibitDetails e, boolean empty) {
            super.updateItem(e, empty);
            setText(empty ? null : e == null ? m.get("ui.evidence.add.noParent")
                    : m.get("ui.evidence.add.parentChoice", e.exhibitNumber(), e.description()));
        }
    }
}
