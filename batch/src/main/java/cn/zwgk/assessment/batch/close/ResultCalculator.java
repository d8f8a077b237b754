package cn.zwgk.assessment.batch.close;

import cn.zwgk.assessment.domain.scoring.ScoringRules;
import cn.zwgk.assessment.domain.scoring.Totals;
import cn.zwgk.assessment.domain.scoring.TotalsCalculator;
import cn.zwgk.assessment.domain.unit.UnitGroup;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** A unit's totals, by the same rules as the running totals of the year. */
@Named
@Dependent
public class ResultCalculator implements ItemProcessor {

  /** A unit's totals, on their way to the result table. */
  public record Computed(long unitId, UnitGroup unitGroup, Totals totals) {}

  @Inject private YearData data;

  @Inject
  @BatchProperty(name = "year")
  private String year;

  private ScoringRules rules;

  @Override
  public Object processItem(Object item) {
    if (rules == null) {
      rules = data.cycle(Integer.parseInt(year)).getRules();
    }
    UnitFigures figures = (UnitFigures) item;
    Totals totals =
        TotalsCalculator.compute(
            figures.baseSum() == null ? List.of() : List.of(figures.baseSum()),
            figures.occurrences(),
            figures.zeroedOut(),
            rules);
    return new Computed(figures.unitId(), figures.unitGroup(), totals);
  }
}
