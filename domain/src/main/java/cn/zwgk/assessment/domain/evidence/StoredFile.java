package cn.zwgk.assessment.domain.evidence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDateTime;

/**
 * A file's content, stored once under its SHA-256 outside the web root: the same file uploaded
 * twice, or for two items, is one stored file.
 */
@Entity
@Table(name = "stored_file")
@NamedQuery(
    name = "StoredFile.bySha256",
    query = "select f from StoredFile f where f.sha256 = :sha256")
public class StoredFile implements Serializable {

  @Id
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "ids")
  private Long id;

  @Column(nullable = false, unique = true, length = 64)
  private String sha256;

  @Column(name = "size_bytes", nullable = false)
  private long size;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private EvidenceType type;

  @Column(name = "stored_at", nullable = false)
  private LocalDateTime storedAt;

  protected StoredFile() {}

  public StoredFile(String sha256, long size, EvidenceType type, LocalDateTime storedAt) {
    this.sha256 = sha256;
    this.size = size;
    this.type = type;
    this.storedAt = storedAt;
  }

  /** The name in the file store: the hash itself, never anything a user typed. */
  public String storedName() {
    return sha256.substring(0, 2) + "/" + sha256;
  }

  public Long getId() {
    return id;
  }

  public String getSha256() {
    return sha256;
  }

  public long getSize() {
    return size;
  }

  public EvidenceType getType() {
    return type;
  }

  public LocalDateTime getStoredAt() {
    return storedAt;
  }
}
