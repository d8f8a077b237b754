package cn.zwgk.assessment.web.page;

import cn.zwgk.assessment.domain.assessment.AssessmentState;
import cn.zwgk.assessment.domain.assessment.UnitAssessment;
import cn.zwgk.assessment.domain.unit.UnitGroup;
import cn.zwgk.assessment.service.assessment.AssessmentSummary;
import java.io.Serializable;

/**
 * One unit of the work list, copied from the service's summary; no totals where they are hidden.
 */
public record SummaryRow(
    String unitCode,
    String unitName,
    UnitGroup group,
    AssessmentState state,
    boolean rejected,
    long baseItems,
    long selfScored,
    long scored,
    long pendingSpecials,
    TotalsView totals)
    implements Serializable {

  static SummaryRow of(AssessmentSummary s) {
    UnitAssessment a = s.assessment();
    return new SummaryRow(
        a.getUnit().getCode(),
        a.getUnit().getName(),
        a.getUnit().getUnitGroup(),
        a.getState(),
        s.scoresVisible() && a.getRejectReason() != null,
        s.baseItems(),
        s.selfScored(),
        s.scoresVisible() ? s.scored() : 0,
        s.pendingSpecials(),
        s.scoresVisible() ? TotalsView.of(s.totals()) : null);
  }

  public int selfPercent() {
    return percent(selfScored);
  }

  public int scoredPercent() {
    return percent(scored);
  }

  private int percent(long done) {
    return baseItems == 0 ? 0 : (int) (done * 100 / baseItems);
  }
}
