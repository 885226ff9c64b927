package org.shield.application.access;

import java.util.List;
import java.util.Optional;
import org.shield.domain.security.UserAccount;

/** Port: the vault's user accounts in the database. Called inside a transaction. */
public interface UserRepository {
    Optional<UserAccount> find(String userName);

    List<UserAccount> all();

    void add(UserAccount user);
}
