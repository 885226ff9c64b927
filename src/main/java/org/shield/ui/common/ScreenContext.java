package org.shield.ui.common;

import java.time.Clock;

/**
 * What every screen of a signed-in session needs, handed down through constructors from
 * {@code DeskApp}: the session (services), background work, error and dialog handling, the clock.
 */
public record ScreenContext(Session session, TaskRunner tasks, ErrorPresenter errors, DialogService dialogs,
        Clock clock) {
}
