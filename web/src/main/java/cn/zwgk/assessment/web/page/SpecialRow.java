package cn.zwgk.assessment.web.page;

import cn.zwgk.assessment.domain.evidence.Evidence;
import cn.zwgk.assessment.domain.indicator.ItemKind;
import cn.zwgk.assessment.domain.special.Decision;
import cn.zwgk.assessment.domain.special.SpecialOccurrence;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/** A recorded bonus or penalty occurrence as the pages list it, with its evidence. */
public record SpecialRow(
    long id,
    String item,
    ItemKind kind,
    BigDecimal points,
    LocalDate occurredOn,
    String description,
    Decision decision,
    String recordedBy,
    LocalDateTime recordedAt,
    String decidedBy,
    String decisionReason,
    long version,
    List<FileLink> evidence)
    implements Serializable {

  static SpecialRow of(SpecialOccurrence o, List<Evidence> evidence) {
    return new SpecialRow(
        o.getId(),
        o.getItem().label(),
        o.getItem().getKind(),
        o.getItem().getPoints(),
        o.getOccurredOn(),
        o.getDescription(),
        o.getDecision(),
        o.getRecordedBy(),
        o.getRecordedAt(),
        o.getDecidedBy(),
        o.getDecisionReason(),
        o.getVersion(),
        evidence.stream().map(FileLink::of).toList());
  }

  public boolean pending() {
    return decision == Decision.PENDING;
  }
}
