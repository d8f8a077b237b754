package cn.zwgk.assessment.service.account;

import cn.zwgk.assessment.domain.account.PasswordHasher;
import cn.zwgk.assessment.domain.account.UserAccount;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/** Checks a username and password against the accounts; used by the login of pages and API. */
@Stateless
@PermitAll
public class Authenticator {

  private static final PasswordHasher HASHER = new PasswordHasher();

  /** Compared against when the account does not exist, so that both cases take the same time. */
  private static final String DUMMY_HASH = HASHER.hash("not a password".toCharArray());

  @PersistenceContext private EntityManager em;
  @Inject private RecentLogins recent;

  public Optional<AuthenticatedAccount> authenticate(String username, char[] password) {
    Optional<AuthenticatedAccount> remembered = recent.find(username, password);
    if (remembered.isPresent()) {
      return remembered;
    }
    Optional<AuthenticatedAccount> verified = verify(username, password);
    verified.ifPresent(a -> recent.remember(username, password, a));
    return verified;
  }

  private Optional<AuthenticatedAccount> verify(String username, char[] password) {
    Optional<UserAccount> account =
        em.createNamedQuery("UserAccount.byUsername", UserAccount.class)
            .setParameter("username", username)
            .getResultStream()
            .findFirst();
    String hash = account.map(UserAccount::getPasswordHash).orElse(DUMMY_HASH);
    boolean matches = HASHER.matches(password, hash);
    return account
        .filter(a -> matches && a.canLogIn())
        .map(
            a ->
                new AuthenticatedAccount(
                    a.getUsername(),
                    a.getDisplayName(),
                    a.getRole(),
                    a.getUnit() == null ? null : a.getUnit().getCode(),
                    a.isMustChangePassword()));
  }
}
