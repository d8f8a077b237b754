package cn.zwgk.assessment.domain.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.LocalDateTime;

/**
 * The end of the audit chain, one row. Appending locks it, so that events from concurrent
 * transactions (and from several servers) take consecutive positions.
 */
@Entity
@Table(name = "audit_chain_head")
public class AuditChainHead implements Serializable {

  public static final long ID = 1L;

  @Id private long id;

  @Column(name = "last_seq", nullable = false)
  private long lastSeq;

  @Column(name = "last_hash", nullable = false, length = 64)
  private String lastHash;

  /**
   * Besides the lock: only a versioned entity's update is checked to have changed its row, so an
   * append whose head update is lost fails instead of committing an event beyond the head.
   */
  @Version private long version;

  protected AuditChainHead() {}

  /** Links a new event to the chain and moves the head to it. */
  public AuditEvent append(AuditRecord record, LocalDateTime now, AuditKey key) {
    AuditEvent event = new AuditEvent(lastSeq + 1, now, record, lastHash, key);
    lastSeq = event.getSeq();
    lastHash = event.getHash();
    return event;
  }

  public long getLastSeq() {
    return lastSeq;
  }

  public String getLastHash() {
    return lastHash;
  }
}
