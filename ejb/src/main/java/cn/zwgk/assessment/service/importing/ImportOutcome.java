package cn.zwgk.assessment.service.importing;

import cn.zwgk.assessment.domain.unit.UnitSheetRow;
import cn.zwgk.assessment.service.job.JobStatus;
import java.io.Serializable;
import java.util.List;

/** A unit import as its page shows it: the job, and the rows it refused with their problems. */
public record ImportOutcome(JobStatus job, List<UnitSheetRow> problemRows) implements Serializable {

  public boolean isRejected() {
    return job.isRejected();
  }
}
