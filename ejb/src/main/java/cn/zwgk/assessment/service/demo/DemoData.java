package cn.zwgk.assessment.service.demo;

import cn.zwgk.assessment.domain.account.PasswordHasher;
import cn.zwgk.assessment.domain.account.Role;
import cn.zwgk.assessment.domain.account.UserAccount;
import cn.zwgk.assessment.domain.audit.AuditRecord;
import cn.zwgk.assessment.domain.unit.AssessedUnit;
import cn.zwgk.assessment.service.AppSettings;
import cn.zwgk.assessment.service.audit.AuditTrail;
import cn.zwgk.assessment.service.security.Caller;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

/**
 * Demo mode (the README's run command): the demo accounts, all with the password {@value
 * #PASSWORD}. Created once; a database that already has them is left alone.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
public class DemoData {

  public static final String PASSWORD = "Demo@2026";
  private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

  @Inject private AppSettings settings;
  @PersistenceContext private EntityManager em;
  @EJB private AuditTrail audit;

  @PostConstruct
  void create() {
    if (!settings.demoMode()) {
      return;
    }
    if (!em.createNamedQuery("UserAccount.byUsername", UserAccount.class)
        .setParameter("username", "admin")
        .getResultList()
        .isEmpty()) {
      LOG.info("Demo mode: the demo accounts exist already");
      return;
    }
    List<UserAccount> accounts = new ArrayList<>();
    accounts.add(staff("admin", "系统管理员", Role.ADMIN));
    accounts.add(staff("assessor1", "考核组成员一", Role.ASSESSOR));
    accounts.add(staff("approver1", "审核领导一", Role.APPROVER));
    accounts.add(staff("auditor", "安全审计员", Role.AUDITOR));
    List<AssessedUnit> units =
        em.createNamedQuery("AssessedUnit.all", AssessedUnit.class).getResultList();
    for (AssessedUnit unit : units.stream().sorted(AssessedUnit.OFFICIAL_ORDER).toList()) {
      accounts.add(UserAccount.ofUnit(unit.getCode(), unit, hash()));
    }
    for (UserAccount account : accounts) {
      em.persist(account);
      audit.record(
          new AuditRecord(
              Caller.SYSTEM,
              "ACCOUNT_CREATED",
              "account:" + account.getUsername(),
              account.getUnit() == null ? null : account.getUnit().getCode(),
              null,
              account.getRole().name(),
              "demo mode"));
    }
    LOG.info(() -> "Demo mode: created " + accounts.size() + " demo accounts");
  }

  private static UserAccount staff(String username, String displayName, Role role) {
    return UserAccount.staff(username, displayName, role, hash());
  }

  private static String hash() {
    return new PasswordHasher().hash(PASSWORD.toCharArray());
  }
}
