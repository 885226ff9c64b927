package org.shield.infra.persistence;

import java.util.List;
import java.util.Optional;
import org.shield.application.access.UserRepository;
import org.shield.domain.security.UserAccount;

/** User accounts in the encrypted H2 database, through Hibernate. */
public final class JpaUserRepository implements UserRepository {
    private final SessionContext context;

    JpaUserRepository(SessionContext context) {
        this.context = context;
    }

    @Override
    public Optional<UserAccount> find(String userName) {
        return context.current().createSelectionQuery("from UserAccount u where u.userName = :n and u.deletedAt is null",
                UserAccount.class).setParameter("n", userName).uniqueResultOptional();
    }

    @Override
    public List<UserAccount> all() {
        return context.current().createSelectionQuery("from UserAccount u where u.deletedAt is null order by u.userName",
                UserAccount.class).getResultList();
    }

    @Override
    public void add(UserAccount user) {
        context.current().persist(user);
    }
}
