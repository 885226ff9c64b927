package org.shield.testing;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The {@code java ... -jar target/shield.jar} command line the process tests start, tuned for start-up: one CLI
 * command loads ~13,000 classes from the fat jar, which costs more than the command itself. So the child JVMs use an
 * application class-data-sharing archive of the jar (made once per build of the jar, in {@code target/jar-cds}, by
 * a throwaway run of {@code vault init}), C1 only and the serial collector. None of these changes what the program
 * does: same jar, same bytecode, same exit codes and output; a missing or stale archive is ignored silently and the
 * JVM loads from the jar. Cheap Argon2 ({@code -Dshield.kdf=fast}) so tests do not wait on key derivation.
 */
public final class JarJvm {
    private static final Object LOCK = new Object();
    private static Path archive;
    private static boolean tried;

    private JarJvm() {
    }

    public static Path jar() {
        return Path.of(System.getProperty("shield.jar", "target/shield.jar"));
    }

    public static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** {@code java <start-up flags> -Dshield.kdf=fast <own temp and home under tmp> -jar shield.jar}. */
    public static List<String> command(Path tmp) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(java()));
        cmd.addAll(startUpFlags());
        cmd.addAll(List.of("-Dshield.kdf=fast", "-Djava.io.tmpdir=" + tmp.resolve("jtmp"),
                "-Duser.home=" + tmp.resolve("home"), "-Duser.language=en", "-jar", jar().toString()));
        Files.createDirectories(tmp.resolve("jtmp"));
        return cmd;
    }

    /**
     * {@code java <start-up flags> -cp shield.jar:<test classes> <main> <args>}: a test's own program (a child that
     * a test kills at random, say) run on the packaged jar, with the jar's class-data archive, which accepts a class
     * path that starts with the jar. Every class of the application comes from the jar; only the test's own classes
     * come from the test classes. The caller adds its system properties before {@code main}'s name with
     * {@code jvmArgs}.
     */
    public static List<String> testMain(List<String> jvmArgs, Class<?> main, String... args) {
        Path testClasses;
        try {
            testClasses = Path.of(main.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        List<String> cmd = new ArrayList<>(List.of(java()));
        cmd.addAll(startUpFlags());
        cmd.addAll(jvmArgs);
        cmd.addAll(List.of("-cp", jar().toAbsolutePath() + File.pathSeparator + testClasses, main.getName()));
        cmd.addAll(List.of(args));
        return cmd;
    }

    /** The JVM flags that only make start-up cheaper; {@code -Dshield.fast.jvm=false} turns them off. */
    public static List<String> startUpFlags() {
        if ("false".equals(System.getProperty("shield.fast.jvm"))) {
            return List.of();
        }
        List<String> flags = new ArrayList<>(List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                // a stale or unreadable archive would print a warning on stdout; the tests read stdout
                "-Xlog:cds=off", "-Xlog:cds+dynamic=off"));
        Path jsa = archive();
        if (jsa != null) {
            flags.add("-XX:SharedArchiveFile=" + jsa);
        }
        return flags;
    }

    /** The class-data archive of this build of the jar, made on first use; null when it cannot be made. */
    private static Path archive() {
        synchronized (LOCK) {
            if (tried) {
                return archive;
            }
            tried = true;
            try {
                Path jar = jar().toAbsolutePath();
                Path jsa = jar.resolveSibling("jar-cds").resolve(jar.getFileName() + "-" + Files.size(jar) + "-"
                        + Files.getLastModifiedTime(jar).toMillis() + ".jsa");
                if (!Files.isRegularFile(jsa)) {
                    Files.createDirectories(jsa.getParent());
                    dump(jar, jsa);
                }
                archive = Files.isRegularFile(jsa) ? jsa : null;
            } catch (IOException | InterruptedException e) {
                archive = null;
            }
            return archive;
        }
    }

    /** One {@code vault init} of a throwaway vault, with the classes it loaded written to {@code jsa} at exit. */
    private static void dump(Path jar, Path jsa) throws IOException, InterruptedException {
        Path work = Files.createTempDirectory(jsa.getParent(), "cds-training-");
        try {
            Path partial = work.resolve("partial.jsa");
            ProcessBuilder pb = new ProcessBuilder(java(), "-XX:ArchiveClassesAtExit=" + partial,
                    "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Dshield.kdf=fast",
                    "-Djava.io.tmpdir=" + work, "-Duser.home=" + work.resolve("home"), "-Duser.language=en",
                    "-jar", jar.toString(), "--vault", work.resolve("vault").toString(), "--user", "cds-training",
                    "vault", "init", "--admin", "cds-training")
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD);
            pb.environment().put("SHIELD_PASSPHRASE", "synthetic class data training words 4");
            pb.environment().put("SHIELD_LOG_DIR", work.resolve("logs").toString());
            Process p = pb.start();
            if (!p.waitFor(180, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return;
            }
            if (Files.isRegularFile(partial)) {
                Files.move(partial, jsa, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            }
        } finally {
            try (Stream<Path> files = Files.walk(work)) {
                files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
    }
}
