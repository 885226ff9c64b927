package org.shield.infra.persistence;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.shield.application.party.OrganisationRepository;
import org.shield.domain.party.Organisation;

/** Organisations in the encrypted H2 database. */
public final class JpaOrganisationRepository implements OrganisationRepository {
    private final SessionContext context;

    JpaOrganisationRepository(SessionContext context) {
        this.context = context;
    }

    @Override
    public void add(Organisation organisation) {
        context.current().persist(organisation);
    }

    @Override
    public Optional<Organisation> find(UUID id) {
        return Optional.ofNullable(context.current().find(Organisation.class, id)).filter(o -> !o.isDeleted());
    }

    @Override
    public List<Organisation> findByName(String text, int limit) {
        return context.current().createSelectionQuery("from Organisation o where o.deletedAt is null "
                + "and lower(o.name) like :t escape '\\' order by o.name", Organisation.class)
                .setParameter("t", "%" + JpaCaseRepository.escapeLike(text.toLowerCase(Locale.ROOT)) + "%")
                .setMaxResults(limit).getResultList();
    }
}
