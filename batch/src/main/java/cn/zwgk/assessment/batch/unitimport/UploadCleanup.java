package cn.zwgk.assessment.batch.unitimport;

import cn.zwgk.assessment.domain.unit.UnitImportSteps;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.listener.AbstractJobListener;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Deletes the uploaded sheet when the import has completed or was rejected. A job that failed for
 * another reason keeps it, so that it can be restarted.
 */
@Named
@Dependent
public class UploadCleanup extends AbstractJobListener {

  @Inject private JobContext job;

  @Inject
  @BatchProperty(name = "file")
  private String file;

  @Override
  public void afterJob() throws IOException {
    boolean rejected = UnitImportSteps.REJECTED.equals(job.getExitStatus());
    if (job.getBatchStatus() == BatchStatus.COMPLETED || rejected) {
      Files.deleteIfExists(Path.of(file));
    }
  }
}
