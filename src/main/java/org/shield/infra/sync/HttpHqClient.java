package org.shield.infra.sync;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.shield.application.common.AccessDeniedException;
import org.shield.application.common.ApplicationException;
import org.shield.application.common.ConflictException;
import org.shield.application.common.NotFoundException;
import org.shield.application.common.SyncException;
import org.shield.application.common.UserMessage;
import org.shield.application.common.ValidationException;
import org.shield.application.sync.BatchSigner;
import org.shield.application.sync.ConflictView;
import org.shield.application.sync.DeviceState;
import org.shield.application.sync.DeviceSummary;
import org.shield.application.sync.Enrolment;
import org.shield.application.sync.EnrolmentCode;
import org.shield.application.sync.EnrolmentRequest;
import org.shield.application.sync.HqClient;
import org.shield.application.sync.FeedPage;
import org.shield.application.sync.PushBatch;
import org.shield.application.sync.ResyncAnswer;
import org.shield.application.sync.PushResult;
import org.shield.application.sync.SyncApi;

/**
 * {@link HqClient} over the JDK's HTTP client and Jackson. HQ's error bodies become the matching exception with
 * HQ's message key; a connection refused, a timeout or a body that is not HQ's becomes a {@link SyncException}.
 */
public final class HttpHqClient implements HqClient {
    private static final Duration CONNECT = Duration.ofSeconds(10);
    private static final Duration REQUEST = Duration.ofSeconds(60);
    /** How long a reachability probe waits for HQ's answer. */
    private static final Duration PROBE = Duration.ofSeconds(5);

    private final HttpClient http;
    private final String pin;

    /** A client for plain http, or https with certificates a pin (see {@link #pinned}) vouches for. */
    public HttpHqClient() {
        this.pin = null;
        this.http = HttpClient.newBuilder().connectTimeout(CONNECT).build();
    }

    private HttpHqClient(String pin, javax.net.ssl.SSLContext tls) {
        this.pin = pin;
        this.http = HttpClient.newBuilder().connectTimeout(CONNECT).sslContext(tls).build();
    }

    @Override
    public HqClient pinned(String fingerprint) {
        if (fingerprint == null || fingerprint.isBlank()) {
            return this;
        }
        String want = PinningTrust.normalise(fingerprint);
        return new HttpHqClient(want, PinningTrust.context(new PinningTrust(want)));
    }

    @Override
    public String fingerprint(URI hq) throws ApplicationException {
        PinningTrust capture = new PinningTrust(null);
        HttpClient probe = HttpClient.newBuilder().connectTimeout(CONNECT).sslContext(PinningTrust.context(capture))
                .build();
        try {
            probe.send(HttpRequest.newBuilder(hq.resolve(SyncApi.HEALTH)).timeout(REQUEST).GET().build(),
                    HttpResponse.BodyHandlers.discarding());
        } catch (IOException | IllegalArgumentException e) {
            if (capture.seen() == null) {
                throw new SyncException(new UserMessage("sync.error.unreachable", hq.getHost()), e);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SyncException(new UserMessage("sync.error.unreachable", hq.getHost()), e);
        }
        if (capture.seen() == null) {
            throw new SyncException(new UserMessage("sync.error.notTls"));
        }
        return capture.seen();
    }
    private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    @Override
    public void health(URI hq) throws ApplicationException {
        HttpResponse<Void> r;
        try {
            r = http.send(HttpRequest.newBuilder(hq.resolve(SyncApi.HEALTH)).timeout(PROBE).GET().build(),
                    HttpResponse.BodyHandlers.discarding());
        } catch (IOException | IllegalArgumentException e) {
            throw new SyncException(new UserMessage("sync.error.unreachable", hq.getHost()), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SyncException(new UserMessage("sync.error.unreachable", hq.getHost()), e);
        }
        if (r.statusCode() != 200) {
            throw new SyncException(new UserMessage("sync.error.answer"));
        }
    }

    @Override
    public String signIn(URI hq, String name, char[] passphrase) throws ApplicationException {
        Map<String, String> r = call(hq, "POST", SyncApi.SIGN_IN, null,
                new SyncApi.SignIn(name, new String(passphrase)), new TypeReference<>() { });
        return r.get("token");
    }

    @Override
    public EnrolmentCode issueCode(URI hq, String session, String forUser, String role, String unit)
            throws ApplicationException {
        return call(hq, "POST", SyncApi.ENROLMENT_CODES, session, new SyncApi.CodeRequest(forUser, role, unit),
                new TypeReference<>() { });
    }

    @Override
    public List<DeviceSummary> devices(URI hq, String session) throws ApplicationException {
        return call(hq, "GET", SyncApi.DEVICES, session, null, new TypeReference<>() { });
    }

    @Override
    public void markLost(URI hq, String session, UUID device) throws ApplicationException {
        call(hq, "POST", SyncApi.DEVICE_LOST.replace("{id}", device.toString()), session, null, null);
    }

    @Override
    public Enrolment enrol(URI hq, EnrolmentRequest request) throws ApplicationException {
        return call(hq, "POST", SyncApi.ENROL, null, request, new TypeReference<>() { });
    }

    @Override
    public DeviceState status(URI hq, String deviceToken) throws ApplicationException {
        Map<String, String> r = call(hq, "GET", SyncApi.DEVICE_STATUS, deviceToken, null, new TypeReference<>() { });
        try {
            return DeviceState.valueOf(r.get("state"));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new SyncException(new UserMessage("sync.error.answer"), e);
        }
    }

    @Override
    public void keysDestroyed(URI hq, String deviceToken) throws ApplicationException {
        call(hq, "POST", SyncApi.DEVICE_SHREDDED, deviceToken, null, null);
    }

    @Override
    public FeedPage feed(URI hq, String deviceToken, long after, int limit, String scope, UUID epoch)
            throws ApplicationException {
        String query = "?after=" + after + "&limit=" + limit
                + (scope == null ? "" : "&scope=" + URLEncoder.encode(scope, StandardCharsets.UTF_8))
                + (epoch == null ? "" : "&epoch=" + epoch);
        return call(hq, "GET", SyncApi.DEVICE_FEED + query, deviceToken, null, new TypeReference<>() { });
    }

    @Override
    public void moveEpoch(URI hq, String deviceToken, UUID from, UUID to) throws ApplicationException {
        call(hq, "POST", SyncApi.DEVICE_EPOCH, deviceToken, new SyncApi.EpochMove(from, to), null);
    }

    @Override
    public ResyncAnswer resync(URI hq, String deviceToken) throws ApplicationException {
        return call(hq, "POST", SyncApi.DEVICE_RESYNC, deviceToken, null, new TypeReference<>() { });
    }

    @Override
    public List<ConflictView> conflicts(URI hq, String deviceToken) throws ApplicationException {
        return call(hq, "GET", SyncApi.DEVICE_CONFLICTS, deviceToken, null, new TypeReference<>() { });
    }

    @Override
    public void resolve(URI hq, String deviceToken, UUID conflict, String value) throws ApplicationException {
        call(hq, "POST", SyncApi.DEVICE_RESOLVE.replace("{id}", conflict.toString()), deviceToken,
                new SyncApi.Resolution(value), null);
    }

    @Override
    public SignedBatch sign(PushBatch batch, BatchSigner signer) throws ApplicationException {
        byte[] bytes;
        try {
            bytes = json.writeValueAsBytes(batch);
        } catch (IOException e) {
            throw new SyncException(new UserMessage("sync.error.answer"), e);
        }
        return new SignedBatch(bytes, Base64.getEncoder().encodeToString(signer.sign(bytes)));
    }

    @Override
    public PushResult push(URI hq, String deviceToken, SignedBatch batch) throws ApplicationException {
        HttpRequest.Builder b = request(hq, SyncApi.DEVICE_CHANGES, deviceToken)
                .header(SyncApi.SIGNATURE, batch.signature())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(batch.body()));
        return parse(send(hq, b), new TypeReference<>() { });
    }

    @Override
    public SyncApi.ContentState contentState(URI hq, String deviceToken, String sha256) throws ApplicationException {
        return call(hq, "GET", SyncApi.DEVICE_CONTENT_STATE.replace("{sha256}", sha256), deviceToken, null,
                new TypeReference<>() { });
    }

    @Override
    public SyncApi.ContentState sendChunk(URI hq, String deviceToken, String sha256, long size, long offset,
            byte[] data, String chunkSha256) throws ApplicationException {
        HttpRequest.Builder b = request(hq, SyncApi.DEVICE_CONTENT_CHUNKS.replace("{sha256}", sha256) + "?size=" + size
                + "&offset=" + offset, deviceToken)
                .header("Content-Type", "application/octet-stream")
                .header(SyncApi.CHUNK_SHA256, chunkSha256)
                .POST(HttpRequest.BodyPublishers.ofByteArray(data));
        return parse(send(hq, b), new TypeReference<>() { });
    }

    @Override
    public byte[] content(URI hq, String deviceToken, String sha256, long from, int length)
            throws ApplicationException {
        return send(hq, request(hq, SyncApi.DEVICE_CONTENT.replace("{sha256}", sha256) + "?from=" + from + "&length="
                + length, deviceToken).GET());
    }

    private HttpRequest.Builder request(URI hq, String path, String bearer) {
        HttpRequest.Builder b = HttpRequest.newBuilder(hq.resolve(path)).timeout(REQUEST)
                .header("Accept", "application/json").header(SyncApi.FORMAT_HEADER, SyncApi.FORMAT);
        if (bearer != null) {
            b.header("Authorization", "Bearer " + bearer);
        }
        return b;
    }

    private <T> T call(URI hq, String method, String path, String bearer, Object body, TypeReference<T> type)
            throws ApplicationException {
        HttpRequest.Builder b = request(hq, path, bearer);
        if (body != null) {
            byte[] bytes;
            try {
                bytes = json.writeValueAsBytes(body);
            } catch (IOException e) {
                throw new SyncException(new UserMessage("sync.error.answer"), e);
            }
            b.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofByteArray(bytes));
        } else {
            b.method(method, HttpRequest.BodyPublishers.noBody());
        }
        byte[] answer = send(hq, b);
        return type == null ? null : parse(answer, type);
    }

    private <T> T parse(byte[] answer, TypeReference<T> type) throws SyncException {
        try {
            return json.readValue(answer, type);
        } catch (IOException e) {
            throw new SyncException(new UserMessage("sync.error.answer"), e);
        }
    }

    /** Sends a request; the body of a 2xx answer, else HQ's refusal or a network failure as an exception. */
    private byte[] send(URI hq, HttpRequest.Builder b) throws ApplicationException {
        HttpResponse<byte[]> response;
        try {
            response = http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (javax.net.ssl.SSLHandshakeException e) {
            throw new SyncException(new UserMessage(pin != null ? "sync.error.pin" : "sync.error.tls", hq.getHost()), e);
        } catch (IOException | IllegalArgumentException e) {
            if (e.getCause() instanceof javax.net.ssl.SSLHandshakeException) {
                throw new SyncException(new UserMessage(pin != null ? "sync.error.pin" : "sync.error.tls",
                        hq.getHost()), e);
            }
            throw new SyncException(new UserMessage("sync.error.unreachable", hq.getHost()), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SyncException(new UserMessage("sync.error.unreachable", hq.getHost()), e);
        }
        int status = response.statusCode();
        if (status >= 200 && status < 300) {
            if (!SyncApi.FORMAT.equals(response.headers().firstValue(SyncApi.FORMAT_HEADER).orElse(null))) {
                // an HQ of another version (a proxy's own error pages have no such header, and are not 2xx)
                throw new ValidationException(new UserMessage("sync.error.syncFormat", hq.getHost()));
            }
            return response.body();
        }
        throw refusal(status, response.body());
    }

    private ApplicationException refusal(int status, byte[] body) {
        SyncApi.Error error;
        try {
            error = json.readValue(body, SyncApi.Error.class);
        } catch (IOException e) {
            return new SyncException(new UserMessage("sync.error.answer"), e);
        }
        if (error == null || error.error() == null) {
            return new SyncException(new UserMessage("sync.error.answer"));
        }
        UserMessage m = new UserMessage(error.error(), error.args() == null ? new Object[0] : error.args().toArray());
        return switch (status) {
            case 400 -> new ValidationException(m);
            case 401, 403 -> new AccessDeniedException(m);
            case 404 -> new NotFoundException(m);
            case 409 -> new ConflictException(m);
            default -> new SyncException(m);
        };
    }
}
