package cn.zwgk.assessment.service.security;

import cn.zwgk.assessment.domain.Refusal;
import cn.zwgk.assessment.domain.account.Roles;
import cn.zwgk.assessment.domain.account.UserAccount;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * The data scope of DESIGN.md, checked by every service before it reads or changes a unit's data: a
 * unit's clerk sees its own unit only, an assessor the units assigned to it; the office, the
 * approvers and the auditor see every unit. Checked on the unit code as asked, before the unit is
 * looked up, so that a refusal (403) says nothing about whether the unit exists.
 */
@Stateless
public class UnitScope {

  @EJB private Caller caller;
  @PersistenceContext private EntityManager em;

  /** The caller may read this unit's assessment, evidence and results. */
  public void requireVisible(String unitCode) {
    if (caller.hasRole(Roles.UNIT_USER)) {
      requireOwnUnit(unitCode);
    } else if (caller.hasRole(Roles.ASSESSOR)) {
      requireAssigned(unitCode);
    } else if (!caller.hasRole(Roles.ADMIN)
        && !caller.hasRole(Roles.APPROVER)
        && !caller.hasRole(Roles.AUDITOR)) {
      throw Refusal.forbidden("scope.otherUnit");
    }
  }

  /** The caller is the clerk of this unit. */
  public void requireOwnUnit(String unitCode) {
    String own = caller.account().map(UserAccount::getUnit).map(u -> u.getCode()).orElse(null);
    if (!caller.hasRole(Roles.UNIT_USER) || own == null || !own.equals(unitCode)) {
      throw Refusal.forbidden("scope.otherUnit");
    }
  }

  /** The caller is an assessor assigned to this unit. */
  public void requireAssigned(String unitCode) {
    if (!caller.hasRole(Roles.ASSESSOR) || !isAssigned(caller.name(), unitCode)) {
      throw Refusal.forbidden("scope.notAssigned");
    }
  }

  public boolean isAssigned(String assessor, String unitCode) {
    return em.createNamedQuery("AssessorAssignment.exists", Long.class)
            .setParameter("username", assessor)
            .setParameter("unit", unitCode)
            .getSingleResult()
        > 0;
  }
}
