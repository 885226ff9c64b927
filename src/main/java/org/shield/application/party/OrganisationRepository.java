package org.shield.application.party;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.shield.domain.party.Organisation;

/** Port: where organisations are kept. Called inside a transaction. */
public interface OrganisationRepository {
    void add(Organisation organisation);

    Optional<Organisation> find(UUID id);

    /** Live organisations whose name contains {@code text} ignoring case, by name. */
    List<Organisation> findByName(String text, int limit);
}
