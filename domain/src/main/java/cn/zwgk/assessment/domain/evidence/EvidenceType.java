package cn.zwgk.assessment.domain.evidence;

import cn.zwgk.assessment.domain.Refusal;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The kinds of evidence file accepted (佐证材料), each recognised by its content, not its name: the
 * extension must agree with what the bytes are. Office files are zip archives, checked for their
 * parts and against zip bombs (entry count, unpacked size).
 */
public enum EvidenceType {
  PDF("application/pdf", List.of("pdf")),
  JPEG("image/jpeg", List.of("jpg", "jpeg")),
  PNG("image/png", List.of("png")),
  DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", List.of("docx")),
  XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", List.of("xlsx"));

  /** 20 MB, the largest evidence file. */
  public static final long MAX_BYTES = 20L * 1024 * 1024;

  static final int MAX_ZIP_ENTRIES = 2_000;
  static final long MAX_UNPACKED_BYTES = 200L * 1024 * 1024;

  private final String contentType;
  private final List<String> extensions;

  EvidenceType(String contentType, List<String> extensions) {
    this.contentType = contentType;
    this.extensions = extensions;
  }

  public String contentType() {
    return contentType;
  }

  /**
   * The file's type: refuses (400) what is too large, not on the list, or not what its name says.
   */
  public static EvidenceType of(String fileName, byte[] content) {
    if (content == null || content.length == 0) {
      throw Refusal.badInput("evidence.empty");
    }
    if (content.length > MAX_BYTES) {
      throw Refusal.badInput("evidence.tooLarge", MAX_BYTES / (1024 * 1024));
    }
    String extension = extension(fileName);
    EvidenceType claimed =
        Arrays.stream(values())
            .filter(t -> t.extensions.contains(extension))
            .findFirst()
            .orElseThrow(() -> Refusal.badInput("evidence.type"));
    if (!claimed.matches(content)) {
      throw Refusal.badInput("evidence.disguised", claimed.extensions.get(0));
    }
    return claimed;
  }

  private boolean matches(byte[] c) {
    return switch (this) {
      case PDF -> startsWith(c, '%', 'P', 'D', 'F', '-');
      case JPEG -> startsWith(c, 0xFF, 0xD8, 0xFF);
      case PNG -> startsWith(c, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A);
      case DOCX -> officeParts(c).filter(p -> p.contains("word/document.xml")).isPresent();
      case XLSX -> officeParts(c).filter(p -> p.contains("xl/workbook.xml")).isPresent();
    };
  }

  private static boolean startsWith(byte[] content, int... magic) {
    if (content.length < magic.length) {
      return false;
    }
    for (int i = 0; i < magic.length; i++) {
      if ((content[i] & 0xFF) != magic[i]) {
        return false;
      }
    }
    return true;
  }

  /** The part names of an Office Open XML package; empty for anything else, zip bombs included. */
  private static Optional<Set<String>> officeParts(byte[] content) {
    if (!startsWith(content, 'P', 'K', 3, 4)) {
      return Optional.empty();
    }
    Set<String> names = new HashSet<>();
    int entries = 0;
    long unpacked = 0;
    byte[] buffer = new byte[8192];
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
      ZipEntry entry;
      while ((entry = zip.getNextEntry()) != null) {
        if (++entries > MAX_ZIP_ENTRIES) {
          return Optional.empty();
        }
        names.add(entry.getName());
        int read;
        while ((read = zip.read(buffer)) > 0) {
          unpacked += read;
          if (unpacked > MAX_UNPACKED_BYTES) {
            return Optional.empty();
          }
        }
      }
    } catch (IOException | IllegalArgumentException e) {
      return Optional.empty();
    }
    return names.contains("[Content_Types].xml") ? Optional.of(names) : Optional.empty();
  }

  private static String extension(String fileName) {
    if (fileName == null) {
      return "";
    }
    int dot = fileName.lastIndexOf('.');
    return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
  }
}
