package cn.zwgk.assessment.service.job;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.batch.runtime.BatchStatus;
import java.time.LocalDateTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JobStatusTest {

  private static final LocalDateTime NOW = LocalDateTime.of(2026, 12, 5, 10, 0);

  /** Started an hour ago; its progress last moved the given number of seconds ago, or never. */
  private static JobStatus execution(BatchStatus status, String exitStatus, Long quietSeconds) {
    return new JobStatus(
        7,
        "unit-import",
        status,
        exitStatus,
        "crossCheck",
        0,
        0,
        NOW.minusHours(1),
        null,
        quietSeconds == null ? null : NOW.minusSeconds(quietSeconds));
  }

  @ParameterizedTest(name = "{0} / {1}, quiet {2} s: final {3}, restartable {4}")
  @CsvSource(
      nullValues = "-",
      value = {
        "COMPLETED, COMPLETED, 10,   true,  false",
        "COMPLETED, CLEAN,     -,    true,  false",
        "ABANDONED, FAILED,    10,   true,  false",
        "FAILED,    REJECTED,  10,   true,  false",
        "FAILED,    REJECTED,  3600, true,  false",
        "STOPPED,   REJECTED,  10,   true,  false",
        "FAILED,    FAILED,    10,   false, true",
        "FAILED,    -,         -,    false, true",
        "STOPPED,   STOPPED,   10,   false, true",
        "STARTED,   -,         10,   false, false",
        "STARTED,   -,         119,  false, false",
        "STARTED,   -,         121,  false, true",
        "STARTING,  -,         -,    false, true",
        "STOPPING,  -,         3600, false, true",
        "STOPPING,  -,         60,   false, false",
        "STARTED,   REJECTED,  3600, true,  false",
      })
  void whatMayBeRestarted(
      BatchStatus status,
      String exitStatus,
      Long quietSeconds,
      boolean isFinal,
      boolean restartable) {
    JobStatus job = execution(status, exitStatus, quietSeconds);

    assertThat(job.isFinal()).isEqualTo(isFinal);
    assertThat(job.isRestartable(NOW)).isEqualTo(restartable);
  }

  @ParameterizedTest
  @CsvSource({"REJECTED, true", "rejected, false", "CLEAN, false", "FAILED, false"})
  void onlyTheImportsOwnVerdictIsARejection(String exitStatus, boolean isFinal) {
    assertThat(execution(BatchStatus.FAILED, exitStatus, 10L).isFinal()).isEqualTo(isFinal);
  }

  @ParameterizedTest(name = "\"{0}\": code {1}, count {2}")
  @CsvSource(
      nullValues = "-",
      value = {
        "COMPLETED,       COMPLETED,  -",
        "REJECTED,        REJECTED,   -",
        "IMPORTED 12,     IMPORTED,   12",
        "INCOMPLETE 3,    INCOMPLETE, 3",
        "IMPORTED 0,      IMPORTED,   0",
        "-,               -,          -",
        "'',              -,          -",
        "'compute: SQLException: Lock wait timeout', -, -",
        "IMPORTED twelve, -,          -",
        "imported 12,     -,          -",
        "'IMPORTED 12 ',  -,          -",
        "IMPORTED -1,     -,          -",
      })
  void theCodeWordAndCountOfAnExitStatus(String exitStatus, String code, Long count) {
    JobStatus job = execution(BatchStatus.COMPLETED, exitStatus, 10L);

    JobStatus.CodedExit coded = job.codedExit();
    assertThat(coded == null ? null : coded.word()).isEqualTo(code);
    assertThat(coded == null ? null : coded.count()).isEqualTo(count);
  }
}
