package org.shield.ui.party;

import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.property.StringProperty;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.shield.domain.party.ContactType;
import org.shield.domain.party.DocumentType;
import org.shield.domain.party.Gender;
import org.shield.domain.party.NameKind;
import org.shield.ui.common.ConflictPane;
import org.shield.ui.common.Controls;
import org.shield.ui.common.DocumentView;
import org.shield.ui.common.Messages;
import org.shield.ui.common.Paragraph;
import org.shield.ui.common.RowList;
import org.shield.ui.common.ViewLoader;
import org.shield.ui.history.RecordHistoryDialog;

/** The person editor, with inline messages on every field and line. */
public final class PersonEditorView implements DocumentView {
    @FXML private Label heading;
    @FXML private Label protectedBanner;
    @FXML private Button personHistory;
    @FXML private VBox conflictSlot;
    @FXML private VBox personForm;
    @FXML private Label nameNativeLabel;
    @FXML private TextField nameNative;
    @FXML private Label nameLatinLabel;
    @FXML private TextField nameLatin;
    @FXML private Paragraph syncConflict;
    @FXML private Paragraph nameProblem;
    @FXML private Label genderLabel;
    @FXML private ComboBox<Gender> gender;
    @FXML private DatePicker dateOfBirth;
    @FXML private Label ageLabel;
    @FXML private TextField estimatedAge;
    @FXML private Paragraph ageProblem;
    @FXML private Label citizenshipsLabel;
    @FXML private TextField citizenships;
    @FXML private Paragraph citizenshipsHint;
    @FXML private Paragraph citizenshipsProblem;
    @FXML private Label languagesLabel;
    @FXML private TextField languages;
    @FXML private Paragraph languagesHint;
    @FXML private Paragraph languagesProblem;
    @FXML private VBox aliasesSlot;
    @FXML private VBox documentsSlot;
    @FXML private VBox contactsSlot;
    @FXML private Paragraph error;
    @FXML private Paragraph notice;
    @FXML private Button savePerson;
    @FXML private ProgressIndicator busy;

    private final PersonEditorViewModel vm;
    private final Messages m;
    private final Parent root;
    private RowList<AliasRow> aliasRows;
    private RowList<DocumentRow> documentRows;
    private RowList<ContactRow> contactRows;

    public PersonEditorView(PersonEditorViewModel vm, ViewLoader loader) {
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
        nameNative.textProperty().bindBidirectional(vm.nameNativeProperty());
        nameLatin.textProperty().bindBidirectional(vm.nameLatinProperty());
        Controls.codeList(gender, Gender.values(), m);
        gender.valueProperty().bindBidirectional(vm.genderProperty());
        Controls.dateField(dateOfBirth, m);
        dateOfBirth.valueProperty().bindBidirectional(vm.dateOfBirthProperty());
        estimatedAge.textProperty().bindBidirectional(vm.estimatedAgeProperty());
        citizenships.textProperty().bindBidirectional(vm.citizenshipsProperty());
        languages.textProperty().bindBidirectional(vm.languagesProperty());
        codeHint(citizenshipsHint, vm.citizenshipsProperty(), true);
        codeHint(languagesHint, vm.languagesProperty(), false);
        nameNativeLabel.setLabelFor(nameNative);
        nameLatinLabel.setLabelFor(nameLatin);
        genderLabel.setLabelFor(gender);
        ageLabel.setLabelFor(estimatedAge);
        citizenshipsLabel.setLabelFor(citizenships);
        languagesLabel.setLabelFor(languages);
        Controls.showMessage(syncConflict, vm.syncConflictProperty(), m);
        Controls.showMessage(nameProblem, vm.nameProblemProperty(), m);
        Controls.showMessage(ageProblem, vm.ageProblemProperty(), m);
        Controls.showMessage(citizenshipsProblem, vm.citizenshipsProblemProperty(), m);
        Controls.showMessage(languagesProblem, vm.languagesProblemProperty(), m);

        aliasRows = new RowList<>(vm.aliases(), m, this::aliasLine);
        documentRows = new RowList<>(vm.documents(), m, this::documentLine);
        contactRows = new RowList<>(vm.contacts(), m, this::contactLine);
        aliasesSlot.getChildren().add(aliasRows);
        documentsSlot.getChildren().add(documentRows);
        contactsSlot.getChildren().add(contactRows);

        Controls.showMessage(error, vm.errorProperty(), m);
        Controls.showMessage(notice, vm.noticeProperty(), m);
        Controls.showWhen(busy, vm.busyProperty());
        var loaded = vm.loadedProperty();
        protectedBanner.textProperty().bind(Bindings.createStringBinding(() -> loaded.get() == null
                || loaded.get().pseudonym() == null ? "" : m.get("ui.person.protected.banner", loaded.get().pseudonym()),
                loaded));
        Controls.showWhen(protectedBanner, protectedBanner.textProperty().isNotEmpty());
        Controls.showWhen(personHistory, loaded.isNotNull());
        RecordHistoryDialog.attach(vm.history(), heading, m);
        // nothing typed during a save can be overwritten when the saved version comes back
        personForm.disableProperty().bind(vm.busyProperty());
        savePerson.disableProperty().bind(vm.canSaveProperty().not());
    }

    /** Shows the names of the codes typed so far ("TH · Thailand, MM · Myanmar"). */
    private void codeHint(Paragraph hint, StringProperty codes, boolean countries) {
        hint.textProperty().bind(Bindings.createStringBinding(() -> PersonEditorViewModel.codes(codes.get()).stream()
                .map(c -> countries ? m.country(c.toUpperCase(java.util.Locale.ROOT)) : m.language(c))
                .collect(Collectors.joining(", ")), codes));
    }

    private Node[] aliasLine(AliasRow row, Paragraph problem) {
        ComboBox<NameKind> kind = new ComboBox<>();
        Controls.codeList(kind, NameKind.values(), m);
        kind.valueProperty().bindBidirectional(row.kindProperty());
        TextField text = grow(new TextField());
        text.setPromptText(m.get("ui.person.alias.prompt"));
        text.textProperty().bindBidirectional(row.textProperty());
        Controls.showMessage(problem, row.problemProperty(), m);
        return new Node[] {kind, text};
    }

    private Node[] documentLine(DocumentRow row, Paragraph problem) {
        ComboBox<DocumentType> type = new ComboBox<>();
        Controls.codeList(type, DocumentType.values(), m);
        type.valueProperty().bindBidirectional(row.typeProperty());
        TextField number = grow(new TextField());
        number.setPromptText(m.get("ui.person.document.number"));
        number.textProperty().bindBidirectional(row.numberProperty());
        TextField country = new TextField();
        country.setPrefColumnCount(4);
        country.setPromptText(m.get("ui.person.document.country"));
        country.textProperty().bindBidirectional(row.countryProperty());
        DatePicker issued = new DatePicker();
        Controls.dateField(issued, m);
        issued.setPromptText(m.get("ui.person.document.issued"));
        issued.valueProperty().bindBidirectional(row.issuedOnProperty());
        DatePicker expires = new DatePicker();
        Controls.dateField(expires, m);
        expires.setPromptText(m.get("ui.person.document.expires"));
        expires.valueProperty().bindBidirectional(row.expiresOnProperty());
        Controls.showMessage(problem, row.problemProperty(), m);
        return new Node[] {type, number, country, issued, expires};
    }

    private Node[] contactLine(ContactRow row, Paragraph problem) {
        ComboBox<ContactType> type = new ComboBox<>();
        Controls.codeList(type, ContactType.values(), m);
        type.valueProperty().bindBidirectional(row.typeProperty());
        TextField value = grow(new TextField());
        value.setPromptText(m.get("ui.person.contact.prompt"));
        value.textProperty().bindBidirectional(row.valueProperty());
        Controls.showMessage(problem, row.problemProperty(), m);
        return new Node[] {type, value};
    }

    private static TextField grow(TextField field) {
        HBox.setHgrow(field, Priority.ALWAYS);
        return field;
    }

    @FXML
    private void addAlias() {
        vm.addAlias();
        aliasRows.focusLast();
    }

    @FXML
    private void addDocument() {
        vm.addDocument();
        documentRows.focusLast();
    }

    @FXML
    private void addContact() {
        vm.addContact();
        contactRows.focusLast();
    }

    @Override
    public void save() {
        vm.save();
    }

    @FXML
    private void showHistory() {
        vm.showHistory();
    }

    @Override
    public Parent root() {
        return root;
    }
}
