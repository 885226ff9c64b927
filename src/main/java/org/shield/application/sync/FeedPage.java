package org.shield.application.sync;

import java.util.List;
import java.util.UUID;

/**
 * A page of HQ's change feed for one device (ADR 0019): the records after the cursor it asked from that its user
 * may see, the cursor to ask from next, and whether more follow. When what the user may see has changed since the
 * device's last pull ({@code scope} differs from the one it sent), the page carries no records, {@code next} is 0
 * and {@code visibleCases} lists every case the user may now see: the device removes the others and pulls again
 * from the start.
 */
public record FeedPage(List<FeedRecord> records, long next, boolean more, String scope, boolean scopeChanged,
        List<UUID> visibleCases) {
    public FeedPage {
        records = records == null ? List.of() : List.copyOf(records);
        visibleCases = visibleCases == null ? List.of() : List.copyOf(visibleCases);
    }
}
