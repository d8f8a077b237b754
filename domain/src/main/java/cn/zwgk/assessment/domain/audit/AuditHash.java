package cn.zwgk.assessment.domain.audit;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

/**
 * HMAC-SHA256, keyed with the {@link AuditKey}, over an event's fields and the previous hash, each
 * field length-prefixed.
 */
final class AuditHash {

  /** The previous hash of the first event. */
  static final String GENESIS = "0".repeat(64);

  private AuditHash() {}

  static String of(AuditEvent e, AuditKey key) {
    StringBuilder canonical = new StringBuilder();
    for (Object field :
        new Object[] {
          e.getSeq(),
          e.getOccurredAt(),
          e.getActor(),
          e.getAction(),
          e.getTarget(),
          e.getUnitCode(),
          e.getOldValue(),
          e.getNewValue(),
          e.getReason(),
          e.getPrevHash()
        }) {
      // Length prefixes keep ("ab","c") and ("a","bc") apart; -1 marks a null.
      String text = field == null ? null : field.toString();
      canonical.append(text == null ? -1 : text.length()).append(':');
      if (text != null) {
        canonical.append(text);
      }
      canonical.append('|');
    }
    return HexFormat.of().formatHex(key.mac(canonical.toString().getBytes(StandardCharsets.UTF_8)));
  }
}
