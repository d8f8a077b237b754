package cn.zwgk.assessment.domain.audit;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The secret that the audit chain's hashes are keyed with (HMAC-SHA256). Without it, whoever can
 * write to the database could append or rewrite events and compute their hashes themselves; with
 * it, only the application can. It comes from the server's configuration, never from the database.
 */
public final class AuditKey {

  /**
   * For development and demonstration only: it is in the source code, so it keeps out nobody who
   * has read it. A production server sets its own.
   */
  public static final AuditKey DEVELOPMENT = new AuditKey("zwgk-assessment-development-audit-key");

  static final int MIN_LENGTH = 16;

  private final SecretKeySpec key;

  private AuditKey(String secret) {
    this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
  }

  /** A configured secret; blank means none is configured, and the development key applies. */
  public static AuditKey of(String secret) {
    if (secret == null || secret.isBlank()) {
      return DEVELOPMENT;
    }
    if (secret.length() < MIN_LENGTH) {
      throw new IllegalArgumentException(
          "the audit key needs at least " + MIN_LENGTH + " characters");
    }
    return new AuditKey(secret);
  }

  public boolean isDevelopment() {
    return this == DEVELOPMENT;
  }

  byte[] mac(byte[] message) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      return mac.doFinal(message);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every Java", e);
    }
  }
}
