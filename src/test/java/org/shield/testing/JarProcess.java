package org.shield.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;

/**
 * Runs the packaged {@code target/shield.jar} as a user would, in its own temp, home and log folders
 * under {@code tmp}, with no standard input. Cheap Argon2 and a quick JVM start ({@link JarJvm}).
 */
public final class JarProcess {
    private JarProcess() {
    }

    /** Exit code and the two output streams of one run. */
    public record Run(int code, String out, String err) {
    }

    public static Run run(Path tmp, Map<String, String> env, String... args) throws Exception {
        List<String> cmd = JarJvm.command(tmp);
        cmd.addAll(List.of(args));
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
        // a thread of its own for each stream: tests run processes concurrently, and the common pool may be small
        Executor ownThread = r -> {
            Thread t = new Thread(r, "jar-process-output");
            t.setDaemon(true);
            t.start();
        };
        CompletableFuture<String> out = CompletableFuture.supplyAsync(() -> read(p.getInputStream()), ownThread);
        CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> read(p.getErrorStream()), ownThread);
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
