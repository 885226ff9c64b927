package org.shield.application.evidence;

import java.io.IOException;
import java.io.InputStream;

/**
 * The decrypted content of an exhibit opened for viewing; the viewing is already recorded as a custody
 * event. The caller reads and closes it on a worker thread; content never touches the disk.
 */
public record OpenedExhibit(ExhibitDetails exhibit, InputStream content) implements AutoCloseable {
    @Override
    public void close() throws IOException {
        content.close();
    }
}
