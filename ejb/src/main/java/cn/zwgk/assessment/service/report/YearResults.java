package cn.zwgk.assessment.service.report;

import cn.zwgk.assessment.domain.cycle.AssessmentCycle;
import cn.zwgk.assessment.domain.result.UnitResult;
import cn.zwgk.assessment.domain.unit.UnitGroup;
import cn.zwgk.assessment.service.assessment.AssessmentSheet;
import cn.zwgk.assessment.service.close.ResultService;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything the results workbook and the printed report show of a year: each group's ranking and
 * each unit's score sheet, in rank order.
 *
 * @param county the county named in the titles
 * @param rankings each group's results in rank order, towns first
 * @param sheets each unit's score sheet, by unit code
 */
public record YearResults(
    AssessmentCycle cycle,
    String county,
    Map<UnitGroup, List<UnitResult>> rankings,
    Map<String, AssessmentSheet> sheets) {

  public int year() {
    return cycle.getYear();
  }

  /** Every unit's result: the towns in rank order, then the departments. */
  public List<UnitResult> all() {
    return rankings.values().stream().flatMap(List::stream).toList();
  }

  public AssessmentSheet sheet(UnitResult result) {
    return sheets.get(result.getUnit().getCode());
  }

  /** A unit's base score area by area, as the results page shows it. */
  public List<ResultService.AreaScore> areas(UnitResult result) {
    Map<Long, BigDecimal> scores = new HashMap<>();
    sheet(result).entriesByItem().forEach((id, entry) -> scores.put(id, entry.getScore()));
    return ResultService.areasOf(sheet(result).items(), scores);
  }
}
