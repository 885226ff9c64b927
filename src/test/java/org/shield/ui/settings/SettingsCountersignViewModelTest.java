package org.shield.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shield.application.common.UserMessage;
import org.shield.testing.TestVaults;
import org.shield.ui.DeskFixture;

/** A supervisor sets from Settings whether interviews in their unit need a countersignature. */
class SettingsCountersignViewModelTest {
    @TempDir
    Path dir;

    @Test
    void supervisorTurnsTheUnitsCountersignatureOnAndItIsStored() throws Exception {
        try (DeskFixture desk = DeskFixture.create(dir.resolve("vault"))) {
            SettingsViewModel vm = new SettingsViewModel(desk.context,
                    TestVaults.wiring().preferences(dir.resolve("prefs")), () -> { });
            assertThat(vm.setsCountersign()).isTrue();
            assertThat(vm.countersignRequiredProperty().get()).isFalse();

            vm.countersignRequiredProperty().set(true);

            assertThat(desk.workspace.interviews().countersignRequired()).isTrue();
            assertThat(vm.countersignNoticeProperty().get()).isEqualTo(new UserMessage("ui.settings.countersign.on"));
            vm.reset();
            assertThat(vm.countersignRequiredProperty().get()).isTrue();
        }
    }
}
