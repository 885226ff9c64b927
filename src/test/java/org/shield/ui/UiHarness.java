package org.shield.ui;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.shield.application.security.VaultService;
import org.shield.application.settings.Preferences;
import org.shield.bootstrap.Wiring;
import org.shield.infra.vault.Argon2Params;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Builds the real desk for headless UI tests: real vault service with fast key derivation, preferences
 * in the test's folder, English, and an optional short auto-lock.
 */
final class UiHarness {
    /** What the windows show (ids, texts, disabled states), to explain a failed wait. Synthetic data only. */
    static String screen() {
        StringBuilder out = new StringBuilder();
        for (javafx.stage.Window w : javafx.stage.Window.getWindows()) {
            if (w.getScene() != null) {
                w.getScene().getRoot().lookupAll("*").forEach(n -> {
                    String text = n instanceof javafx.scene.control.Labeled l ? l.getText()
                            : n instanceof javafx.scene.control.TextInputControl t ? t.getText()
                            : n instanceof org.shield.ui.common.Paragraph p ? p.getText() : null;
                    if ((n.getId() != null || text != null && !text.isBlank()) && treeVisible(n)) {
                        out.append(n.getClass().getSimpleName()).append(' ').append(n.getId() == null ? "" : "#" + n.getId())
                                .append(n.isDisabled() ? " [disabled]" : "")
                                .append(n instanceof javafx.scene.control.ButtonBase ? " " + n.localToScreen(n.getBoundsInLocal()) : "").append(text == null ? "" : " \"" + text + "\"")
                                .append('\n');
                    }
                });
            }
        }
        javafx.stage.Window.getWindows().forEach(w -> out.append("window ").append(w.getX()).append(',')
                .append(w.getY()).append(' ').append(w.getWidth()).append('x').append(w.getHeight()).append('\n'));
        out.append("screen ").append(javafx.stage.Screen.getPrimary().getBounds()).append('\n');
        return out.toString();
    }

    private static boolean treeVisible(javafx.scene.Node n) {
        for (javafx.scene.Node p = n; p != null; p = p.getParent()) {
            if (!p.isVisible()) {
                return false;
            }
        }
        return true;
    }

    static final Duration WAIT = Duration.ofSeconds(30);

    private UiHarness() {
    }

    static DeskApp desk(Path dir, Path vault, Duration autoLock) {
        return desk(dir, vault, autoLock, java.util.function.UnaryOperator.identity());
    }

    /** The desk with its dialogs passed through {@code dialogs} (to answer the system's file choosers). */
    static DeskApp desk(Path dir, Path vault, Duration autoLock,
            java.util.function.UnaryOperator<org.shield.ui.common.DialogService> dialogs) {
        return desk(dir, vault, autoLock, dialogs, Locale.ENGLISH);
    }

    /** The desk in {@code language}. */
    static DeskApp desk(Path dir, Path vault, Duration autoLock,
            java.util.function.UnaryOperator<org.shield.ui.common.DialogService> dialogs, Locale language) {
        Wiring wiring = new Wiring(Clock.systemDefaultZone(), Argon2Params.FAST);
        VaultService vaults = wiring.vaultService();
        Preferences preferences = wiring.preferences(dir.resolve("prefs"));
        try {
            preferences.setLanguage(language);
        } catch (org.shield.application.common.StorageException e) {
            throw new IllegalStateException("test preferences not writable", e);
        }
        DeskContext ctx = new DeskContext(vaults, vault, false, wiring.demoVault(vaults), preferences, wiring.clock(),
                new FakeAuditExporter(), wiring.reportPages(), wiring.reportPrinter());
        return new DeskApp(ctx, autoLock, dialogs);
    }

    /**
     * Clicks a node once it is in the scene and visible: screens load their data on worker threads, so
     * a node can appear a moment after the screen that holds it.
     */
    static org.testfx.api.FxRobotInterface clickOn(org.testfx.api.FxRobot robot, String query) {
        await(() -> robot.lookup(query).tryQuery().map(javafx.scene.Node::isVisible).orElse(false));
        scrollIntoView(robot, robot.lookup(query).query());
        return robot.clickOn(query);
    }

    /**
     * Scrolls the scroll pane that holds a node (a long page, a form dialog taller than the screen) so that the
     * node is in view, as a user scrolls before clicking.
     */
    static void scrollIntoView(org.testfx.api.FxRobot robot, javafx.scene.Node node) {
        robot.interact(() -> {
            for (javafx.scene.Node p = node.getParent(); p != null; p = p.getParent()) {
                if (p instanceof javafx.scene.control.ScrollPane sp && sp.getContent() != null) {
                    javafx.scene.Node content = sp.getContent();
                    javafx.geometry.Bounds b = content.sceneToLocal(node.localToScene(node.getBoundsInLocal()));
                    double viewport = sp.getViewportBounds().getHeight();
                    double extra = content.getLayoutBounds().getHeight() - viewport;
                    if (extra > 0 && (b.getMinY() < extra * sp.getVvalue() || b.getMaxY() > extra * sp.getVvalue()
                            + viewport)) {
                        double target = b.getMinY() - viewport / 3;
                        sp.setVvalue(Math.max(0, Math.min(1, target / extra)) * (sp.getVmax() - sp.getVmin())
                                + sp.getVmin());
                    }
                    break;
                }
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    static void await(BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(WAIT.toSeconds(), TimeUnit.SECONDS, condition::getAsBoolean);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("condition not met within " + WAIT + "; screen:\n" + screen(), e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Whether a dialog is open, looked up on the FX thread (a tab may be closing while it opens). */
    static boolean dialogShown(org.testfx.api.FxRobot robot) {
        try {
            return org.testfx.util.WaitForAsyncUtils.asyncFx(() -> robot.lookup(".dialog-pane").tryQuery().isPresent())
                    .get();
        } catch (InterruptedException | java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(e);
        }
    }
}
