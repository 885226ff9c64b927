package org.shield.application.report;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import org.shield.application.common.ApplicationException;
import org.shield.application.common.StorageException;
import org.shield.application.common.UserMessage;
import org.shield.application.common.ValidationException;

/**
 * Writes a report's PDF whole or not at all: the bytes go to {@code <name>.part} beside the target, are
 * forced to the disk, and only then take the report's name in one atomic rename, so a crash, a full disk or
 * a pulled drive never leaves a partial file under the report's name. Blocking: call from a worker thread.
 */
public final class ReportFiles {
    private ReportFiles() {
    }

    /**
     * Saves {@code pdf} as {@code target}. With {@code replace} false an existing file is never touched
     * ({@code report.error.fileExists}); with it true an existing file is replaced in one step (the user was
     * asked by the save dialog).
     */
    public static void save(Path target, byte[] pdf, boolean replace) throws ApplicationException {
        if (!replace && Files.exists(target)) {
            throw new ValidationException(new UserMessage("report.error.fileExists"));
        }
        Path part = target.resolveSibling(target.getFileName() + ".part");
        try {
            try (FileChannel out = FileChannel.open(part, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer b = ByteBuffer.wrap(pdf);
                while (b.hasRemaining()) {
                    out.write(b);
                }
                out.force(true);
            }
            move(part, target, replace);
        } catch (FileAlreadyExistsException e) {
            deleteQuietly(part);
            throw new ValidationException(new UserMessage("report.error.fileExists"));
        } catch (AccessDeniedException | NoSuchFileException e) {
            deleteQuietly(part);
            throw new StorageException(new UserMessage("report.error.write"), e);
        } catch (IOException e) {
            deleteQuietly(part);
            boolean full = e.getMessage() != null && e.getMessage().contains("No space left");
            throw new StorageException(new UserMessage(full ? "error.diskFull" : "report.error.write"), e);
        }
    }

    private static void move(Path part, Path target, boolean replace) throws IOException {
        if (!replace && Files.exists(target)) {
            throw new FileAlreadyExistsException(target.getFileName().toString());
        }
        try {
            Files.move(part, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            // a file system without atomic rename: still never a partial file under the report's name
            if (replace) {
                Files.move(part, target, StandardCopyOption.REPLACE_EXISTING);
            } else {
                Files.move(part, target);
            }
        }
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException ignored) {
            // nothing more to do: the partial file has no report name
        }
    }
}
