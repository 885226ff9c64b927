package org.shield.hq;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.shield.application.common.ApplicationException;
import org.shield.domain.security.CaseRelation;
import org.shield.domain.security.Role;

/**
 * One HQ process's memory of each user's need-to-know (ADR 0019): the relations, their first positions and the
 * scope fingerprint, kept while the store's {@link HqStore#relationsVersion()} stays the same. A feed page then
 * costs one small read instead of every case the user is related to (for a supervisor, the whole unit) and a
 * fingerprint over all of them.
 *
 * <p>Why a hit is as good as a fresh read: the version moves in the same transaction as any change to the relations,
 * under the feed row lock, so versions follow commit order; {@link HqStore#access} reads the version before the
 * relations, so what is kept under a version holds every relation change committed up to it. A caller that reads
 * the version after its feed records and finds it equal to a kept one therefore gets relations at least as new as
 * those records, as a fresh read would. Not shared between processes: each keeps its own, and none needs another's.
 * Bounded by the number of related cases held. Thread-safe.
 */
final class AccessCache {
    /** Kept: the entries most recently used, up to this many related cases in all (~150 bytes each). */
    static final int MAX_CASES = 500_000;

    /** A user's need-to-know for one relations version. */
    record Entry(long version, NeedToKnow ntk, ScopeFingerprint scope) {
    }

    private final HqStore store;
    private final LinkedHashMap<String, Entry> entries = new LinkedHashMap<>(16, 0.75f, true);
    private int cases;

    AccessCache(HqStore store) {
        this.store = store;
    }

    /** The need-to-know of a device's user as of now (at least as new as anything the caller read before). */
    Entry of(HqStore.Device d) throws ApplicationException {
        String key = d.role() + '\u0000' + d.userName() + '\u0000' + d.unitCode();
        long version = store.relationsVersion();
        synchronized (this) {
            Entry e = entries.get(key);
            if (e != null && e.version() == version) {
                return e;
            }
        }
        HqStore.Access a = store.access(d.userName(), d.unitCode());
        Map<UUID, CaseRelation> relations = new HashMap<>();
        Map<UUID, Long> firstPos = new HashMap<>();
        a.cases().forEach((c, r) -> {
            relations.put(c, r.relation());
            firstPos.put(c, r.firstPos());
        });
        NeedToKnow ntk = new NeedToKnow(Role.valueOf(d.role()), d.userName(), d.unitCode(), relations);
        Entry fresh = new Entry(a.version(), ntk, new ScopeFingerprint(ntk, firstPos));
        synchronized (this) {
            Entry old = entries.get(key);
            if (old == null || old.version() <= fresh.version()) {
                put(key, fresh);
            }
        }
        return fresh;
    }

    private void put(String key, Entry e) {
        Entry old = entries.put(key, e);
        cases += e.ntk().relatedCases().size() - (old == null ? 0 : old.ntk().relatedCases().size());
        var it = entries.entrySet().iterator();
        while (cases > MAX_CASES && entries.size() > 1 && it.hasNext()) {
            Map.Entry<String, Entry> eldest = it.next();
            if (eldest.getKey().equals(key)) {
                continue;
            }
            cases -= eldest.getValue().ntk().relatedCases().size();
            it.remove();
        }
    }
}
