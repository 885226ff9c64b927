package org.shield.hq;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.shield.hq.store.HqDatabase;

/** {@link HqPushContract} on a real PostgreSQL (embedded, from Maven): one server, a fresh database per test. */
class HqPushOnPostgresIT extends HqPushContract {
    private static final AtomicInteger N = new AtomicInteger();
    private static EmbeddedPostgres pg;

    @BeforeAll
    static void startPostgres() throws Exception {
        pg = org.shield.testing.EmbeddedPg.start();
    }

    @AfterAll
    static void stopPostgres() throws Exception {
        if (pg != null) {
            pg.close();
        }
    }

    @Override
    protected HqDatabase open() throws Exception {
        String name = "hq_push_" + N.incrementAndGet();
        try (var c = pg.getPostgresDatabase().getConnection(); var s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        }
        return HqDatabase.open("jdbc:postgresql://localhost:" + pg.getPort() + "/" + name + "?user=postgres", null,
                null);
    }
}
