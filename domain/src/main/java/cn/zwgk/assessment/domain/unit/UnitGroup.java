package cn.zwgk.assessment.domain.unit;

import java.util.Arrays;
import java.util.Optional;

/** The two kinds of assessed unit; each has its own indicator table and its own ranking. */
public enum UnitGroup {
  TOWN("镇(区)政府"),
  DEPARTMENT("县直单位");

  private final String chineseName;

  UnitGroup(String chineseName) {
    this.chineseName = chineseName;
  }

  /** The name used in the source document and on printed sheets. */
  public String chineseName() {
    return chineseName;
  }

  /**
   * Accepts the code ({@code TOWN}) or the Chinese name (镇(区)政府, also with full-width brackets).
   */
  public static Optional<UnitGroup> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String normalized = text.strip().replace('（', '(').replace('）', ')');
    return Arrays.stream(values())
        .filter(g -> g.name().equalsIgnoreCase(normalized) || g.chineseName.equals(normalized))
        .findFirst();
  }
}
