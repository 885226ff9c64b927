package org.shield.ui;

import java.time.Duration;
import javafx.animation.PauseTransition;
import javafx.event.EventHandler;
import javafx.scene.Scene;
import javafx.scene.input.InputEvent;

/**
 * Locks the desk after a period without keyboard or mouse input. Any input event in the window
 * restarts the countdown. Runs on the JavaFX thread.
 */
final class IdleLock {
    private final PauseTransition countdown = new PauseTransition();
    private final EventHandler<InputEvent> activity = e -> restart();
    private Scene scene;
    private boolean armed;

    IdleLock(Runnable onIdle) {
        countdown.setOnFinished(e -> {
            if (armed) {
                armed = false;
                onIdle.run();
            }
        });
    }

    /** Watches input in {@code s}. */
    void attach(Scene s) {
        this.scene = s;
        s.addEventFilter(InputEvent.ANY, activity);
    }

    void setTimeout(Duration idle) {
        countdown.setDuration(javafx.util.Duration.millis(idle.toMillis()));
        if (armed) {
            countdown.playFromStart();
        }
    }

    /** Starts counting (the session is unlocked). */
    void arm() {
        armed = true;
        countdown.playFromStart();
    }

    /** Stops counting (locked, or no session). */
    void disarm() {
        armed = false;
        countdown.stop();
    }

    private void restart() {
        if (armed) {
            countdown.playFromStart();
        }
    }

    void detach() {
        disarm();
        if (scene != null) {
            scene.removeEventFilter(InputEvent.ANY, activity);
        }
    }

}
