package cn.zwgk.assessment.domain.special;

import static cn.zwgk.assessment.domain.RefusalAssert.assertBadInput;
import static cn.zwgk.assessment.domain.RefusalAssert.assertConflict;
import static cn.zwgk.assessment.domain.RefusalAssert.assertForbidden;
import static org.assertj.core.api.Assertions.assertThat;

import cn.zwgk.assessment.domain.YearFixture;
import cn.zwgk.assessment.domain.assessment.AssessmentState;
import cn.zwgk.assessment.domain.assessment.UnitAssessment;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ZeroOutTest {

  private static final LocalDateTime NOW = YearFixture.NOW;
  private static final String ADMIN = "admin";
  private static final String APPROVER = "approver1";

  private final UnitAssessment assessment = YearFixture.assessment(AssessmentState.SCORED);

  private ZeroOut recorded() {
    return new ZeroOut(assessment, "伪造佐证材料", ADMIN, NOW);
  }

  @Test
  void recordsAZeroOutPendingApproval() {
    ZeroOut zeroOut = new ZeroOut(assessment, "伪造佐证材料：第4项截图系PS", ADMIN, NOW);

    assertThat(zeroOut.getAssessment()).isSameAs(assessment);
    assertThat(zeroOut.getReason()).isEqualTo("伪造佐证材料：第4项截图系PS");
    assertThat(zeroOut.getRecordedBy()).isEqualTo(ADMIN);
    assertThat(zeroOut.getRecordedAt()).isEqualTo(NOW);
    assertThat(zeroOut.isPending()).isTrue();
    assertThat(zeroOut.isApproved()).isFalse();
    assertThat(zeroOut.getDecision()).isEqualTo(Decision.PENDING);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "\r\n", "\u3000"})
  void aReasonIsRequired(String reason) {
    assertBadInput(() -> new ZeroOut(assessment, reason, ADMIN, NOW), "text.required");
    assertBadInput(() -> new ZeroOut(assessment, null, ADMIN, NOW), "text.required");
  }

  @Test
  void theReasonHasLimits() {
    assertBadInput(() -> new ZeroOut(assessment, "由".repeat(2001), ADMIN, NOW), "text.tooLong");
    assertBadInput(
        () -> new ZeroOut(assessment, "由\u001b[31m", ADMIN, NOW), "text.controlCharacters");
    assertThat(new ZeroOut(assessment, "由".repeat(2000), ADMIN, NOW).getReason()).hasSize(2000);
  }

  @Test
  void theReasonIsKeptExactly() {
    String reason = "  弄虚作假：\n\t<script>x</script> “引号” 😡 ";

    assertThat(new ZeroOut(assessment, reason, ADMIN, NOW).getReason()).isEqualTo(reason);
  }

  @Test
  void theRecorderCannotDecide() {
    ZeroOut zeroOut = recorded();

    assertForbidden(() -> zeroOut.approve(ADMIN, NOW), "special.ownRecord");
    assertForbidden(() -> zeroOut.reject(ADMIN, "撤回", NOW), "special.ownRecord");
    assertThat(zeroOut.isPending()).isTrue();
  }

  @Test
  void anApproverApproves() {
    ZeroOut zeroOut = recorded();

    zeroOut.approve(APPROVER, NOW.plusDays(1));

    assertThat(zeroOut.isApproved()).isTrue();
    assertThat(zeroOut.getDecidedBy()).isEqualTo(APPROVER);
    assertThat(zeroOut.getDecidedAt()).isEqualTo(NOW.plusDays(1));
  }

  @Test
  void anApproverRejectsWithAReason() {
    ZeroOut zeroOut = recorded();

    assertBadInput(() -> zeroOut.reject(APPROVER, " ", NOW), "text.required");
    zeroOut.reject(APPROVER, "证据不足", NOW);

    assertThat(zeroOut.getDecision()).isEqualTo(Decision.REJECTED);
    assertThat(zeroOut.isApproved()).isFalse();
    assertThat(zeroOut.getDecisionReason()).isEqualTo("证据不足");
  }

  @Test
  void aDecisionIsFinal() {
    ZeroOut approved = recorded();
    approved.approve(APPROVER, NOW);
    ZeroOut rejected = recorded();
    rejected.reject(APPROVER, "证据不足", NOW);

    assertConflict(() -> approved.approve("approver2", NOW), "special.decided");
    assertConflict(() -> approved.reject("approver2", "改判", NOW), "special.decided");
    assertConflict(() -> rejected.approve("approver2", NOW), "special.decided");
    assertConflict(() -> rejected.reject("approver2", "再驳回", NOW), "special.decided");
    assertThat(approved.isApproved()).isTrue();
    assertThat(rejected.getDecision()).isEqualTo(Decision.REJECTED);
    assertThat(rejected.getDecisionReason()).isEqualTo("证据不足");
  }

  @Test
  void theRecorderIsRefusedAsSuchEvenAfterADecision() {
    ZeroOut zeroOut = recorded();
    zeroOut.approve(APPROVER, NOW);

    assertForbidden(() -> zeroOut.approve(ADMIN, NOW), "special.ownRecord");
  }
}
