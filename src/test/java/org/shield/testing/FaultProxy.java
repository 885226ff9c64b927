package org.shield.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import org.shield.application.sync.SyncApi;

/**
 * A loopback HTTP/1.1 proxy between a laptop and HQ for tests, at the socket level so that its faults are real: it
 * forwards every request, records it (to replay it later), and injects the fault a plan gives per request number —
 * the connection reset before HQ sees the request or after HQ answered, an answer cut off half way, a long delay, a
 * bit of the request body flipped on the way.
 * One request per connection. Synthetic traffic only; nothing leaves the machine.
 */
public final class FaultProxy implements AutoCloseable {
    /** What happens to one request. */
    public enum Fault { NONE, DROP_BEFORE, DROP_AFTER, TRUNCATE, DELAY, FLIP_BIT, HOLD }

    /** A request as the laptop sent it. */
    public record Recorded(String method, String pathAndQuery, String authorization, String signature,
            byte[] body, long atMillis) {
    }

    private static final Set<String> FORWARDED = Set.of("authorization", "x-shield-signature", "content-type",
            "accept", "x-shield-chunk-sha256", "x-shield-sync-format");
    private final ServerSocket server;
    private final URI target;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final ExecutorService pool = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "fault-proxy");
        t.setDaemon(true);
        return t;
    });
    private final List<Recorded> recorded = Collections.synchronizedList(new ArrayList<>());
    private final AtomicInteger count = new AtomicInteger();
    private volatile java.util.function.BiFunction<Integer, Recorded, Fault> plan = (n, r) -> Fault.NONE;
    private volatile long delayMillis = 1500;
    private volatile java.util.concurrent.CountDownLatch gate = new java.util.concurrent.CountDownLatch(1);

    public FaultProxy(URI target) throws IOException {
        this.target = target;
        this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        pool.execute(() -> {
            while (!server.isClosed()) {
                try {
                    Socket s = server.accept();
                    pool.execute(() -> handle(s));
                } catch (IOException closed) {
                    return;
                }
            }
        });
    }

    public URI url() {
        return URI.create("http://127.0.0.1:" + server.getLocalPort() + "/");
    }

    /** From now on, request number n (counted from 1 since the proxy started) meets {@code plan.apply(n)}. */
    public void plan(IntFunction<Fault> plan) {
        this.plan = (n, r) -> plan.apply(n);
    }

    /** As {@link #plan(IntFunction)}, knowing the request as well (its method and path). */
    public void plan(java.util.function.BiFunction<Integer, Recorded, Fault> plan) {
        this.plan = plan;
    }

    /** Lets every request held by {@link Fault#HOLD} go on to HQ; later HOLDs wait for the next release. */
    public void release() {
        java.util.concurrent.CountDownLatch was = gate;
        gate = new java.util.concurrent.CountDownLatch(1);
        was.countDown();
    }

    public void delay(long millis) {
        this.delayMillis = millis;
    }

    public List<Recorded> recorded() {
        synchronized (recorded) {
            return List.copyOf(recorded);
        }
    }

    public void forget() {
        recorded.clear();
    }

    public int requests() {
        return count.get();
    }

    private void handle(Socket s) {
        try (s) {
            InputStream in = s.getInputStream();
            String head = readHead(in);
            if (head == null) {
                return;
            }
            String[] lines = head.split("\r\n");
            String[] start = lines[0].split(" ");
            Map<String, String> headers = new LinkedHashMap<>();
            for (int i = 1; i < lines.length; i++) {
                int colon = lines[i].indexOf(':');
                if (colon > 0) {
                    headers.put(lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT),
                            lines[i].substring(colon + 1).strip());
                }
            }
            int length = Integer.parseInt(headers.getOrDefault("content-length", "0"));
            byte[] body = in.readNBytes(length);
            int n = count.incrementAndGet();
            Recorded r = new Recorded(start[0], start[1], headers.get("authorization"),
                    headers.get("x-shield-signature"), body, System.currentTimeMillis());
            recorded.add(r);
            Fault f = plan.apply(n, r);
            if (f == Fault.FLIP_BIT && body.length > 0) {
                body = body.clone();
                int bit = (n * 7919) % (body.length * 8); // a bit somewhere in the body, as a faulty link flips one
                body[bit / 8] ^= (byte) (1 << (bit % 8));
            }
            if (f == Fault.DROP_BEFORE) {
                reset(s);
                return;
            }
            if (f == Fault.HOLD) {
                gate.await(60, java.util.concurrent.TimeUnit.SECONDS);
            }
            if (f == Fault.DELAY) {
                Thread.sleep(delayMillis);
            }
            HttpResponse<byte[]> answer = forward(start[0], start[1], headers, body);
            if (f == Fault.DROP_AFTER) {
                reset(s);
                return;
            }
            byte[] out = answer.body();
            StringBuilder h = new StringBuilder("HTTP/1.1 ").append(answer.statusCode()).append(" X\r\n");
            answer.headers().firstValue("content-type").ifPresent(v -> h.append("Content-Type: ").append(v)
                    .append("\r\n"));
            answer.headers().firstValue(SyncApi.FORMAT_HEADER).ifPresent(v -> h.append(SyncApi.FORMAT_HEADER)
                    .append(": ").append(v).append("\r\n"));
            h.append("Content-Length: ").append(out.length).append("\r\nConnection: close\r\n\r\n");
            OutputStream o = s.getOutputStream();
            o.write(h.toString().getBytes(StandardCharsets.ISO_8859_1));
            if (f == Fault.TRUNCATE) {
                o.write(out, 0, out.length / 2);
                o.flush();
                reset(s);
                return;
            }
            o.write(out);
            o.flush();
        } catch (IOException | RuntimeException e) {
            // the laptop went away, or HQ did: the laptop sees a broken connection
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A connection reset, as a dropped link or a crashed peer gives. */
    private static void reset(Socket s) throws IOException {
        s.setSoLinger(true, 0);
        s.close();
    }

    private static String readHead(InputStream in) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        int matched = 0;
        byte[] end = {'\r', '\n', '\r', '\n'};
        for (int c = in.read(); c >= 0; c = in.read()) {
            b.write(c);
            matched = c == end[matched] ? matched + 1 : (c == '\r' ? 1 : 0);
            if (matched == 4) {
                String head = b.toString(StandardCharsets.ISO_8859_1);
                return head.substring(0, head.length() - 4);
            }
        }
        return null;
    }

    private HttpResponse<byte[]> forward(String method, String path, Map<String, String> headers, byte[] body)
            throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(target.resolve(path.substring(1)))
                .method(method, body.length == 0 ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(body));
        headers.forEach((k, v) -> {
            if (FORWARDED.contains(k)) {
                b.header(k, v);
            }
        });
        return http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** Sends a recorded request again, straight to HQ; returns HQ's status. */
    public int replay(Recorded r) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(target.resolve(r.pathAndQuery().substring(1)))
                .method(r.method(), r.body().length == 0 ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(r.body()));
        if (r.authorization() != null) {
            b.header("Authorization", r.authorization());
        }
        if (r.signature() != null) {
            b.header("X-Shield-Signature", r.signature());
        }
        b.header(SyncApi.FORMAT_HEADER, SyncApi.FORMAT); // as the laptop sent it: else HQ refuses it unread
        if (r.body().length > 0) {
            b.header("Content-Type", "application/json");
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    @Override
    public void close() {
        try {
            server.close();
        } catch (IOException e) {
            // closing anyway
        }
        pool.shutdownNow();
    }
}
