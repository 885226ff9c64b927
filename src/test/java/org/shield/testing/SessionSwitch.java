package org.shield.testing;

import java.nio.file.Path;
import org.shield.application.common.ApplicationException;
import org.shield.application.security.VaultService;
import org.shield.application.security.Workspace;

/**
 * One unlocked workspace at a time on a test vault, kept while the same user goes on (an unlock costs a
 * database open), closed and replaced when another user takes over. Tests of several roles use it.
 */
public final class SessionSwitch implements AutoCloseable {
    private final VaultService vaults;
    private final Path vault;
    private final char[] passphrase;
    private Workspace open;
    private String openUser;

    public SessionSwitch(VaultService vaults, Path vault, char[] passphrase) {
        this.vaults = vaults;
        this.vault = vault;
        this.passphrase = passphrase.clone();
    }

    public Workspace as(String user) throws ApplicationException {
        if (!user.equals(openUser)) {
            close();
            open = vaults.unlock(vault, user, passphrase);
            openUser = user;
        }
        return open;
    }

    @Override
    public void close() {
        if (open != null) {
            open.close();
            open = null;
            openUser = null;
        }
    }
}
