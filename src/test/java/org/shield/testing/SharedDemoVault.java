package org.shield.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.shield.application.common.ApplicationException;
import org.shield.application.common.CancellationToken;
import org.shield.application.common.ProgressListener;
import org.shield.application.demo.DemoVault;

/**
 * One demo vault (synthetic data only) for the integration tests of a test JVM that only need to read it,
 * built on first use: building it takes ~30 s, and the report tests of five classes read the same data.
 * A test that changes it must only add records no other test counts. Deleted when the JVM exits.
 */
public final class SharedDemoVault {
    private static Path vault;

    private SharedDemoVault() {
    }

    public static synchronized Path get() throws ApplicationException, IOException {
        if (vault == null) {
            Path dir = Files.createTempDirectory("shield-demo-it");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(dir)));
            Path v = dir.resolve("demo");
            new DemoVault(TestVaults.vaults()).ensure(v, ProgressListener.NONE, new CancellationToken());
            vault = v;
        }
        return vault;
    }

    private static void delete(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temp folder of synthetic data; the OS cleans it up otherwise
        }
    }
}
