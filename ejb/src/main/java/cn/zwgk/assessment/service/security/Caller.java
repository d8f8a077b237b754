package cn.zwgk.assessment.service.security;

import jakarta.annotation.Resource;
import jakarta.ejb.EJBContext;
import jakarta.ejb.Stateless;
import java.security.Principal;

/** Who is calling the services; "system" for work that no person started (start-up, timers). */
@Stateless
public class Caller {

  public static final String SYSTEM = "system";

  @Resource private EJBContext context;

  public String name() {
    Principal principal = context.getCallerPrincipal();
    return principal == null || "anonymous".equals(principal.getName())
        ? SYSTEM
        : principal.getName();
  }
}
