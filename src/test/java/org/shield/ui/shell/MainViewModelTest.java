package org.shield.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shield.application.casefile.CreateCaseCommand;
import org.shield.ui.DeskFixture;
import org.shield.ui.casefile.CaseViewModel;
import org.shield.ui.common.Document;

class MainViewModelTest {
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

    private static MainViewModel main() {
        return new MainViewModel(desk.context, () -> null, new org.shield.ui.FakeAuditExporter());
    }

    @Test
    void openingAnOpenCaseAgainBringsItToTheFront() throws Exception {
        UUID id = desk.session.cases().create(CreateCaseCommand.titled("DEMO-TEST open twice")).id();
        MainViewModel vm = main();

        vm.openCase(id);
        vm.newPerson();
        vm.openCase(id);

        assertThat(vm.documents()).hasSize(2);
        assertThat(vm.selectedProperty().get().identity()).isEqualTo(id);
    }

    @Test
    void closingADocumentWithUnsavedEditsAsksFirst() {
        MainViewModel vm = main();
        vm.newCase();
        CaseViewModel c = (CaseViewModel) vm.documents().get(0);
        c.overview().titleProperty().set("DEMO-TEST unsaved");
        assertThat(vm.hasUnsavedWork()).isTrue();

        desk.dialogs.answerConfirm(false);
        assertThat(vm.close(c)).isFalse();
        assertThat(vm.documents()).containsExactly(c);

        desk.dialogs.answerConfirm(true);
        assertThat(vm.close(c)).isTrue();
        assertThat(vm.documents()).isEmpty();
        assertThat(vm.selectedProperty().get()).isNull();
    }

    @Test
    void savingANewCaseMakesItFindableAsOpen() {
        MainViewModel vm = main();
        vm.newCase();
        CaseViewModel c = (CaseViewModel) vm.documents().get(0);
        c.overview().titleProperty().set("DEMO-TEST saved from a tab");

        c.overview().save();
        Document same = c;
        vm.openCase((UUID) c.identity());

        assertThat(vm.documents()).containsExactly(same);
        assertThat(c.savedProperty().get()).isTrue();
    }
}
