package cn.zwgk.assessment.service.audit;

import cn.zwgk.assessment.domain.Refusal;
import cn.zwgk.assessment.domain.account.Roles;
import cn.zwgk.assessment.domain.audit.AuditChainCheck;
import cn.zwgk.assessment.domain.audit.AuditChainHead;
import cn.zwgk.assessment.domain.audit.AuditEvent;
import cn.zwgk.assessment.domain.audit.AuditRecord;
import cn.zwgk.assessment.domain.audit.AuditRecorder;
import cn.zwgk.assessment.service.AppSettings;
import cn.zwgk.assessment.service.security.Caller;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Local;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;

/**
 * The audit trail: append-only and hash-chained. Services record their changes in the same
 * transaction as the change itself, so that a change and its event commit or roll back together.
 *
 * <p>An append locks the chain's head until its transaction commits, and every write in the system
 * appends to that one head; so a service that changes rows which other writes lock too (an
 * assessment's, and what hangs on it) writes (flushes) them first and appends its event last. The
 * head is then held only for the append and the commit, and those transactions take their locks in
 * one order — rows, then the head — so that none holds the head while it waits for a row that
 * another holds while it waits for the head.
 */
@Stateless
@Local({AuditRecorder.class})
@LocalBean
public class AuditTrail implements AuditRecorder {

  /** The chain is read in pages so that verifying a long trail needs little memory. */
  private static final int PAGE = 1000;

  /** The most events one query returns. */
  public static final int MAX_EVENTS = 10_000;

  /** The most events one export holds; a longer period is exported in parts. */
  public static final int MAX_EXPORT = 200_000;

  @PersistenceContext private EntityManager em;
  @EJB private Caller caller;
  @Inject private AppSettings settings;

  /**
   * Records a change made by the caller: what (action), to what (target, and the unit concerned),
   * the value before and after, and why.
   */
  @PermitAll
  @TransactionAttribute(TransactionAttributeType.MANDATORY)
  public void log(
      String action,
      String target,
      String unitCode,
      Object oldValue,
      Object newValue,
      String reason) {
    record(
        new AuditRecord(
            caller.name(), action, target, unitCode, text(oldValue), text(newValue), reason));
  }

  private static String text(Object value) {
    if (value == null) {
      return null;
    }
    return value instanceof BigDecimal d ? d.toPlainString() : value.toString();
  }

  @Override
  @PermitAll
  @TransactionAttribute(TransactionAttributeType.MANDATORY)
  public void record(AuditRecord record) {
    AuditChainHead head =
        em.find(AuditChainHead.class, AuditChainHead.ID, LockModeType.PESSIMISTIC_WRITE);
    em.persist(head.append(record, LocalDateTime.now(), settings.auditKey()));
  }

  /**
   * Events in chain order, newest first, filtered by any of: a time range, an actor, a unit; at
   * most {@code max}.
   */
  @RolesAllowed({Roles.AUDITOR, Roles.ADMIN})
  public List<AuditEvent> events(
      LocalDateTime from, LocalDateTime to, String actor, String unitCode, int max) {
    if (max < 1 || max > MAX_EVENTS) {
      throw Refusal.badInput("audit.limit", MAX_EVENTS);
    }
    StringBuilder jpql = new StringBuilder("select e from AuditEvent e where 1 = 1");
    if (from != null) {
      jpql.append(" and e.occurredAt >= :from");
    }
    if (to != null) {
      jpql.append(" and e.occurredAt < :to");
    }
    if (actor != null) {
      jpql.append(" and e.actor = :actor");
    }
    if (unitCode != null) {
      jpql.append(" and e.unitCode = :unit");
    }
    var query =
        em.createQuery(jpql.append(" order by e.seq desc").toString(), AuditEvent.class)
            .setMaxResults(max);
    if (from != null) {
      query.setParameter("from", from);
    }
    if (to != null) {
      query.setParameter("to", to);
    }
    if (actor != null) {
      query.setParameter("actor", actor);
    }
    if (unitCode != null) {
      query.setParameter("unit", unitCode);
    }
    return query.getResultList();
  }

  /**
   * The events of a period in chain order, for the auditor to keep outside the system. The export
   * itself is an audit event: who took the trail away, and which part.
   */
  @RolesAllowed({Roles.AUDITOR})
  public List<AuditEvent> export(LocalDateTime from, LocalDateTime to) {
    if (from == null || to == null) {
      throw Refusal.badInput("audit.periodRequired");
    }
    if (!from.isBefore(to)) {
      throw Refusal.badInput("audit.periodEmpty");
    }
    List<AuditEvent> events =
        em.createQuery(
                "select e from AuditEvent e where e.occurredAt >= :from and e.occurredAt < :to"
                    + " order by e.seq",
                AuditEvent.class)
            .setParameter("from", from)
            .setParameter("to", to)
            .setMaxResults(MAX_EXPORT + 1)
            .getResultList();
    if (events.size() > MAX_EXPORT) {
      throw Refusal.badInput("audit.exportTooLarge", MAX_EXPORT);
    }
    log("AUDIT_EXPORTED", "audit:" + from + "/" + to, null, null, events.size(), null);
    return events;
  }

  /** Recomputes every hash and link; finds the first event changed, deleted or inserted. */
  @RolesAllowed({Roles.AUDITOR})
  public AuditChainCheck verify() {
    AuditChainCheck check = new AuditChainCheck(settings.auditKey());
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
