package org.shield.infra.persistence;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.shield.application.care.CareNoteRepository;
import org.shield.domain.care.CareNote;

/** Counselling and medical notes in the encrypted H2 database, through Hibernate. */
public final class JpaCareNoteRepository implements CareNoteRepository {
    private final SessionContext context;

    JpaCareNoteRepository(SessionContext context) {
        this.context = context;
    }

    @Override
    public void add(CareNote note) {
        context.current().persist(note);
    }

    @Override
    public Optional<CareNote> findNote(UUID id) {
        return Optional.ofNullable(context.current().find(CareNote.class, id)).filter(n -> !n.isDeleted());
    }

    @Override
    public List<CareNote> notes(UUID caseId, UUID personId) {
        context.current().flush();
        return context.current().createSelectionQuery("from CareNote n where n.caseId = :c and n.personId = :p "
                + "and n.deletedAt is null order by n.createdAt, n.id", CareNote.class)
                .setParameter("c", caseId).setParameter("p", personId).getResultList();
    }

    @Override
    public Optional<UUID> caseOf(UUID recordId) {
        CareNote n = context.current().find(CareNote.class, recordId);
        return n == null ? Optional.empty() : Optional.of(n.getCaseId());
    }

    @Override
    public List<UUID> partIds(UUID caseId) {
        return context.current().createSelectionQuery("select n.id from CareNote n where n.caseId = :c", UUID.class)
                .setParameter("c", caseId).getResultList();
    }
}
