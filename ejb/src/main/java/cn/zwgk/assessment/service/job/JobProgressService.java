package cn.zwgk.assessment.service.job;

import cn.zwgk.assessment.domain.job.JobProgress;
import cn.zwgk.assessment.domain.job.ProgressRecorder;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;

/** Writes the jobs' progress, each update committed at once, whatever the job's transaction. */
@Stateless
@Local(ProgressRecorder.class)
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class JobProgressService implements ProgressRecorder {

  @PersistenceContext private EntityManager em;

  @Override
  public void startStep(long executionId, String jobName, String stepName) {
    JobProgress progress = em.find(JobProgress.class, executionId);
    if (progress == null) {
      progress = new JobProgress(executionId, jobName);
      em.persist(progress);
    }
    progress.startStep(stepName, LocalDateTime.now());
  }

  @Override
  public void total(long executionId, long total) {
    JobProgress progress = em.find(JobProgress.class, executionId);
    if (progress != null) {
      progress.total(total, LocalDateTime.now());
    }
  }

  @Override
  public void add(long executionId, long more) {
    // One statement, so that partitions running at once never overwrite each other's count.
    em.createQuery(
            "update JobProgress p set p.done = p.done + :more, p.updatedAt = :now"
                + " where p.executionId = :id")
        .setParameter("more", more)
        .setParameter("now", LocalDateTime.now())
        .setParameter("id", executionId)
        .executeUpdate();
  }

  @Override
  public void advance(long executionId, long done) {
    JobProgress progress = em.find(JobProgress.class, executionId);
    if (progress != null) {
      progress.advance(done, LocalDateTime.now());
    }
  }
}
