package cn.zwgk.assessment.service.assessment;

import cn.zwgk.assessment.domain.assessment.ItemEntry;
import cn.zwgk.assessment.domain.assessment.UnitAssessment;
import cn.zwgk.assessment.domain.cycle.CycleItem;
import cn.zwgk.assessment.domain.evidence.Evidence;
import cn.zwgk.assessment.domain.scoring.Totals;
import cn.zwgk.assessment.domain.special.Decision;
import cn.zwgk.assessment.domain.special.SpecialOccurrence;
import cn.zwgk.assessment.domain.special.ZeroOut;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything about one unit's assessment that the pages and the API show: its items with the
 * entries, evidence, special items, zero-outs, and the running totals. {@code scoresVisible} is
 * false for the unit itself until the results are published: it then sees its self-assessment,
 * evidence and special items, not its assessor's scores and its totals.
 */
public record AssessmentSheet(
    UnitAssessment assessment,
    List<CycleItem> items,
    Map<Long, ItemEntry> entriesByItem,
    List<Evidence> evidence,
    List<SpecialOccurrence> specialItems,
    List<ZeroOut> zeroOuts,
    Totals totals,
    boolean scoresVisible)
    implements Serializable {

  public Optional<ItemEntry> entry(CycleItem item) {
    return Optional.ofNullable(entriesByItem.get(item.getId()));
  }

  /** Evidence attached to an item (not to a special item). */
  public List<Evidence> evidenceOf(CycleItem item) {
    return evidence.stream()
        .filter(e -> e.getItem() != null && e.getItem().getId().equals(item.getId()))
        .toList();
  }

  public List<Evidence> evidenceOf(SpecialOccurrence occurrence) {
    return evidence.stream()
        .filter(
            e -> e.getOccurrence() != null && e.getOccurrence().getId().equals(occurrence.getId()))
        .toList();
  }

  /** The zero-out that stands or waits, if any (a rejected one no longer counts). */
  public Optional<ZeroOut> zeroOut() {
    return zeroOuts.stream().filter(z -> z.getDecision() != Decision.REJECTED).reduce((a, b) -> b);
  }

  /**
   * Where the unit lost points, in the order of its table: each scored item below its full marks,
   * with the assessor's reason. Empty while the scores are hidden from the caller.
   */
  public List<ItemEntry> deductions() {
    if (!scoresVisible) {
      return List.of();
    }
    return items.stream()
        .filter(CycleItem::isScored)
        .map(i -> entriesByItem.get(i.getId()))
        .filter(e -> e != null && e.getScore() != null)
        .filter(e -> e.getScore().compareTo(e.getItem().getPoints()) < 0)
        .toList();
  }

  public long baseItemCount() {
    return items.stream().filter(CycleItem::isScored).count();
  }

  public long selfScoredCount() {
    return entriesByItem.values().stream().filter(e -> e.getSelfScore() != null).count();
  }

  public long scoredCount() {
    return entriesByItem.values().stream().filter(e -> e.getScore() != null).count();
  }
}
