package org.shield.application.sync;

/**
 * How far a running sync is (ADR 0019): the step it is in, the changes HQ stored and the records applied from HQ so
 * far, and the bytes of content sent and received (the changes' and records' values as UTF-8, and exhibit content;
 * not the HTTP framing).
 */
public record SyncProgress(Step step, long pushed, long pulled, long bytesSent, long bytesReceived) {
    /** The steps of a sync, in order. */
    public enum Step {
        Connecting, Pushing, Pulling, Exhibits, Finishing
    }

    /** Receives progress on the sync's own thread; must be quick. */
    @FunctionalInterface
    public interface Listener {
        Listener NONE = p -> { };

        void progress(SyncProgress p);
    }
}
