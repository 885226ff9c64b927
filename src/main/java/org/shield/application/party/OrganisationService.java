package org.shield.application.party;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.shield.application.common.ApplicationException;
import org.shield.application.common.ConflictException;
import org.shield.application.common.CurrentUser;
import org.shield.application.common.NotFoundException;
import org.shield.application.common.TransactionRunner;
import org.shield.application.common.UserMessage;
import org.shield.domain.party.Organisation;

/** Use cases on organisations. Blocking; call from a worker thread. */
public final class OrganisationService {
    private final TransactionRunner tx;
    private final OrganisationRepository organisations;
    private final CurrentUser user;
    private final Clock clock;

    public OrganisationService(TransactionRunner tx, OrganisationRepository organisations, CurrentUser user,
            Clock clock) {
        this.tx = tx;
        this.organisations = organisations;
        this.user = user;
        this.clock = clock;
    }

    public OrganisationDetails save(SaveOrganisationCommand cmd) throws ApplicationException {
        UUID id = tx.write(() -> {
            Organisation o;
            if (cmd.id() == null) {
                o = new Organisation(cmd.name(), cmd.type(), user.userName(), clock.instant());
                o.locate(cmd.place(), cmd.country());
                organisations.add(o);
            } else {
                o = load(cmd.id());
                if (o.getVersion() != cmd.version()) {
                    throw new ConflictException(new UserMessage("error.conflict"));
                }
                o.rename(cmd.name());
                o.retype(cmd.type());
                o.locate(cmd.place(), cmd.country());
                o.touch(user.userName(), clock.instant());
            }
            return o.getId();
        });
        return get(id);
    }

    public OrganisationDetails get(UUID id) throws ApplicationException {
        return tx.read(() -> details(load(id)));
    }

    public List<OrganisationDetails> findByName(String text) throws ApplicationException {
        return tx.read(() -> organisations.findByName(text == null ? "" : text.strip(), 100).stream()
                .map(OrganisationService::details).toList());
    }

    private Organisation load(UUID id) throws NotFoundException {
        return organisations.find(id)
                .orElseThrow(() -> new NotFoundException(new UserMessage("error.organisationNotFound")));
    }

    private static OrganisationDetails details(Organisation o) {
        return new OrganisationDetails(o.getId(), o.getVersion(), o.getName(), o.getType(), o.getPlace(),
                o.getCountry());
    }
}
