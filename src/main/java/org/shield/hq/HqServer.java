package org.shield.hq;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.json.JavalinJackson;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.shield.application.common.AccessDeniedException;
import org.shield.application.common.ApplicationException;
import org.shield.application.common.ConflictException;
import org.shield.application.common.NotFoundException;
import org.shield.application.common.UserMessage;
import org.shield.application.common.ValidationException;
import org.shield.application.sync.EnrolmentRequest;
import org.shield.application.sync.SyncApi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * HQ's HTTP API (Javalin): JSON in and out, errors as {@code {"error": key, "args": [...]}} with a status that
 * says whose fault it was. Administrators send {@code Authorization: Bearer <session token>}; devices send their
 * device token the same way. Holds no state of its own: any number of these may serve one database.
 */
public final class HqServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(HqServer.class);
    private static final long MAX_BODY = 16L * 1024 * 1024;

    private final Javalin app;
    private final HqService hq;
    private String host;
    private int port;

    /** Plain HTTP (loopback, or behind a TLS reverse proxy). */
    public HqServer(HqService hq, String version) {
        this(hq, version, null);
    }

    /** TLS only with {@code tls} (HTTP/1.1 over TLS 1.2 or 1.3); plain HTTP if null. */
    public HqServer(HqService hq, String version, HqTls tls) {
        this.hq = hq;
        ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        this.app = Javalin.create(cfg -> {
            cfg.showJavalinBanner = false;
            cfg.jsonMapper(new JavalinJackson(json, false));
            cfg.http.maxRequestSize = MAX_BODY;
            if (tls != null) {
                cfg.jetty.addConnector((server, http) -> {
                    org.eclipse.jetty.util.ssl.SslContextFactory.Server ssl =
                            new org.eclipse.jetty.util.ssl.SslContextFactory.Server();
                    ssl.setKeyStore(tls.keyStore());
                    ssl.setKeyStorePassword(tls.password());
                    ssl.setIncludeProtocols("TLSv1.3", "TLSv1.2");
                    http.addCustomizer(new org.eclipse.jetty.server.SecureRequestCustomizer(false));
                    org.eclipse.jetty.server.ServerConnector c = new org.eclipse.jetty.server.ServerConnector(server,
                            ssl, new org.eclipse.jetty.server.HttpConnectionFactory(http));
                    c.setHost(host);
                    c.setPort(port);
                    return c;
                });
            }
        });
        app.before(ctx -> {
            ctx.header(SyncApi.FORMAT_HEADER, SyncApi.FORMAT);
            if (!ctx.path().equals(SyncApi.HEALTH) && !SyncApi.FORMAT.equals(ctx.header(SyncApi.FORMAT_HEADER))) {
                throw new ValidationException(new UserMessage("hq.error.syncFormat"));
            }
        });
        app.get(SyncApi.HEALTH, ctx -> ctx.json(Map.of("service", "shield-hq", "version", version)));
        app.post(SyncApi.SIGN_IN, this::signIn);
        app.post(SyncApi.ENROLMENT_CODES, this::issueCode);
        app.get(SyncApi.DEVICES, ctx -> ctx.json(hq.devices(bearer(ctx))));
        app.post(SyncApi.DEVICE_LOST, ctx -> {
            hq.markLost(bearer(ctx), uuid(ctx.pathParam("id")));
            ctx.status(204);
        });
        app.post(SyncApi.ENROL, ctx -> {
            EnrolmentRequest in = body(ctx, EnrolmentRequest.class);
            ctx.json(hq.enrol(in.code(), in.publicKey(), in.userName()));
        });
        app.get(SyncApi.DEVICE_STATUS, ctx -> ctx.json(Map.of("state", hq.contact(bearer(ctx)).state().name())));
        app.post(SyncApi.DEVICE_SHREDDED, ctx -> {
            hq.shredded(bearer(ctx));
            ctx.status(204);
        });
        app.post(SyncApi.DEVICE_CHANGES, ctx -> ctx.json(hq.push(bearer(ctx), ctx.bodyAsBytes(),
                ctx.header(SyncApi.SIGNATURE))));
        app.get(SyncApi.DEVICE_FEED, ctx -> ctx.json(hq.feed(bearer(ctx), longParam(ctx, "after"),
                (int) longParam(ctx, "limit"), ctx.queryParam("scope"), optionalUuid(ctx.queryParam("epoch")))));
        app.post(SyncApi.DEVICE_EPOCH, ctx -> {
            SyncApi.EpochMove in = body(ctx, SyncApi.EpochMove.class);
            hq.moveEpoch(bearer(ctx), in.from(), in.to());
            ctx.status(204);
        });
        app.post(SyncApi.DEVICE_RESYNC, ctx -> ctx.json(hq.resync(bearer(ctx))));
        app.get(SyncApi.DEVICE_CONFLICTS, ctx -> ctx.json(hq.conflicts(bearer(ctx))));
        app.post(SyncApi.DEVICE_RESOLVE, ctx -> {
            SyncApi.Resolution in = body(ctx, SyncApi.Resolution.class);
            hq.resolve(bearer(ctx), uuid(ctx.pathParam("id")), in.value());
            ctx.status(204);
        });
        app.get(SyncApi.DEVICE_CONTENT_STATE, ctx -> ctx.json(wire(hq.contentState(bearer(ctx),
                ctx.pathParam("sha256")))));
        app.post(SyncApi.DEVICE_CONTENT_CHUNKS, ctx -> ctx.json(wire(hq.acceptChunk(bearer(ctx),
                ctx.pathParam("sha256"), longParam(ctx, "size"), longParam(ctx, "offset"), ctx.bodyAsBytes(),
                ctx.header(SyncApi.CHUNK_SHA256)))));
        app.get(SyncApi.DEVICE_CONTENT, ctx -> {
            byte[] range = hq.content(bearer(ctx), ctx.pathParam("sha256"), longParam(ctx, "from"),
                    (int) Math.min(Integer.MAX_VALUE, longParam(ctx, "length")));
            ctx.contentType("application/octet-stream").result(range);
        });
        app.exception(ApplicationException.class, (e, ctx) -> error(ctx, status(e), e.userMessage()));
        app.exception(Exception.class, (e, ctx) -> {
            String incident = UUID.randomUUID().toString().substring(0, 8);
            LOG.error("unexpected failure, incident {}", incident, e);
            error(ctx, 500, new UserMessage("error.unexpected", incident));
        });
    }

    /** Starts listening; port 0 takes a free one (see {@link #port()}). */
    public HqServer start(String host, int port) {
        this.host = host;
        this.port = port;
        app.start(host, port);
        return this;
    }

    public int port() {
        return app.port();
    }

    @Override
    public void close() {
        app.stop();
    }

    private void signIn(Context ctx) throws ApplicationException {
        SyncApi.SignIn in = body(ctx, SyncApi.SignIn.class);
        char[] passphrase = in.passphrase() == null ? new char[0] : in.passphrase().toCharArray();
        try {
            ctx.json(Map.of("token", hq.signIn(in.name(), passphrase)));
        } finally {
            Arrays.fill(passphrase, '\0');
        }
    }

    private void issueCode(Context ctx) throws ApplicationException {
        SyncApi.CodeRequest in = body(ctx, SyncApi.CodeRequest.class);
        ctx.json(hq.issueCode(bearer(ctx), in.forUser(), in.role(), in.unit()));
    }

    private static SyncApi.ContentState wire(HqStore.ContentState s) {
        return new SyncApi.ContentState(s.size(), s.held(), s.complete());
    }

    private static <T> T body(Context ctx, Class<T> type) throws ValidationException {
        try {
            T t = ctx.bodyAsClass(type);
            if (t == null) {
                throw new ValidationException(new UserMessage("hq.error.request"));
            }
            return t;
        } catch (RuntimeException e) {
            throw new ValidationException(new UserMessage("hq.error.request"), e);
        }
    }

    private static String bearer(Context ctx) {
        String h = ctx.header("Authorization");
        return h != null && h.startsWith("Bearer ") ? h.substring(7).strip() : null;
    }

    private static long longParam(Context ctx, String name) throws ValidationException {
        String v = ctx.queryParam(name);
        try {
            return v == null ? 0 : Long.parseLong(v);
        } catch (NumberFormatException e) {
            throw new ValidationException(new UserMessage("hq.error.request"));
        }
    }

    private static UUID optionalUuid(String s) throws ValidationException {
        try {
            return s == null || s.isBlank() ? null : UUID.fromString(s);
        } catch (IllegalArgumentException e) {
            throw new ValidationException(new UserMessage("hq.error.request"));
        }
    }

    private static UUID uuid(String s) throws ValidationException {
        try {
            return UUID.fromString(s);
        } catch (IllegalArgumentException e) {
            throw new ValidationException(new UserMessage("hq.error.deviceId"));
        }
    }

    private static int status(ApplicationException e) {
        if (e instanceof ValidationException) {
            return 400;
        }
        if (e instanceof AccessDeniedException) {
            return 403;
        }
        if (e instanceof NotFoundException) {
            return 404;
        }
        if (e instanceof ConflictException) {
            return 409;
        }
        return 503; // storage and the like: worth a retry later
    }

    private static void error(Context ctx, int status, UserMessage m) {
        ctx.status(status).json(Map.of("error", m.key(), "args", List.of(Arrays.stream(m.args())
                .map(String::valueOf).toArray())));
    }
}
