package org.shield.testing;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.stream.Stream;
import org.shield.application.common.CancellationToken;
import org.shield.application.common.ProgressListener;
import org.shield.application.evidence.AddExhibitCommand;
import org.shield.application.evidence.ExhibitDetails;
import org.shield.application.evidence.OpenedExhibit;
import org.shield.application.security.Workspace;

/** Exhibits in tests: a synthetic digital one added, one read whole, and the blobs a vault keeps on disk. */
public final class Exhibits {
    private Exhibits() {
    }

    /** Adds a digital exhibit of {@code content} (written to a temporary file under {@code tmp}) to the case. */
    public static ExhibitDetails add(Workspace ws, UUID caseId, Path tmp, byte[] content) throws Exception {
        Path file = Files.createTempFile(tmp, "demo-exhibit", ".bin");
        Files.write(file, content);
        return ws.evidence().add(AddExhibitCommand.digital(caseId, file, "DEMO exhibit", "DEMO officer",
                "DEMO source"), ProgressListener.NONE, new CancellationToken());
    }

    /** The whole content of an opened exhibit; closes it. */
    public static byte[] read(OpenedExhibit opened) throws Exception {
        try (opened; InputStream in = opened.content()) {
            return in.readAllBytes();
        }
    }

    /** How many evidence blobs the vault in {@code vault} keeps on disk (partial files not counted). */
    public static long blobs(Path vault) throws Exception {
        Path dir = vault.resolve("evidence");
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".blob")).count();
        }
    }
}
