package cn.zwgk.assessment.domain.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;

/**
 * One entry of the audit trail: who did what to which target, the value before and after, and why.
 * Events are appended, never changed; each carries the hash of the one before, so that a change
 * made behind the application's back breaks the chain.
 */
@Entity
@Table(name = "audit_event")
@NamedQuery(name = "AuditEvent.chain", query = "select e from AuditEvent e order by e.seq")
public class AuditEvent implements Serializable {

  /** Position in the chain, from 1; also the event's identity. */
  @Id private long seq;

  /** Whole seconds: some MySQL-compatible servers drop fractions, which would break the hash. */
  @Column(name = "occurred_at", nullable = false)
  private LocalDateTime occurredAt;

  @Column(nullable = false, length = 64)
  private String actor;

  @Column(nullable = false, length = 64)
  private String action;

  @Column(nullable = false, length = 200)
  private String target;

  /** The unit concerned, for filtering; null for events that concern no unit. */
  @Column(name = "unit_code", length = 32)
  private String unitCode;

  @Column(name = "old_value", length = 4000)
  private String oldValue;

  @Column(name = "new_value", length = 4000)
  private String newValue;

  @Column(length = 2000)
  private String reason;

  @Column(name = "prev_hash", nullable = false, length = 64)
  private String prevHash;

  @Column(nullable = false, length = 64)
  private String hash;

  protected AuditEvent() {}

  AuditEvent(
      long seq, LocalDateTime occurredAt, AuditRecord record, String prevHash, AuditKey key) {
    this.seq = seq;
    this.occurredAt = occurredAt.truncatedTo(ChronoUnit.SECONDS);
    this.actor = record.actor();
    this.action = record.action();
    this.target = record.target();
    this.unitCode = record.unitCode();
    this.oldValue = record.oldValue();
    this.newValue = record.newValue();
    this.reason = record.reason();
    this.prevHash = prevHash;
    this.hash = AuditHash.of(this, key);
  }

  /** True when the stored hash is the hash of the stored fields after {@code expectedPrevHash}. */
  public boolean isIntactAfter(String expectedPrevHash, AuditKey key) {
    return prevHash.equals(expectedPrevHash) && hash.equals(AuditHash.of(this, key));
  }

  public long getSeq() {
    return seq;
  }

  public LocalDateTime getOccurredAt() {
    return occurredAt;
  }

  public String getActor() {
    return actor;
  }

  public String getAction() {
    return action;
  }

  public String getTarget() {
    return target;
  }

  public String getUnitCode() {
    return unitCode;
  }

  public String getOldValue() {
    return oldValue;
  }

  public String getNewValue() {
    return newValue;
  }

  public String getReason() {
    return reason;
  }

  public String getPrevHash() {
    return prevHash;
  }

  public String getHash() {
    return hash;
  }
}
