package cn.zwgk.assessment.domain.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class JobProgressTest {

  private static final LocalDateTime NOW = LocalDateTime.of(2026, 12, 5, 15, 0);

  private final JobProgress close = new JobProgress(7, "close");

  @Test
  void aNewExecutionHasDoneNothingOfNothing() {
    close.startStep("validate", NOW);
    assertThat(close.getStepName()).isEqualTo("validate");
    assertThat(close.getDone()).isZero();
    assertThat(close.getTotal()).isZero();
  }

  @Test
  void aStepThatKnowsItsTotalCountsFromNone() {
    close.startStep("compute", NOW);
    close.total(15052, NOW);
    close.advance(2500, NOW.plusSeconds(1));
    close.startStep("rank", NOW.plusSeconds(2));
    close.total(15052, NOW.plusSeconds(2));
    assertThat(close.getDone()).isZero();
    assertThat(close.getTotal()).isEqualTo(15052);
    close.advance(15052, NOW.plusSeconds(3));
    assertThat(close.getDone()).isEqualTo(15052);
  }

  @Test
  void aStepThatCountsNothingKeepsTheCountsOfTheStepBefore() {
    close.startStep("rank", NOW);
    close.total(53, NOW);
    close.advance(53, NOW.plusSeconds(1));
    close.startStep("finish", NOW.plusSeconds(2));
    assertThat(close.getStepName()).isEqualTo("finish");
    assertThat(close.getDone()).isEqualTo(53);
    assertThat(close.getTotal()).isEqualTo(53);
    assertThat(close.getUpdatedAt()).isEqualTo(NOW.plusSeconds(2));
  }

  @Test
  void aRestartedStepStartsItsCountAgainWhenItKnowsItsTotal() {
    close.startStep("compute", NOW);
    close.total(15052, NOW);
    close.advance(5000, NOW.plusSeconds(1));
    close.startStep("compute", NOW.plusSeconds(60));
    close.total(15052, NOW.plusSeconds(60));
    assertThat(close.getDone()).isZero();
  }
}
