package org.shield.bootstrap;

import ch.qos.logback.classic.pattern.ThrowableHandlingConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.StackTraceElementProxy;
import ch.qos.logback.core.CoreConstants;

/**
 * Logs exceptions as class names and stack frames only, never their messages: database and library
 * messages can quote the values of a failed statement (a name, a passport number), which must not
 * reach a plaintext log. Used by {@code logback.xml} for every appender.
 */
public final class SafeThrowableConverter extends ThrowableHandlingConverter {
    private static final int MAX_FRAMES = 40;

    @Override
    public String convert(ILoggingEvent event) {
        IThrowableProxy t = event.getThrowableProxy();
        if (t == null) {
            return "";
        }
        StringBuilder b = new StringBuilder();
        int depth = 0;
        while (t != null && depth++ < 8) {
            b.append(depth == 1 ? "" : "Caused by: ").append(t.getClassName()).append(CoreConstants.LINE_SEPARATOR);
            StackTraceElementProxy[] frames = t.getStackTraceElementProxyArray();
            for (int i = 0; i < Math.min(frames.length, MAX_FRAMES); i++) {
                b.append("\tat ").append(frames[i].getStackTraceElement()).append(CoreConstants.LINE_SEPARATOR);
            }
            t = t.getCause();
        }
        return b.toString();
    }
}
