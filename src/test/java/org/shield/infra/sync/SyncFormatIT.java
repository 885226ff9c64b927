package org.shield.infra.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.shield.application.common.ValidationException;
import org.shield.application.sync.FeedPage;
import org.shield.application.sync.SyncApi;
import org.shield.testing.HqInProcess;

/**
 * A laptop and an HQ of different record formats never sync (ADR 0020): HQ refuses a request that does not name its
 * format, unread, with a message saying what to do, and the laptop refuses an HQ answer that does not name it.
 */
class SyncFormatIT {
    @Test
    void hqRefusesARequestWithoutItsFormatAndSaysWhy() throws Exception {
        try (HqInProcess hq = new HqInProcess()) {
            HttpClient http = HttpClient.newHttpClient();
            HttpResponse<String> old = http.send(HttpRequest.newBuilder(hq.url().resolve(SyncApi.DEVICE_CHANGES
                    .substring(1))).POST(HttpRequest.BodyPublishers.ofString("{}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(old.statusCode()).isEqualTo(400);
            assertThat(old.body()).contains("hq.error.syncFormat");

            HttpResponse<String> current = http.send(HttpRequest.newBuilder(hq.url().resolve(SyncApi.DEVICE_CHANGES
                    .substring(1))).header(SyncApi.FORMAT_HEADER, SyncApi.FORMAT)
                    .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(current.body()).as("read, and refused for what it is").doesNotContain("hq.error.syncFormat");
            assertThat(current.headers().firstValue(SyncApi.FORMAT_HEADER)).hasValue(SyncApi.FORMAT);
        }
    }

    @Test
    void theLaptopRefusesAnHqThatDoesNotNameTheFormat() throws Exception {
        HttpServer older = answering(false, query -> "[]");
        try {
            URI url = URI.create("http://127.0.0.1:" + older.getAddress().getPort() + "/");
            assertThatThrownBy(() -> new HttpHqClient().conflicts(url, "token"))
                    .isInstanceOf(ValidationException.class).hasMessageContaining("sync.error.syncFormat");
        } finally {
            older.stop(0);
        }
    }

    /**
     * Fields added within one format are optional both ways: a page from an HQ that predates {@code withdrawnCases}
     * reads as withdrawing nothing, and a field this laptop does not know is passed over.
     */
    @Test
    void aFeedPageReadsWithoutTheFieldsAddedLaterAndPassesOverOnesItDoesNotKnow() throws Exception {
        String older = "{\"records\":[],\"next\":7,\"more\":false,\"scope\":\"s\",\"scopeChanged\":false,"
                + "\"visibleCases\":[]}";
        String newer = "{\"records\":[],\"next\":7,\"more\":false,\"scope\":\"s\",\"scopeChanged\":false,"
                + "\"visibleCases\":[],\"withdrawnCases\":[\"00000000-0000-4000-8000-00000000000a\"],"
                + "\"somethingLater\":{\"x\":1}}";
        HttpServer hq = answering(true, query -> query.contains("after=1&") ? older : newer);
        try {
            URI url = URI.create("http://127.0.0.1:" + hq.getAddress().getPort() + "/");
            FeedPage fromOlder = new HttpHqClient().feed(url, "token", 1, 10, "s", null);
            assertThat(fromOlder.next()).isEqualTo(7);
            assertThat(fromOlder.withdrawnCases()).isEmpty();
            FeedPage fromNewer = new HttpHqClient().feed(url, "token", 2, 10, "s", null);
            assertThat(fromNewer.withdrawnCases()).extracting(Object::toString)
                    .containsExactly("00000000-0000-4000-8000-00000000000a");
        } finally {
            hq.stop(0);
        }
    }

    /**
     * A stand-in HQ on a free loopback port that answers every request with the JSON {@code body} gives for its query,
     * naming the sync format in its answer only if {@code namesFormat}.
     */
    private static HttpServer answering(boolean namesFormat, UnaryOperator<String> body) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            byte[] bytes = body.apply(String.valueOf(exchange.getRequestURI().getQuery()))
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            if (namesFormat) {
                exchange.getResponseHeaders().add(SyncApi.FORMAT_HEADER, SyncApi.FORMAT);
            }
            exchange.sendResponseHeaders(200, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        server.start();
        return server;
    }
}
