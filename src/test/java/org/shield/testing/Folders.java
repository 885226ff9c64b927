package org.shield.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

/** File-level copies of test folders, such as a closed vault prepared once and copied for each test. */
public final class Folders {
    private Folders() {
    }

    /** Copies {@code from} and everything in it to {@code to}, with permissions and times; folders already there are kept. */
    public static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.toList()) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f) && Files.isDirectory(target)) {
                    continue;
                }
                Files.copy(f, target, StandardCopyOption.COPY_ATTRIBUTES);
            }
        }
    }
}
