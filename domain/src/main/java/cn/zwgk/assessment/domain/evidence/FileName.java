package cn.zwgk.assessment.domain.evidence;

import cn.zwgk.assessment.domain.Refusal;

/**
 * An uploaded file's name is shown to people and offered again on download, never used as a path:
 * directories are dropped, control and invisible characters refused.
 */
public final class FileName {

  private FileName() {}

  /** The last path segment of the name as uploaded (browsers on Windows send C:\...\x.pdf). */
  public static String display(String uploaded) {
    if (uploaded == null) {
      throw Refusal.badInput("evidence.name");
    }
    String name =
        uploaded
            .substring(Math.max(uploaded.lastIndexOf('/'), uploaded.lastIndexOf('\\')) + 1)
            .strip();
    if (name.isEmpty()
        || name.equals(".")
        || name.equals("..")
        || name.length() > Evidence.MAX_NAME_LENGTH
        || name.codePoints()
            .anyMatch(c -> Character.isISOControl(c) || Character.getType(c) == Character.FORMAT)) {
      throw Refusal.badInput("evidence.name");
    }
    return name;
  }
}
