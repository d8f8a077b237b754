package cn.zwgk.assessment.domain.audit;

/**
 * Walks the chain in order and finds the first event that is not what the application wrote: its
 * fields changed, an event before it deleted, or an event inserted.
 */
public final class AuditChainCheck {

  private final AuditKey key;
  private long checked;
  private Long firstBroken;
  private long expectedSeq = 1;
  private String expectedPrevHash = AuditHash.GENESIS;

  public AuditChainCheck(AuditKey key) {
    this.key = key;
  }

  /** Feeds the next event in chain order. */
  public void accept(AuditEvent event) {
    checked++;
    if (firstBroken == null
        && (event.getSeq() != expectedSeq || !event.isIntactAfter(expectedPrevHash, key))) {
      firstBroken = event.getSeq();
    }
    expectedSeq = event.getSeq() + 1;
    expectedPrevHash = event.getHash();
  }

  /** Checks that the head still points at the last event seen: catches deleted tail events. */
  public void acceptHead(AuditChainHead head) {
    if (firstBroken == null
        && (head.getLastSeq() != expectedSeq - 1 || !head.getLastHash().equals(expectedPrevHash))) {
      firstBroken = expectedSeq;
    }
  }

  public boolean isValid() {
    return firstBroken == null;
  }

  public long checked() {
    return checked;
  }

  /** The position of the first broken event, or null. */
  public Long firstBroken() {
    return firstBroken;
  }
}
