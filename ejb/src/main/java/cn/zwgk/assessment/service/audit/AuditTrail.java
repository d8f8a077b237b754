package cn.zwgk.assessment.service.audit;

import cn.zwgk.assessment.domain.account.Roles;
import cn.zwgk.assessment.domain.audit.AuditChainCheck;
import cn.zwgk.assessment.domain.audit.AuditChainHead;
import cn.zwgk.assessment.domain.audit.AuditEvent;
import cn.zwgk.assessment.domain.audit.AuditRecord;
import cn.zwgk.assessment.domain.audit.AuditRecorder;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;

/**
 * The audit trail: append-only and hash-chained. Services record their changes in the same
 * transaction as the change itself, so that a change and its event commit or roll back together.
 */
@Stateless
@Local({AuditRecorder.class})
@jakarta.ejb.LocalBean
public class AuditTrail implements AuditRecorder {

  /** The chain is read in pages so that verifying a long trail needs little memory. */
  private static final int PAGE = 1000;

  @PersistenceContext private EntityManager em;

  @Override
  @PermitAll
  @TransactionAttribute(TransactionAttributeType.MANDATORY)
  public void record(AuditRecord record) {
    AuditChainHead head =
        em.find(AuditChainHead.class, AuditChainHead.ID, LockModeType.PESSIMISTIC_WRITE);
    em.persist(head.append(record, LocalDateTime.now()));
  }

  /** Recomputes every hash and link; finds the first event changed, deleted or inserted. */
  @RolesAllowed({Roles.AUDITOR})
  public AuditChainCheck verify() {
    AuditChainCheck check = new AuditChainCheck();
    long after = 0;
    while (true) {
      var page =
          em.createQuery(
                  "select e from AuditEvent e where e.seq > :after order by e.seq",
                  AuditEvent.class)
              .setParameter("after", after)
              .setMaxResults(PAGE)
              .getResultList();
      page.forEach(check::accept);
      if (page.size() < PAGE) {
        break;
      }
      after = page.get(page.size() - 1).getSeq();
      em.clear();
    }
    check.acceptHead(em.find(AuditChainHead.class, AuditChainHead.ID));
    return check;
  }
}
