package cn.zwgk.assessment.domain.audit;

/**
 * Appends to the audit trail in the caller's transaction. Implemented by the services; batch jobs,
 * which cannot see the service classes, reach it through this interface.
 */
public interface AuditRecorder {

  void record(AuditRecord record);
}
