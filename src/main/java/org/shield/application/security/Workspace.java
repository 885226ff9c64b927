package org.shield.application.security;

import java.nio.file.Path;
import org.shield.application.casefile.CaseService;
import org.shield.application.common.ApplicationException;
import org.shield.application.common.CurrentUser;
import org.shield.application.common.ProgressListener;
import org.shield.application.party.OrganisationService;
import org.shield.application.party.PersonService;

/**
 * An unlocked vault: the signed-in user and the services that work on its data. Closing it closes the
 * database and forgets the data key. Services are blocking; call them from a worker thread.
 */
public interface Workspace extends AutoCloseable {
    CurrentUser user();

    Path directory();

    CaseService cases();

    PersonService persons();

    OrganisationService organisations();

    /** Reads every row of every table and checks the schema; a damaged store fails with a StorageException. */
    VerifyReport verify(ProgressListener progress) throws ApplicationException;

    /** Writes a consistent copy of the (still encrypted) database files as a zip to {@code zip}. */
    void snapshot(Path zip) throws ApplicationException;

    /** The data key, for wrapping it for a new user or a backup. */
    DataKey dataKey();

    @Override
    void close();
}
