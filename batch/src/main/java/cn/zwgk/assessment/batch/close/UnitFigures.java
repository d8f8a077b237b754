package cn.zwgk.assessment.batch.close;

import cn.zwgk.assessment.domain.scoring.Occurrence;
import cn.zwgk.assessment.domain.unit.UnitGroup;
import java.math.BigDecimal;
import java.util.List;

/**
 * What the close reads of one unit assessment: its unit and the unit's group, the sum of its base
 * scores (null when nothing is scored), its approved special occurrences and whether an approved
 * zero-out stands.
 */
public record UnitFigures(
    long assessmentId,
    long unitId,
    UnitGroup unitGroup,
    BigDecimal baseSum,
    List<Occurrence> occurrences,
    boolean zeroedOut) {}
