package org.shield.infra.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shield.application.common.StorageException;

class PropertiesPreferenceStoreTest {
    @TempDir
    Path dir;

    @Test
    void valuesSurviveANewStore() throws Exception {
        new PropertiesPreferenceStore(dir.resolve("p.properties")).put("ui.language", "th");
        assertThat(new PropertiesPreferenceStore(dir.resolve("p.properties")).get("ui.language")).contains("th");
    }

    @Test
    void aFailedSaveSaysSoAndKeepsThePreviousValue() throws Exception {
        Path blocked = dir.resolve("file-not-dir");
        Files.writeString(blocked, "synthetic");
        PropertiesPreferenceStore store = new PropertiesPreferenceStore(blocked.resolve("p.properties"));
        assertThatThrownBy(() -> store.put("ui.language", "th")).isInstanceOf(StorageException.class)
                .satisfies(e -> assertThat(((StorageException) e).userMessage().key())
                        .isEqualTo("error.preferencesNotSaved"));
        assertThat(store.get("ui.language")).isEmpty();
    }
}
