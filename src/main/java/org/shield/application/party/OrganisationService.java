package org.shield.application.party;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.shield.application.audit.AuditStore;
import org.shield.application.access.AccessControl;
import org.shield.domain.audit.AuditAction;
import org.shield.domain.audit.ChangeSet;
import org.shield.domain.security.Permission;
import org.shield.application.common.ApplicationException;
import org.shield.application.common.ConflictException;
import org.shield.application.common.CurrentUser;
import org.shield.application.common.NotFoundException;
import org.shield.application.common.TransactionRunner;
import org.shield.application.common.UserMessage;
import org.shield.domain.party.Organisation;

/** Use cases on organisations. Blocking; call from a worker thread. */
public final class OrganisationService {
    static final String TYPE = "Organisation";

    private final TransactionRunner tx;
    private final OrganisationRepository organisations;
    private final CurrentUser user;
    private final AccessControl access;
    private final AuditStore audit;
    private final Clock clock;

    public OrganisationService(TransactionRunner tx, OrganisationRepository organisations, AccessControl access,
            AuditStore audit, Clock clock) {
        this.tx = tx;
        this.organisations = organisations;
        this.user = access.user();
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    public OrganisationDetails save(SaveOrganisationCommand cmd) throws ApplicationException {
        UUID id = tx.write(() -> {
            Organisation o;
            access.require(Permission.ORGANISATION_EDIT, TYPE, cmd.id());
            if (cmd.id() == null) {
                o = new Organisation(cmd.name(), cmd.type(), user.userName(), clock.instant());
                o.locate(cmd.place(), cmd.country());
                organisations.add(o);
                audit.append(user.userName(), AuditAction.Create, TYPE, o.getId(), ChangeSet.diff(Map.of(), state(o)));
            } else {
                o = load(cmd.id());
                if (o.getVersion() != cmd.version()) {
                    throw new ConflictException(new UserMessage("error.conflict"));
                }
                Map<String, String> before = state(o);
                o.rename(cmd.name());
                o.retype(cmd.type());
                o.locate(cmd.place(), cmd.country());
                o.touch(user.userName(), clock.instant());
                audit.append(user.userName(), AuditAction.Update, TYPE, o.getId(), ChangeSet.diff(before, state(o)));
            }
            return o.getId();
        });
        return get(id);
    }

    public OrganisationDetails get(UUID id) throws ApplicationException {
        return tx.read(() -> {
            access.require(Permission.ORGANISATION_VIEW, TYPE, id);
            return details(load(id));
        });
    }

    public List<OrganisationDetails> findByName(String text) throws ApplicationException {
        return tx.read(() -> {
            access.require(Permission.ORGANISATION_VIEW, TYPE, null);
            return organisations.findByName(text == null ? "" : text.strip(), 100).stream()
                .map(OrganisationService::details).toList();
        });
    }

    private static Map<String, String> state(Organisation o) {
        Map<String, String> m = ChangeSet.snapshot();
        m.put("name", o.getName());
        m.put("type", o.getType().name());
        m.put("place", o.getPlace());
        m.put("country", o.getCountry());
        return m;
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
