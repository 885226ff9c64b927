package org.shield.application.audit;

import java.nio.file.Path;
import org.shield.application.common.StorageException;

/** Port: writes audit records to a file, as CSV or JSON. Blocking; call from a worker thread. */
public interface AuditExporter {
    /** The file formats an export can take. */
    enum Format { CSV, JSON }

    /** Receives records one by one and writes them; close it to finish the file. */
    interface Sink extends AutoCloseable {
        void write(AuditRecord record) throws StorageException;

        @Override
        void close() throws StorageException;
    }

    /** Opens a sink on {@code out} (an existing file is not overwritten); {@code System.out} when out is null. */
    Sink open(Path out, Format format, java.io.OutputStream stdout) throws StorageException;
}
