package org.shield.bootstrap;

import java.nio.file.Path;
import java.time.Clock;
import org.shield.application.casefile.CaseService;
import org.shield.application.common.ApplicationException;
import org.shield.application.common.CurrentUser;
import org.shield.application.common.ProgressListener;
import org.shield.application.party.OrganisationService;
import org.shield.application.party.PersonService;
import org.shield.application.security.DataKey;
import org.shield.application.security.VerifyReport;
import org.shield.application.security.Workspace;
import org.shield.infra.persistence.VaultDatabase;

/** An unlocked vault: its database, data key and the services over them, built with {@code new}. */
final class VaultWorkspace implements Workspace {
    private final Path dir;
    private final VaultDatabase db;
    private final DataKey key;
    private final CurrentUser user;
    private final CaseService cases;
    private final PersonService persons;
    private final OrganisationService organisations;

    VaultWorkspace(Path dir, VaultDatabase db, DataKey key, CurrentUser user, Clock clock)
            throws ApplicationException {
        this.dir = dir;
        this.db = db;
        this.key = key;
        this.user = user;
        this.persons = new PersonService(db.transactions(), db.personRepository(), user, clock);
        this.cases = new CaseService(db.transactions(), db.caseRepository(), persons, user, db.deviceTag(), clock);
        this.organisations = new OrganisationService(db.transactions(), db.organisationRepository(), user, clock);
    }

    @Override
    public CurrentUser user() {
        return user;
    }

    @Override
    public Path directory() {
        return dir;
    }

    @Override
    public CaseService cases() {
        return cases;
    }

    @Override
    public PersonService persons() {
        return persons;
    }

    @Override
    public OrganisationService organisations() {
        return organisations;
    }

    @Override
    public VerifyReport verify(ProgressListener progress) throws ApplicationException {
        return db.verify(progress);
    }

    @Override
    public void snapshot(Path zip) throws ApplicationException {
        db.snapshot(zip);
    }

    @Override
    public DataKey dataKey() {
        return key;
    }

    @Override
    public void close() {
        try {
            db.close();
        } finally {
            key.destroy();
        }
    }
}
