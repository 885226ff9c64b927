package org.shield.domain.audit;

import java.time.Instant;
import java.util.UUID;

/** Bench only: the chain hash without the signature, so a bulk loader can sign entries in parallel. */
public final class BenchChain {
    private BenchChain() {
    }

    public static byte[] hash(Instant at, String actor, String action, String recordType, UUID recordId, String detail,
            byte[] previousHash) {
        return AuditChain.hash(at, actor, action, recordType, recordId, detail, previousHash);
    }
}
