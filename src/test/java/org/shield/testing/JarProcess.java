package org.shield.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Runs the packaged {@code target/shield.jar} as a user would, in its own temp, home and log folders
 * under {@code tmp}, with no standard input. Cheap Argon2 so tests do not wait on key derivation.
 */
public final class JarProcess {
    private JarProcess() {
    }

    /** Exit code and the two output streams of one run. */
    public record Run(int code, String out, String err) {
    }

    public static Run run(Path tmp, Map<String, String> env, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dshield.kdf=fast", "-Djava.io.tmpdir=" + tmp.resolve("jtmp"), "-Duser.home=" + tmp.resolve("home"),
                "-Duser.language=en", "-jar", System.getProperty("shield.jar", "target/shield.jar")));
        cmd.addAll(List.of(args));
        Files.createDirectories(tmp.resolve("jtmp"));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        pb.environment().remove("SHIELD_PASSPHRASE");
        pb.environment().put("SHIELD_LOG_DIR", tmp.resolve("logs").toString());
        env.forEach((k, v) -> {
            if (v == null) {
                pb.environment().remove(k); // a null value removes the variable
            } else {
                pb.environment().put(k, v);
            }
        });
        Process p = pb.start();
        CompletableFuture<String> out = CompletableFuture.supplyAsync(() -> read(p.getInputStream()));
        CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> read(p.getErrorStream()));
        assertThat(p.waitFor(180, TimeUnit.SECONDS)).as("process finished").isTrue();
        return new Run(p.exitValue(), out.get(), err.get());
    }

    private static String read(InputStream in) {
        try {
            ByteArrayOutputStream b = new ByteArrayOutputStream();
            in.transferTo(b);
            return b.toString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
