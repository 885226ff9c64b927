package org.shield.ui;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.shield.application.audit.AuditExporter;
import org.shield.application.audit.AuditRecord;
import org.shield.application.common.StorageException;
import org.shield.application.common.UserMessage;

/**
 * Stands in for the infra CSV exporter in UI tests: writes a real file, one line per record
 * ({@code sequence,action,recordType}), and like the real one never overwrites an existing file.
 */
public final class FakeAuditExporter implements AuditExporter {
    @Override
    public Sink open(Path out, Format format, java.io.OutputStream stdout) throws StorageException {
        Writer w;
        try {
            w = Files.newBufferedWriter(out, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
            w.write("sequence,action,recordType\n");
        } catch (IOException e) {
            throw new StorageException(new UserMessage("error.storage"), e);
        }
        return new Sink() {
            @Override
            public void write(AuditRecord r) throws StorageException {
                try {
                    w.write(r.sequence() + "," + r.action() + "," + r.recordType() + "\n");
                } catch (IOException e) {
                    throw new StorageException(new UserMessage("error.storage"), e);
                }
            }

            @Override
            public void close() throws StorageException {
                try {
                    w.close();
                } catch (IOException e) {
                    throw new StorageException(new UserMessage("error.storage"), e);
                }
            }
        };
    }
}
