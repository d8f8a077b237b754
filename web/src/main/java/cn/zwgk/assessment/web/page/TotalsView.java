package cn.zwgk.assessment.web.page;

import cn.zwgk.assessment.domain.scoring.Totals;
import java.io.Serializable;
import java.math.BigDecimal;

/** The service's running totals of a unit, kept by a page between requests. */
public record TotalsView(
    BigDecimal base, BigDecimal bonus, BigDecimal penalty, BigDecimal finalScore, boolean zeroedOut)
    implements Serializable {

  static TotalsView of(Totals totals) {
    return new TotalsView(
        totals.base(), totals.bonus(), totals.penalty(), totals.finalScore(), totals.zeroedOut());
  }
}
