package org.shield.ui;

import java.nio.file.Path;
import java.time.Clock;
import org.shield.application.common.ApplicationException;
import org.shield.application.security.Workspace;
import org.shield.infra.report.PdfBoxReportPages;
import org.shield.testing.TestVaults;
import org.shield.ui.common.ErrorPresenter;
import org.shield.ui.common.ScreenContext;
import org.shield.ui.common.Session;

/**
 * A real vault (encrypted H2 in a temporary folder, fast key derivation) with the screen context view
 * models need, where tasks run at once on the test thread. Report pages are rendered for real; printing
 * is answered by {@link FakeReportPrinter}. No JavaFX toolkit.
 */
public final class DeskFixture implements AutoCloseable {
    public final Workspace workspace;
    public final Session session;
    public final ImmediateTaskRunner tasks = new ImmediateTaskRunner();
    public final RecordingDialogs dialogs = new RecordingDialogs();
    public final ErrorPresenter errors = new ErrorPresenter(dialogs);
    public final RecordingNavigator navigator = new RecordingNavigator();
    public final FakeReportPrinter printer = new FakeReportPrinter();
    public final ScreenContext context;

    private DeskFixture(Workspace workspace) {
        this.workspace = workspace;
        this.session = new Session(workspace);
        this.context = new ScreenContext(session, tasks, errors, dialogs, Clock.systemDefaultZone(),
                new PdfBoxReportPages(), printer);
    }

    public static DeskFixture create(Path dir) throws ApplicationException {
        return new DeskFixture(TestVaults.create(dir));
    }

    /** Opens an existing test vault as the test administrator. */
    public static DeskFixture unlock(Path dir) throws ApplicationException {
        return new DeskFixture(TestVaults.unlock(dir));
    }

    /** Over a workspace the test opened itself (another user); closing the fixture closes it. */
    public static DeskFixture over(Workspace workspace) {
        return new DeskFixture(workspace);
    }

    @Override
    public void close() {
        workspace.close();
    }
}
