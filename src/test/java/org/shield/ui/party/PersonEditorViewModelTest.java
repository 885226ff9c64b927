package org.shield.ui.party;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shield.application.common.UserMessage;
import org.shield.application.party.PersonDetails;
import org.shield.application.party.SavePersonCommand;
import org.shield.domain.party.ContactType;
import org.shield.domain.party.DocumentType;
import org.shield.domain.party.Gender;
import org.shield.domain.party.NameKind;
import org.shield.ui.DeskFixture;

class PersonEditorViewModelTest {
    @TempDir
    static Path dir;
    static DeskFixture desk;

    @BeforeAll
    static void openVault() throws Exception {
        desk = DeskFixture.create(dir.resolve("vault"));
    }

    @AfterAll
    static void closeVault() {
        desk.close();
    }

    private PersonEditorViewModel newPerson() {
        PersonEditorViewModel vm = new PersonEditorViewModel(desk.context, desk.navigator);
        vm.startNew();
        return vm;
    }

    @Test
    void phoneWithoutCountryCodeIsReportedOnItsLine() {
        PersonEditorViewModel vm = newPerson();
        vm.nameLatinProperty().set("Demo-Test Person");
        vm.addContact();
        ContactRow phone = vm.contacts().get(0);

        phone.valueProperty().set("081 234 5678");
        assertThat(phone.problemProperty().get()).isEqualTo(new UserMessage("person.contact.phone.e164"));
        assertThat(vm.canSaveProperty().get()).isFalse();

        phone.valueProperty().set("+66 81 234 5678");
        assertThat(phone.problemProperty().get()).isNull();
        assertThat(vm.canSaveProperty().get()).isTrue();
    }

    @Test
    void unknownCountryCodeIsNamedInTheMessage() {
        PersonEditorViewModel vm = newPerson();

        vm.citizenshipsProperty().set("TH, XQ");

        assertThat(vm.citizenshipsProblemProperty().get()).isEqualTo(new UserMessage("ui.person.countryUnknown", "XQ"));
    }

    @Test
    void birthDateAndEstimatedAgeTogetherAreReported() {
        PersonEditorViewModel vm = newPerson();
        vm.dateOfBirthProperty().set(LocalDate.of(2000, 1, 1));

        vm.estimatedAgeProperty().set("25");

        assertThat(vm.ageProblemProperty().get()).isEqualTo(new UserMessage("person.age.birthOrEstimate"));
    }

    @Test
    void emailAndDocumentLinesAreCheckedWhileTyping() {
        PersonEditorViewModel vm = newPerson();
        vm.addContact();
        vm.contacts().get(0).typeProperty().set(ContactType.Email);
        vm.contacts().get(0).valueProperty().set("not-an-address");
        vm.addDocument();
        vm.documents().get(0).countryProperty().set("TH");

        assertThat(vm.contacts().get(0).problemProperty().get())
                .isEqualTo(new UserMessage("person.contact.email.invalid"));
        assertThat(vm.documents().get(0).problemProperty().get())
                .isEqualTo(new UserMessage("person.document.number.required"));
    }

    @Test
    void savesEverySectionAndBlankLinesAreLeftOut() throws Exception {
        PersonEditorViewModel vm = newPerson();
        vm.nameNativeProperty().set("ทดสอบ บุคคล");
        vm.nameLatinProperty().set("Demo-Test Saved");
        vm.genderProperty().set(Gender.Feminine);
        vm.estimatedAgeProperty().set("24");
        vm.citizenshipsProperty().set("th mm");
        vm.languagesProperty().set("th, shn");
        vm.addAlias();
        vm.aliases().get(0).kindProperty().set(NameKind.Nickname);
        vm.aliases().get(0).textProperty().set("Canary-Nick");
        vm.addAlias();
        vm.addDocument();
        vm.documents().get(0).typeProperty().set(DocumentType.Passport);
        vm.documents().get(0).numberProperty().set("DEMO-T-0001");
        vm.documents().get(0).countryProperty().set("mm");
        vm.addContact();
        vm.contacts().get(0).valueProperty().set("+66 2 000 0001");

        vm.save();

        assertThat(vm.identity()).isNotNull();
        PersonDetails stored = desk.session.persons().get((java.util.UUID) vm.identity());
        assertThat(stored.aliases()).containsExactly(new PersonDetails.AliasData(NameKind.Nickname, "Canary-Nick"));
        assertThat(stored.citizenships()).containsExactlyInAnyOrder("TH", "MM");
        assertThat(stored.languages()).containsExactlyInAnyOrder("th", "shn");
        assertThat(stored.documents()).singleElement().satisfies(d -> assertThat(d.issuingCountry()).isEqualTo("MM"));
        assertThat(stored.contacts()).singleElement().satisfies(c -> assertThat(c.value()).isEqualTo("+6620000001"));
        assertThat(vm.dirtyProperty().get()).isFalse();
        assertThat(vm.titleProperty().get()).isEqualTo(new UserMessage("ui.person.tab.title",
                "ทดสอบ บุคคล (Demo-Test Saved)"));
    }

    @Test
    void staleSaveShowsTheStoredNamesAndKeepsMine() throws Exception {
        PersonDetails base = desk.session.persons().save(SavePersonCommand.newPerson(null, "Demo-Test Base"));
        PersonEditorViewModel vm = new PersonEditorViewModel(desk.context, desk.navigator);
        vm.open(base.id());
        SavePersonCommand elsewhere = SavePersonCommand.from(base);
        desk.session.persons().save(new SavePersonCommand(base.id(), base.version(), null, "Demo-Test Theirs",
                elsewhere.gender(), null, null, elsewhere.aliases(), elsewhere.citizenships(), elsewhere.languages(),
                elsewhere.documents(), elsewhere.contacts()));

        vm.nameLatinProperty().set("Demo-Test Mine");
        vm.save();

        assertThat(vm.conflictProperty().get().nameLatin()).isEqualTo("Demo-Test Theirs");
        assertThat(vm.nameLatinProperty().get()).isEqualTo("Demo-Test Mine");
        assertThat(vm.differences()).anySatisfy(d -> assertThat(d.labelKey()).isEqualTo("ui.person.field.nameLatin"));
    }
}
