package org.shield.hq;

import java.util.UUID;
import org.shield.hq.store.HqDatabase;

/** {@link HqPushContract} on H2 (HQ's one-office database). */
class HqPushIT extends HqPushContract {
    @Override
    protected HqDatabase open() throws Exception {
        return HqDatabase.open("jdbc:h2:mem:hq-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", null, null);
    }
}
