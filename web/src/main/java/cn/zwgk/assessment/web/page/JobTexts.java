package cn.zwgk.assessment.web.page;

import cn.zwgk.assessment.service.job.JobStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/** A job execution's step and outcome in the user's language, for every page that shows jobs. */
@Named
@ApplicationScoped
public class JobTexts {

  public String step(JobStatus job) {
    return job.step() == null ? "" : Pages.text("job.step." + job.step());
  }

  /** Items done of total, where the job has counted any (none before its first count). */
  public String count(JobStatus job) {
    return job.total() > 0 ? job.done() + " / " + job.total() : "";
  }

  /**
   * The exit status worded (已导入 12 个单位) where the job set a code word that has a text; as it is
   * otherwise, such as a failed step's reason.
   */
  public String outcome(JobStatus job) {
    JobStatus.CodedExit coded = job.codedExit();
    if (coded == null) {
      return job.exitStatus() == null ? "" : job.exitStatus();
    }
    String key = "job.exit." + coded.word();
    String text = coded.count() == null ? Pages.text(key) : Pages.text(key, coded.count());
    return text.equals(key) ? job.exitStatus() : text;
  }
}
