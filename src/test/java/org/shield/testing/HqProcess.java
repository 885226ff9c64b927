package org.shield.testing;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code hq serve} from the packaged jar as a real process on loopback, any free port; {@link #url()} once it says
 * it is listening. {@link #close()} stops it as an operator would (SIGTERM); {@link #kill()} as a crash would.
 */
public final class HqProcess implements AutoCloseable {
    private static final Pattern LISTENING = Pattern.compile("HQ listening on (https?://\\S+:\\d+)");
    private static final Pattern FINGERPRINT = Pattern.compile("TLS certificate SHA-256 fingerprint: (\\S+)");
    private final Process process;
    private final URI url;
    private String fingerprint;

    private HqProcess(Process process, URI url) {
        this.process = process;
        this.url = url;
    }

    /** Starts HQ with these arguments after {@code hq serve} (and {@code --port 0} unless they name a port); waits until it listens (or fails). */
    public static HqProcess start(Path tmp, Map<String, String> env, String... args) throws Exception {
        List<String> cmd = JarJvm.command(tmp);
        cmd.addAll(List.of("hq", "serve"));
        if (!List.of(args).contains("--port")) {
            cmd.addAll(List.of("--port", "0"));
        }
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        pb.environment().remove("SHIELD_PASSPHRASE");
        pb.environment().put("SHIELD_LOG_DIR", tmp.resolve("logs").toString());
        pb.environment().putAll(env);
        Process p = pb.start();
        StringBuilder seen = new StringBuilder();
        CompletableFuture<URI> listening = new CompletableFuture<>();
        String[] pin = new String[1];
        Thread reader = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = r.readLine(); line != null; line = r.readLine()) {
                    synchronized (seen) {
                        seen.append(line).append('\n');
                    }
                    Matcher f = FINGERPRINT.matcher(line);
                    if (f.find()) {
                        pin[0] = f.group(1);
                    }
                    Matcher m = LISTENING.matcher(line);
                    if (m.find()) {
                        listening.complete(URI.create(m.group(1) + "/"));
                    }
                }
            } catch (java.io.IOException e) {
                // the process ended
            }
            listening.completeExceptionally(new IllegalStateException("HQ ended before it listened:\n" + seen));
        }, "hq-output");
        reader.setDaemon(true);
        reader.start();
        URI url;
        try {
            url = listening.get(90, TimeUnit.SECONDS);
        } catch (Exception e) {
            p.destroyForcibly();
            throw e;
        }
        HqProcess hq = new HqProcess(p, url);
        hq.fingerprint = pin[0];
        return hq;
    }

    public URI url() {
        return url;
    }

    /** The TLS certificate fingerprint HQ printed before it listened (null over plain HTTP). */
    public String fingerprint() {
        return fingerprint;
    }

    public Process process() {
        return process;
    }

    /** As a crash: SIGKILL. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            kill();
        }
    }
}
