package org.shield.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.shield.application.common.AccessDeniedException;
import org.shield.application.common.ConflictException;
import org.shield.application.common.OperationCancelledException;
import org.shield.application.common.UserMessage;
import org.shield.domain.security.Permission;
import org.shield.ui.RecordingDialogs;

class ErrorPresenterTest {
    final RecordingDialogs dialogs = new RecordingDialogs();
    final ErrorPresenter presenter = new ErrorPresenter(dialogs);

    @Test
    void unexpectedFailureShowsAGenericMessageWithAnIncidentIdAndNotTheExceptionText() {
        presenter.present(new IllegalStateException("Canary-Secret-Name in an exception message"));

        assertThat(dialogs.errors()).singleElement().satisfies(m -> {
            assertThat(m.key()).isEqualTo("error.unexpected");
            assertThat(m.args()).singleElement().asString().matches("[0-9A-F]{8}");
            assertThat(m.toString()).doesNotContain("Canary");
        });
    }

    @Test
    void applicationFailureShowsItsOwnActionableMessage() {
        presenter.present(new ConflictException(new UserMessage("error.conflict")));

        assertThat(dialogs.errors()).containsExactly(new UserMessage("error.conflict"));
    }

    @Test
    void cancellationIsNotShownAsAnError() {
        presenter.present(new OperationCancelledException(new UserMessage("error.cancelled")));

        assertThat(dialogs.errors()).isEmpty();
    }

    @Test
    void accessDeniedShowsItsPlainMessageNamingThePermission() {
        presenter.present(new AccessDeniedException(new UserMessage("error.accessDenied", Permission.USER_MANAGE)));

        assertThat(dialogs.errors()).containsExactly(new UserMessage("error.accessDenied", Permission.USER_MANAGE));
        assertThat(new Messages(java.util.Locale.ENGLISH, false).format(dialogs.errors().get(0)))
                .contains("Manage users").doesNotContain("USER_MANAGE");
    }
}
