package org.shield.infra.cli;

import java.io.PrintWriter;
import org.shield.application.common.ProgressListener;

/**
 * Progress of long evidence work as a percentage on stderr, rewritten in place, and only when the process
 * runs in a terminal: a script reading stdout or a log collecting stderr gets no progress noise.
 */
final class TerminalProgress implements ProgressListener {
    private final PrintWriter err;
    private int shown = -1;

    private TerminalProgress(PrintWriter err) {
        this.err = err;
    }

    /** A progress line on {@code err} when there is a terminal, else nothing at all. */
    static TerminalProgress on(PrintWriter err) {
        return new TerminalProgress(System.console() != null ? err : null);
    }

    @Override
    public void progress(long done, long total) {
        if (err == null || total <= 0) {
            return;
        }
        int percent = (int) Math.min(100, done * 100 / total);
        if (percent != shown) {
            shown = percent;
            err.print("\r" + percent + "%");
            err.flush();
        }
    }

    /** Clears the progress line, if one was shown, so the next message starts clean. */
    void finish() {
        if (err != null && shown >= 0) {
            err.print("\r    \r"); // clears "100%"; what follows starts at the line's beginning
            err.flush();
            shown = -1;
        }
    }
}
