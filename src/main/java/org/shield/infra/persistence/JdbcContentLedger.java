package org.shield.infra.persistence;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.shield.application.sync.ContentLedger;

/** {@link ContentLedger} over {@code exhibit} and {@code exhibit_content_at_hq} (migration V12). */
public final class JdbcContentLedger implements ContentLedger {
    private final SessionContext context;

    JdbcContentLedger(SessionContext context) {
        this.context = context;
    }

    @Override
    public List<Local> unconfirmed(int limit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = context.current().createNativeQuery("select e.sha256, max(e.size_bytes),"
                + " min(e.blob_id), min(e.id) from exhibit e where e.blob_id is not null and e.sha256 is not null"
                + " and e.deleted_at is null and not exists (select 1 from exhibit_content_at_hq h"
                + " where h.sha256 = e.sha256) group by e.sha256 order by max(e.size_bytes), e.sha256",
                Object[].class).setMaxResults(limit).getResultList();
        List<Local> out = new java.util.ArrayList<>();
        for (Object[] r : rows) {
            String blobId = (String) r[2];
            Object key = context.current().createNativeQuery("select wrapped_key from exhibit where blob_id = :b",
                    Object.class).setParameter("b", blobId).getSingleResult();
            out.add(new Local((String) r[0], ((Number) r[1]).longValue(), blobId, (byte[]) key));
        }
        return out;
    }

    @Override
    public void confirmed(String sha256, Instant at) {
        context.current().createNativeMutationQuery("merge into exhibit_content_at_hq (sha256, confirmed_at)"
                + " key (sha256) values (:h, :t)").setParameter("h", sha256)
                .setParameter("t", at.atOffset(ZoneOffset.UTC)).executeUpdate();
    }
}
