package cn.zwgk.assessment.service.evidence;

import cn.zwgk.assessment.domain.evidence.StoredFile;
import cn.zwgk.assessment.service.AppSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The evidence files on disk, outside the web root, each under the SHA-256 of its content: a name
 * that no user chose, and the same content stored once.
 */
@ApplicationScoped
public class EvidenceStore {

  @Inject private AppSettings settings;

  public static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java", e);
    }
  }

  /** Writes the content under its hash unless it is there already; a half-written file never is. */
  public void put(StoredFile file, byte[] content) {
    Path target = path(file);
    if (Files.exists(target)) {
      return;
    }
    try {
      Files.createDirectories(target.getParent());
      Path temporary = Files.createTempFile(target.getParent(), "upload", ".part");
      Files.write(temporary, content);
      try {
        Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public Path path(StoredFile file) {
    return settings.dataDir().resolve("evidence").resolve(file.storedName());
  }
}
