package org.shield.infra.persistence;

import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.hibernate.Session;
import org.shield.application.casefile.CaseQuery;
import org.shield.application.casefile.CaseScope;
import org.shield.application.casefile.PartyLink;
import org.shield.application.casefile.CaseRepository;
import org.shield.application.casefile.CaseSummary;
import org.shield.application.casefile.PartySummary;
import org.shield.domain.casefile.CaseFile;
import org.shield.domain.casefile.CaseNote;
import org.shield.domain.casefile.CaseParty;
import org.shield.domain.casefile.CaseStatus;
import org.shield.domain.casefile.ExploitationType;
import org.shield.domain.casefile.PartyRole;
import org.shield.domain.casefile.RoleInProcess;
import org.shield.domain.casefile.TraffickingEvent;

/** Cases and their parts in the encrypted H2 database, through Hibernate. */
public final class JpaCaseRepository implements CaseRepository {
    private final SessionContext context;

    JpaCaseRepository(SessionContext context) {
        this.context = context;
    }

    private Session s() {
        return context.current();
    }

    @Override
    public void add(CaseFile caseFile) {
        s().persist(caseFile);
    }

    @Override
    public Optional<CaseFile> find(UUID id) {
        return Optional.ofNullable(s().find(CaseFile.class, id)).filter(c -> !c.isDeleted());
    }

    @Override
    public Optional<CaseFile> findByNumber(String caseNumber) {
        return s().createSelectionQuery("from CaseFile c where c.caseNumber = :n and c.deletedAt is null",
                CaseFile.class).setParameter("n", caseNumber).uniqueResultOptional();
    }

    @Override
    public List<CaseSummary> rows(CaseQuery query, CaseScope scope, int pageIndex, int pageSize) {
        Filter f = filter(query, scope);
        TypedQuery<Object[]> rows = s().createQuery(
                "select c.id, c.caseNumber, c.title, c.status, c.unitCode, c.leadInvestigator, c.openedOn, c.closedOn "
                        + "from CaseFile c " + f.where + orderBy(query), Object[].class);
        f.params.forEach(rows::setParameter);
        rows.setFirstResult(pageIndex * pageSize).setMaxResults(pageSize);
        return summaries(rows.getResultList());
    }

    /**
     * Reads every case row the scope may see (H2 counts no faster from indexes: BENCHMARKS.md, "The list after an
     * edit"): about 0.8 s for 100,000 cases right after opening, which is why the list shows its rows first.
     */
    @Override
    public long count(CaseQuery query, CaseScope scope) {
        if (scope.none()) {
            return 0; // the list is empty: its total must not tell how many cases the vault holds
        }
        Filter f = filter(query, scope);
        String where = query.type() == null ? f.where
                : "join c.exploitationTypes t " + f.where.replace(":type member of c.exploitationTypes", "t = :type");
        TypedQuery<Long> count = s().createQuery("select count(c) from CaseFile c " + where, Long.class);
        f.params.forEach(count::setParameter);
        return count.getSingleResult();
    }

    @Override
    public List<CaseSummary> all(CaseQuery query, CaseScope scope) {
        Filter f = filter(query, scope);
        TypedQuery<Object[]> rows = s().createQuery(
                "select c.id, c.caseNumber, c.title, c.status, c.unitCode, c.leadInvestigator, c.openedOn, c.closedOn "
                        + "from CaseFile c " + f.where + orderBy(query), Object[].class);
        f.params.forEach(rows::setParameter);
        List<CaseSummary> out = new ArrayList<>();
        List<Object[]> all = rows.getResultList();
        for (int i = 0; i < all.size(); i += 500) {
            out.addAll(summaries(all.subList(i, Math.min(all.size(), i + 500))));
        }
        return out;
    }

    private List<CaseSummary> summaries(List<Object[]> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        List<UUID> ids = rows.stream().map(r -> (UUID) r[0]).toList();
        Map<UUID, Set<ExploitationType>> types = new HashMap<>();
        s().createQuery("select c.id, t from CaseFile c join c.exploitationTypes t where c.id in :ids", Object[].class)
                .setParameter("ids", ids).getResultList()
                .forEach(r -> types.computeIfAbsent((UUID) r[0], k -> EnumSet.noneOf(ExploitationType.class))
                        .add((ExploitationType) r[1]));
        List<CaseSummary> out = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            UUID id = (UUID) r[0];
            out.add(new CaseSummary(id, (String) r[1], (String) r[2], (CaseStatus) r[3],
                    types.getOrDefault(id, Set.of()), (String) r[4], (String) r[5], (LocalDate) r[6],
                    (LocalDate) r[7]));
        }
        return out;
    }

    private record Filter(String where, Map<String, Object> params) {
    }

    private static Filter filter(CaseQuery q, CaseScope scope) {
        StringBuilder w = new StringBuilder("where c.deletedAt is null");
        Map<String, Object> p = new LinkedHashMap<>();
        if (scope.none()) {
            w.append(" and 1 = 0");
        } else {
            List<String> any = new ArrayList<>();
            if (scope.unit()) {
                any.add("c.unitCode = :scopeUnit");
                p.put("scopeUnit", scope.unitCode());
            }
            if (scope.team()) {
                any.add("c.leadInvestigator = :scopeUser or :scopeUser member of c.team");
                p.put("scopeUser", scope.userName());
            }
            if (scope.referred()) {
                any.add("exists (select 1 from CaseParty rp where rp.caseId = c.id and rp.referredTo = :scopeUser "
                        + "and rp.deletedAt is null)");
                p.put("scopeUser", scope.userName());
            }
            w.append(" and (").append(String.join(" or ", any)).append(")");
        }
        if (q.text() != null && !q.text().isBlank()) {
            w.append(" and (lower(c.title) like :text escape '\\' or lower(c.caseNumber) like :text escape '\\')");
            p.put("text", "%" + escapeLike(q.text().strip().toLowerCase(Locale.ROOT)) + "%");
        }
        if (!q.statuses().isEmpty()) {
            w.append(" and c.status in :statuses");
            p.put("statuses", List.copyOf(q.statuses()));
        }
        if (q.type() != null) {
            // a page walks an ordering index and probes the type per case, stopping after one page;
            // the count instead starts from the type index (see countQuery)
            w.append(" and :type member of c.exploitationTypes");
            p.put("type", q.type());
        }
        if (q.unitCode() != null && !q.unitCode().isBlank()) {
            w.append(" and c.unitCode = :unit");
            p.put("unit", q.unitCode().strip());
        }
        if (q.openedFrom() != null) {
            w.append(" and c.openedOn >= :from");
            p.put("from", q.openedFrom());
        }
        if (q.openedTo() != null) {
            w.append(" and c.openedOn <= :to");
            p.put("to", q.openedTo());
        }
        return new Filter(w.toString(), p);
    }

    static String escapeLike(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static String orderBy(CaseQuery q) {
        String dir = q.ascending() ? " asc" : " desc";
        String col = switch (q.sort()) {
            case CASE_NUMBER -> "c.caseNumber";
            case TITLE -> "c.title";
            case STATUS -> "c.status";
            case UNIT -> "c.unitCode";
            case OPENED_ON -> "c.openedOn";
            case UPDATED_AT -> "c.updatedAt";
        };
        return " order by " + col + dir + ", c.id" + dir;
    }

    @Override
    public long nextSequence(String prefix) {
        int updated = s().createNativeMutationQuery(
                "update case_sequence set last_value = last_value + 1 where prefix = :p")
                .setParameter("p", prefix).executeUpdate();
        if (updated == 0) {
            s().createNativeMutationQuery("insert into case_sequence (prefix, last_value) values (:p, 1)")
                    .setParameter("p", prefix).executeUpdate();
            return 1;
        }
        return ((Number) s().createNativeQuery("select last_value from case_sequence where prefix = :p", Long.class)
                .setParameter("p", prefix).getSingleResult()).longValue();
    }

    @Override
    public void add(CaseParty party) {
        s().persist(party);
    }

    @Override
    public List<PartySummary> parties(UUID caseId) {
        s().flush();
        return s().createQuery("select cp.id, cp.personId, p.nameNative, p.nameLatin, cp.role, cp.roleInProcess, "
                + "cp.note, cp.version, p.pseudonym, cp.referredTo from CaseParty cp join Person p on p.id = cp.personId "
                + "where cp.caseId = :c and cp.deletedAt is null order by cp.createdAt, cp.id", Object[].class)
                .setParameter("c", caseId).getResultList().stream()
                .map(r -> new PartySummary((UUID) r[0], (UUID) r[1], display((String) r[2], (String) r[3]),
                        (String) r[8], (PartyRole) r[4], (RoleInProcess) r[5], (String) r[6], (String) r[9],
                        (Long) r[7]))
                .toList();
    }

    @Override
    public boolean hasReferral(UUID caseId, String caseworker) {
        return !s().createSelectionQuery("select 1 from CaseParty cp where cp.caseId = :c and cp.referredTo = :u "
                + "and cp.deletedAt is null", Integer.class).setParameter("c", caseId).setParameter("u", caseworker)
                .setMaxResults(1).getResultList().isEmpty();
    }

    @Override
    public Optional<CaseParty> findParty(UUID partyId) {
        return Optional.ofNullable(s().find(CaseParty.class, partyId)).filter(p -> !p.isDeleted());
    }

    @Override
    public List<PartyLink> links(UUID personId) {
        s().flush();
        return s().createQuery("select cp.id, cp.caseId, cp.role, cp.referredTo from CaseParty cp "
                + "where cp.personId = :p and cp.deletedAt is null", Object[].class).setParameter("p", personId)
                .getResultList().stream()
                .map(r -> new PartyLink((UUID) r[0], (UUID) r[1], (PartyRole) r[2], (String) r[3])).toList();
    }

    @Override
    public List<UUID> partIds(UUID caseId) {
        List<UUID> ids = new ArrayList<>();
        for (String entity : List.of("CaseParty", "TraffickingEvent", "CaseNote",
                "Approval")) {
            ids.addAll(s().createSelectionQuery("select x.id from " + entity + " x where x.caseId = :c", UUID.class)
                    .setParameter("c", caseId).getResultList());
        }
        return ids;
    }

    @Override
    public Optional<UUID> caseOf(UUID recordId) {
        CaseParty p = s().find(CaseParty.class, recordId);
        if (p != null) {
            return Optional.of(p.getCaseId());
        }
        TraffickingEvent e = s().find(TraffickingEvent.class, recordId);
        if (e != null) {
            return Optional.of(e.getCaseId());
        }
        CaseNote n = s().find(CaseNote.class, recordId);
        return n == null ? Optional.empty() : Optional.of(n.getCaseId());
    }

    private static String display(String nativeName, String latin) {
        if (nativeName != null && latin != null && !nativeName.equals(latin)) {
            return nativeName + " (" + latin + ")";
        }
        return nativeName != null ? nativeName : latin;
    }

    @Override
    public void add(TraffickingEvent event) {
        s().persist(event);
    }

    @Override
    public List<TraffickingEvent> events(UUID caseId) {
        return s().createSelectionQuery("from TraffickingEvent e where e.caseId = :c and e.deletedAt is null "
                + "order by e.date asc nulls last, e.createdAt", TraffickingEvent.class)
                .setParameter("c", caseId).getResultList();
    }

    @Override
    public void add(CaseNote note) {
        s().persist(note);
    }

    @Override
    public Optional<CaseNote> findNote(UUID noteId) {
        return Optional.ofNullable(s().find(CaseNote.class, noteId)).filter(n -> !n.isDeleted());
    }

    @Override
    public List<CaseNote> notes(UUID caseId) {
        return s().createSelectionQuery("from CaseNote n where n.caseId = :c order by n.createdAt, n.id",
                CaseNote.class).setParameter("c", caseId).getResultList();
    }

    @Override
    public long count() {
        return s().createSelectionQuery("select count(c) from CaseFile c where c.deletedAt is null", Long.class)
                .getSingleResult();
    }
}
