package cn.zwgk.assessment.domain.audit;

import java.util.Objects;

/** What a service reports to the audit trail; the trail adds time, position and hashes. */
public record AuditRecord(
    String actor,
    String action,
    String target,
    String unitCode,
    String oldValue,
    String newValue,
    String reason) {

  public AuditRecord {
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(target, "target");
  }
}
