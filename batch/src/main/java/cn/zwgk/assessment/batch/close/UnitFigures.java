package cn.zwgk.assessment.batch.close;

import cn.zwgk.assessment.domain.scoring.Occurrence;
import java.math.BigDecimal;
import java.util.List;

/**
 * What the close reads of one unit assessment: the sum of its base scores (null when nothing is
 * scored), its approved special occurrences and whether an approved zero-out stands.
 */
public record UnitFigures(
    long assessmentId,
    long unitId,
    BigDecimal baseSum,
    List<Occurrence> occurrences,
    boolean zeroedOut) {}
