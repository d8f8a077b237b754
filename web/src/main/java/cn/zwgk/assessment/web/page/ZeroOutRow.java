package cn.zwgk.assessment.web.page;

import cn.zwgk.assessment.domain.special.Decision;
import cn.zwgk.assessment.domain.special.ZeroOut;
import java.io.Serializable;
import java.time.LocalDateTime;

/** A unit's zero-out that waits or stands, as the pages show it. */
public record ZeroOutRow(
    long id,
    String reason,
    Decision decision,
    String recordedBy,
    LocalDateTime recordedAt,
    String decidedBy,
    String decisionReason,
    long version)
    implements Serializable {

  static ZeroOutRow of(ZeroOut z) {
    return new ZeroOutRow(
        z.getId(),
        z.getReason(),
        z.getDecision(),
        z.getRecordedBy(),
        z.getRecordedAt(),
        z.getDecidedBy(),
        z.getDecisionReason(),
        z.getVersion());
  }

  public boolean pending() {
    return decision == Decision.PENDING;
  }
}
