package cn.zwgk.assessment.domain.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 over an event's fields and the previous hash, each field length-prefixed. */
final class AuditHash {

  /** The previous hash of the first event. */
  static final String GENESIS = "0".repeat(64);

  private AuditHash() {}

  static String of(AuditEvent e) {
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
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      return HexFormat.of()
          .formatHex(sha.digest(canonical.toString().getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e1) {
      throw new IllegalStateException("SHA-256 is part of every Java", e1);
    }
  }
}
