package cn.zwgk.assessment.web.page;

import cn.zwgk.assessment.domain.cycle.CycleItem;
import cn.zwgk.assessment.domain.indicator.ItemKind;
import java.io.Serializable;
import java.math.BigDecimal;

/** A bonus or penalty item of the unit's table, offered when recording an occurrence. */
public record SpecialOption(long id, String label, ItemKind kind, BigDecimal points)
    implements Serializable {

  static SpecialOption of(CycleItem item) {
    // Interned as the rows' texts are (ItemRow): the same for every unit's page.
    return new SpecialOption(item.getId(), item.label().intern(), item.getKind(), item.getPoints());
  }

  /** Its points as people write them (1, 0.5), for the option's label. */
  public String pointsText() {
    return points.stripTrailingZeros().toPlainString();
  }
}
