package cn.zwgk.assessment.service.appeal;

import cn.zwgk.assessment.domain.assessment.UnitAssessment;
import cn.zwgk.assessment.domain.result.UnitResult;
import cn.zwgk.assessment.domain.scoring.Totals;
import cn.zwgk.assessment.service.audit.AuditTrail;
import cn.zwgk.assessment.service.close.CloseService;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.LocalDateTime;
import java.util.Properties;

/**
 * An assessment re-opened by an appeal has been approved again: its result takes the new totals, it
 * is final again, and the {@code ranking} job ranks and grades the year once more.
 */
@Stateless
@PermitAll
public class AppealReRanking {

  @PersistenceContext private EntityManager em;
  @EJB private AuditTrail audit;
  @Resource private TransactionSynchronizationRegistry transactions;

  /**
   * What a re-approval changed, for {@link #record}: the result's figures and the assessment's
   * state, before and after.
   */
  public record ReApproval(
      int year,
      String unit,
      String resultBefore,
      String resultAfter,
      String stateBefore,
      String stateAfter) {}

  /**
   * Gives the result the new totals and makes the assessment final again. The caller writes these
   * rows and then calls {@link #record}: rows first, then the audit chain's head, as everywhere.
   */
  @TransactionAttribute(TransactionAttributeType.MANDATORY)
  public ReApproval reApprove(UnitAssessment assessment, Totals totals) {
    UnitResult result =
        em.createNamedQuery("UnitResult.ofUnit", UnitResult.class)
            .setParameter("cycle", assessment.getCycle())
            .setParameter("unit", assessment.getUnit())
            .getSingleResult();
    String resultBefore = figures(result);
    result.record(totals, LocalDateTime.now());
    String stateBefore = assessment.getState().name();
    assessment.finalAgain();
    return new ReApproval(
        assessment.getCycle().getYear(),
        assessment.getUnit().getCode(),
        resultBefore,
        figures(result),
        stateBefore,
        assessment.getState().name());
  }

  /** Records a re-approval in the audit trail and ranks the year again once it has committed. */
  @TransactionAttribute(TransactionAttributeType.MANDATORY)
  public void record(ReApproval reApproval) {
    int year = reApproval.year();
    String unit = reApproval.unit();
    audit.log(
        "RESULT_RECOMPUTED",
        "result:" + year + "/" + unit,
        unit,
        reApproval.resultBefore(),
        reApproval.resultAfter(),
        "appeal");
    audit.log(
        "ASSESSMENT_FINAL",
        "assessment:" + year + "/" + unit,
        unit,
        reApproval.stateBefore(),
        reApproval.stateAfter(),
        "appeal");
    audit.log("RANKING_REQUESTED", "cycle:" + year, unit, null, CloseService.RANKING_JOB, "appeal");
    rankAfterCommit(year);
  }

  /** The job reads the new result: it starts once this transaction has committed it. */
  private void rankAfterCommit(int year) {
    transactions.registerInterposedSynchronization(
        new Synchronization() {
          @Override
          public void beforeCompletion() {}

          @Override
          public void afterCompletion(int status) {
            if (status == Status.STATUS_COMMITTED) {
              Properties parameters = new Properties();
              parameters.setProperty("year", String.valueOf(year));
              BatchRuntime.getJobOperator().start(CloseService.RANKING_JOB, parameters);
            }
          }
        });
  }

  private static String figures(UnitResult r) {
    return r.getBase().toPlainString()
        + " +"
        + r.getBonus().toPlainString()
        + " -"
        + r.getPenalty().toPlainString()
        + " = "
        + r.getFinalScore().toPlainString()
        + (r.getRank() == null ? "" : " #" + r.getRank());
  }
}
