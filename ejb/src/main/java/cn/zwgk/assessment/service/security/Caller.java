package cn.zwgk.assessment.service.security;

import cn.zwgk.assessment.domain.account.UserAccount;
import jakarta.annotation.Resource;
import jakarta.ejb.EJBContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.Principal;
import java.util.Optional;

/** Who is calling the services; "system" for work that no person started (start-up, timers). */
@Stateless
public class Caller {

  public static final String SYSTEM = "system";

  @Resource private EJBContext context;
  @PersistenceContext private EntityManager em;

  public String name() {
    Principal principal = context.getCallerPrincipal();
    return principal == null || "anonymous".equals(principal.getName())
        ? SYSTEM
        : principal.getName();
  }

  public boolean hasRole(String role) {
    return context.isCallerInRole(role);
  }

  /** The caller's account; empty for the system. */
  public Optional<UserAccount> account() {
    return em.createNamedQuery("UserAccount.byUsername", UserAccount.class)
        .setParameter("username", name())
        .getResultStream()
        .findFirst();
  }
}
