package org.shield.bootstrap;

import java.nio.file.Path;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.shield.application.security.VaultService;
import org.shield.ui.DeskApp;
import org.shield.ui.DeskContext;

/**
 * Opens the desktop window. Checks first that the window can open at all (GTK 3 and a display on
 * Linux) and says in one line what is missing instead of letting JavaFX print a stack trace.
 */
final class Gui {
    /** Returned when the window is open: the JavaFX thread keeps the process alive until it closes. */
    static final int RUNNING = -1;

    private Gui() {
    }

    static int start(Wiring wiring, VaultService vaults, Path vaultDir, boolean demo) {
        var problem = GtkCheck.problem();
        if (problem.isPresent()) {
            System.err.println(problem.get());
            return 1;
        }
        DeskContext ctx = new DeskContext(vaults, vaultDir, demo, wiring.demoVault(vaults),
                wiring.preferences(vaultDir), wiring.clock(), wiring.auditExporter(), wiring.reportPages(),
                wiring.reportPrinter());
        try {
            Platform.startup(() -> new DeskApp(ctx).start(new Stage()));
        } catch (RuntimeException | UnsatisfiedLinkError e) {
            System.err.println("SHIELD Case Desk could not open its window (" + e.getClass().getSimpleName()
                    + "). Check that GTK 3 is installed (sudo apt-get install libgtk-3-0) and a display is available.");
            return 1;
        }
        return RUNNING;
    }
}
