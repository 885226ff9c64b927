package org.shield.application.sync;

import java.util.List;
import java.util.UUID;

/**
 * A page of HQ's change feed for one device (ADR 0019): the records after the cursor it asked from that its user
 * may see, the cursor to ask from next, and whether more follow. When what the user may see has changed since the
 * device's last pull ({@code scope} differs from the one it sent), the page carries no records, {@code next} is 0
 * and {@code visibleCases} lists every case the user may now see: the device removes the others and pulls again
 * from the start. {@code withdrawnCases} names the cases this device sent to HQ itself whose records the page passed
 * over because its user may no longer see them: the device removes them (the scope covers only cases up to the
 * cursor, and a case the device made may lie beyond it). Empty from an HQ that predates it.
 */
public record FeedPage(List<FeedRecord> records, long next, boolean more, String scope, boolean scopeChanged,
        List<UUID> visibleCases, List<UUID> withdrawnCases) {
    public FeedPage {
        records = records == null ? List.of() : List.copyOf(records);
        visibleCases = visibleCases == null ? List.of() : List.copyOf(visibleCases);
        withdrawnCases = withdrawnCases == null ? List.of() : List.copyOf(withdrawnCases);
    }
}
