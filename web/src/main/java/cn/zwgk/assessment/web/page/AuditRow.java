package cn.zwgk.assessment.web.page;

import cn.zwgk.assessment.domain.audit.AuditEvent;
import java.io.Serializable;
import java.time.LocalDateTime;

/** One event of the audit trail as the audit page lists it. */
public record AuditRow(
    long seq,
    LocalDateTime time,
    String actor,
    String action,
    String target,
    String unitCode,
    String oldValue,
    String newValue,
    String reason)
    implements Serializable {

  static AuditRow of(AuditEvent e) {
    return new AuditRow(
        e.getSeq(),
        e.getOccurredAt(),
        e.getActor(),
        e.getAction(),
        e.getTarget(),
        e.getUnitCode(),
        e.getOldValue(),
        e.getNewValue(),
        e.getReason());
  }
}
