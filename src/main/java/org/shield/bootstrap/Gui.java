package org.shield.bootstrap;

import java.nio.file.Path;
import org.shield.application.security.VaultService;

/** Opens the desktop window (filled in when the JavaFX shell lands). */
final class Gui {
    static final int RUNNING = -1;

    private Gui() {
    }

    static int start(Wiring wiring, VaultService vaults, Path vaultDir, boolean demo) {
        var problem = GtkCheck.problem();
        if (problem.isPresent()) {
            System.err.println(problem.get());
            return 1;
        }
        return 1;
    }
}
