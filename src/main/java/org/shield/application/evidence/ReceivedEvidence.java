package org.shield.application.evidence;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.shield.application.audit.AuditStore;
import org.shield.application.common.CurrentUser;
import org.shield.domain.audit.AuditAction;
import org.shield.domain.audit.ChangeSet;
import org.shield.domain.evidence.CustodyEvent;
import org.shield.domain.evidence.Exhibit;

/**
 * Writes into this vault's audit trail the exhibits and custody steps that arrived from HQ, as they arrived
 * ({@link AuditAction#Received}, one entry each, under the exhibit): the intake fields of an exhibit, the whole of a
 * custody step. The entries of the vault that recorded them stay in that vault (and at HQ), so without these an
 * integrity verification here would find every synchronised exhibit missing from the trail; with them it finds
 * any change made to such a record in this vault after it arrived (ADR 0019). Call inside the write transaction
 * that applied the records.
 */
public final class ReceivedEvidence {
    /** The detail field that tells a received exhibit ({@code exhibit}) from a received step ({@code custody}). */
    static final String KIND = "received";

    private final ExhibitRepository exhibits;
    private final AuditStore audit;
    private final CurrentUser user;

    public ReceivedEvidence(ExhibitRepository exhibits, AuditStore audit, CurrentUser user) {
        this.exhibits = exhibits;
        this.audit = audit;
        this.user = user;
    }

    /** {@code exhibitIds}: exhibits that arrived; {@code steps}: custody steps that arrived, with their exhibit. */
    public void record(Collection<UUID> exhibitIds, Map<UUID, UUID> steps) {
        if (exhibitIds.isEmpty() && steps.isEmpty()) {
            return;
        }
        for (Exhibit e : exhibits.findAll(List.copyOf(exhibitIds))) {
            audit.append(user.userName(), AuditAction.Received, EvidenceService.TYPE, e.getId(),
                    EvidenceService.intake(e).with(KIND, "exhibit"));
        }
        Set<UUID> wanted = new HashSet<>(steps.keySet());
        List<CustodyEvent> arrived = new ArrayList<>();
        for (CustodyEvent ev : exhibits.custodyOf(new HashSet<>(steps.values()))) {
            if (wanted.contains(ev.getId())) {
                arrived.add(ev);
            }
        }
        for (CustodyEvent ev : arrived) {
            ChangeSet detail = new ChangeSet();
            ev.auditState().forEach(detail::with);
            audit.append(user.userName(), AuditAction.Received, EvidenceService.TYPE, ev.getExhibitId(),
                    detail.with(KIND, "custody"));
        }
    }
}
